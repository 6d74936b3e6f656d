/**
 * The check of a measurement event that its schema runs (named, so that the
 * shape reader runs it too; see `model/shape-checks.ts`).
 */
import { addIssue, type Check } from '../model/shape-checks.js';

/** A measurement is one of: a value, a ratio's two parts, a level, done. */
export const measurementCheck: Check = (m, ctx) => {
  const shapes =
    Number(m.value !== undefined) +
    Number(m.numerator !== undefined || m.denominator !== undefined) +
    Number(m.level !== undefined) +
    Number(m.done !== undefined);
  const ratioHalf = (m.numerator === undefined) !== (m.denominator === undefined);
  if (shapes !== 1 || ratioHalf) addIssue(ctx, 'measurement_shape', []);
};
