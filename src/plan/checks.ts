/**
 * The check of a quantitative indicator that its schema runs (named, so that
 * the shape reader runs it too; see `model/shape-checks.ts`).
 */
import { addIssue, type Check } from '../model/shape-checks.js';

/** A quantitative indicator has the target or band its polarity needs, and a band in order. */
export const indicatorCheck: Check = (ind, ctx) => {
  if ((ind.polarity === 'increase' || ind.polarity === 'decrease') && ind.target === undefined) {
    addIssue(ctx, 'target_required', ['target'], { name: ind.polarity });
  }
  if ((ind.polarity === 'maintain' || ind.polarity === 'range') && ind.band === undefined) {
    addIssue(ctx, 'band_required', ['band'], { name: ind.polarity });
  }
  if (ind.band && ind.band[0] > ind.band[1]) addIssue(ctx, 'band_order', ['band']);
};
