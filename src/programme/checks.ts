/**
 * The check of an edition's calendar that its schema runs (named; see
 * `model/shape-checks.ts`).
 */
import { addIssue, type Check } from '../model/shape-checks.js';

/** An edition ends on or after its start. */
export const editionCalendarCheck: Check = (c, ctx) => {
  if (c.end < c.start) addIssue(ctx, 'end_before_start', ['end'], { name: c.end, other: c.start });
};
