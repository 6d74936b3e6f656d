/**
 * The bounds of the values every document holds (dates, money, figures),
 * shared by the schemas and by the checks that read a document without zod.
 */

/**
 * The calendar dates the library handles: 1 January 1900 to 31 December
 * 2999. Programmes, grants and verifications all fall well inside; a date
 * outside is a typing error (`0210-03-01`, `20100-03-01`).
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;

/**
 * The largest amount of money in a document, in cents: EUR 10 billion. Sums
 * over thousands of such amounts stay exact integers.
 */
export const MAX_CENTS = 1_000_000_000_000;

/** The largest magnitude of a measured figure (a value, a target, a quantity). */
export const MAX_FIGURE = 1_000_000_000_000;

/** Decimals a figure may have: enough for any unit, few enough for exact arithmetic. */
export const MAX_DECIMALS = 6;

/** How many decimals a number is written with (`0.125` has 3, `1e-7` has 7). */
export function decimalsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  // Fast path: x is the double nearest to a decimal with k places when x * 10^k rounds back to x.
  if (Math.abs(x) < 1e9) {
    for (let k = 1, p = 10; k <= MAX_DECIMALS; k++, p *= 10) if (Math.round(x * p) / p === x) return k;
  }
  const s = x.toExponential();
  const e = s.indexOf('e');
  const dot = s.indexOf('.');
  const fraction = dot < 0 || dot > e ? 0 : e - dot - 1;
  return Math.max(0, fraction - Number(s.slice(e + 1)));
}
