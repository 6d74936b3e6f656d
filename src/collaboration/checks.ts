/**
 * The checks of offers, needs and a collaboration's figures that their
 * schemas run (named, so that the shape reader runs them too; see
 * `model/shape-checks.ts`).
 */
import { MAX_CENTS } from '../model/bounds.js';
import { addIssue, type Check, type CheckContext } from '../model/shape-checks.js';

/**
 * Adds `amount_too_big` when `a x b` (cents times a quantity or hours) is
 * above {@link MAX_CENTS}: each factor may be fine while their product is not.
 */
function productWithin(ctx: CheckContext, path: (string | number)[], cents: number, times: number): void {
  const amount = cents * times;
  if (amount > MAX_CENTS) {
    addIssue(ctx, 'amount_too_big', path, { usedCents: Math.round(amount), ceilingCents: MAX_CENTS });
  }
}

/** An offer's costs for its hours stay within the money the library handles. */
export const offerCheck: Check = (o, ctx) => {
  if (ctx.issues.length > 0) return;
  if (o.kind === 'workforce') productWithin(ctx, ['hourlyCostCents'], o.hourlyCostCents, o.hours);
  if (o.kind === 'machines') productWithin(ctx, ['variableCostPerHourCents'], o.variableCostPerHourCents, o.availableHours);
};

/** A need's prices for its quantities or hours stay within the money the library handles. */
export const needCheck: Check = (n, ctx) => {
  if (ctx.issues.length > 0) return;
  if (n.kind === 'purchasing') productWithin(ctx, ['unitPriceCents'], n.unitPriceCents, n.quantity);
  if (n.kind === 'machines') productWithin(ctx, ['alternativeRateCents'], n.alternativeRateCents, n.hours);
  if (n.kind === 'workforce') productWithin(ctx, ['alternativeHourlyCostCents'], n.alternativeHourlyCostCents, n.hours);
};

/**
 * Each amount the savings formulas compute from a collaboration's figures
 * stays within the money the library handles (once each figure is within
 * its own bounds).
 */
export const collaborationFiguresCheck: Check = (f, ctx) => {
  if (ctx.issues.length > 0) return;
  if (f.kind === 'purchasing') {
    const index = f.priceIndex ? Math.max(1, f.priceIndex.current / f.priceIndex.base) : 1;
    let total = 0;
    f.members.forEach((m: any, i: number) => {
      total += m.quantity;
      const price = Math.max(m.priceBeforeCents * index, m.priceGroupCents, m.marketPriceCents ?? 0);
      productWithin(ctx, ['members', i, 'quantity'], price, m.quantity);
    });
    f.priceCurve?.forEach((t: any, i: number) => productWithin(ctx, ['priceCurve', i, 'priceCents'], t.priceCents, total));
  } else if (f.kind === 'machines') {
    f.users.forEach((u: any, i: number) => {
      productWithin(ctx, ['users', i, 'alternativeRateCents'], u.alternativeRateCents, u.hoursUsed);
      productWithin(ctx, ['variableCostPerHourCents'], f.variableCostPerHourCents, u.hoursUsed);
    });
  } else if (f.kind === 'workforce') {
    f.secondments.forEach((x: any, i: number) =>
      productWithin(ctx, ['secondments', i, 'hours'], Math.max(x.hourlyCostCents, x.avoidedHourlyCostCents), x.hours),
    );
  }
};
