/**
 * The library's own checks inside its schemas, each with a name: the zod
 * schemas run them (as refinements, see `shapeCheck` in `model/schemas.ts`),
 * and so does the reader of a document's shape driven by the tables made
 * from the JSON Schemas (`model/shape-reader.ts`), which ships without zod. One
 * rule, one place: a check is written here once, for both.
 */
import type * as z from "zod/mini";
import type { IssueCode, MessageParams } from "../i18n/catalogue.js";
import {
  DATE_RANGE,
  decimalsOf,
  MAX_CENTS,
  MAX_DECIMALS,
} from "../model/bounds.js";

/** Where a check puts its issues: zod's payload, or the shape reader's. */
export type CheckContext = Pick<z.core.ParsePayload<unknown>, "issues">;

/** Adds a custom issue with one of our codes during a check. */
export function addIssue(
  ctx: CheckContext,
  code: IssueCode,
  path: (string | number)[],
  params: MessageParams = {}
): void {
  ctx.issues.push({
    code: "custom",
    path,
    input: undefined,
    message: code,
    params: { mechnet: code, ...params },
  });
}

/**
 * Adds `amount_too_big` when `a x b` (cents times a quantity or hours) is
 * above {@link MAX_CENTS}: each factor may be fine while their product is not.
 */
function productWithin(
  ctx: CheckContext,
  path: (string | number)[],
  cents: number,
  times: number
): void {
  const amount = cents * times;
  if (amount > MAX_CENTS) {
    addIssue(ctx, "amount_too_big", path, {
      usedCents: Math.round(amount),
      ceilingCents: MAX_CENTS,
    });
  }
}

// The values are typed loosely: each check runs on a value its schema has already read.
type Check = (value: any, ctx: CheckContext) => void;

/** The named checks. */
export const SHAPE_CHECKS = {
  /** A date (or date-time) within {@link DATE_RANGE}. */
  "date-range": (s: string, ctx) => {
    const date = s.slice(0, 10);
    if (date < DATE_RANGE.min || date > DATE_RANGE.max) {
      addIssue(ctx, "date_out_of_range", [], {
        name: date,
        values: `${DATE_RANGE.min} – ${DATE_RANGE.max}`,
      });
    }
  },
  /** A figure with at most {@link MAX_DECIMALS} decimals. */
  decimals: (x: number, ctx) => {
    if (decimalsOf(x) > MAX_DECIMALS)
      addIssue(ctx, "too_many_decimals", [], { limit: MAX_DECIMALS });
  },
  /** A quantitative indicator has the target or band its polarity needs, and a band in order. */
  indicator: (ind, ctx) => {
    if (
      (ind.polarity === "increase" || ind.polarity === "decrease") &&
      ind.target === undefined
    ) {
      addIssue(ctx, "target_required", ["target"], { name: ind.polarity });
    }
    if (
      (ind.polarity === "maintain" || ind.polarity === "range") &&
      ind.band === undefined
    ) {
      addIssue(ctx, "band_required", ["band"], { name: ind.polarity });
    }
    if (ind.band && ind.band[0] > ind.band[1])
      addIssue(ctx, "band_order", ["band"]);
  },
  /** A measurement is one of: a value, a ratio's two parts, a level, done. */
  measurement: (m, ctx) => {
    const shapes =
      Number(m.value !== undefined) +
      Number(m.numerator !== undefined || m.denominator !== undefined) +
      Number(m.level !== undefined) +
      Number(m.done !== undefined);
    const ratioHalf =
      (m.numerator === undefined) !== (m.denominator === undefined);
    if (shapes !== 1 || ratioHalf) addIssue(ctx, "measurement_shape", []);
  },
  /** An offer's costs for its hours stay within the money the library handles. */
  offer: (o, ctx) => {
    if (ctx.issues.length > 0) return;
    if (o.kind === "workforce")
      productWithin(ctx, ["hourlyCostCents"], o.hourlyCostCents, o.hours);
    if (o.kind === "machines")
      productWithin(
        ctx,
        ["variableCostPerHourCents"],
        o.variableCostPerHourCents,
        o.availableHours
      );
  },
  /** A need's prices for its quantities or hours stay within the money the library handles. */
  need: (n, ctx) => {
    if (ctx.issues.length > 0) return;
    if (n.kind === "purchasing")
      productWithin(ctx, ["unitPriceCents"], n.unitPriceCents, n.quantity);
    if (n.kind === "machines")
      productWithin(
        ctx,
        ["alternativeRateCents"],
        n.alternativeRateCents,
        n.hours
      );
    if (n.kind === "workforce")
      productWithin(
        ctx,
        ["alternativeHourlyCostCents"],
        n.alternativeHourlyCostCents,
        n.hours
      );
  },
  /**
   * Each amount the savings formulas compute from a collaboration's figures
   * stays within the money the library handles (once each figure is within
   * its own bounds).
   */
  "collaboration-figures": (f, ctx) => {
    if (ctx.issues.length > 0) return;
    if (f.kind === "purchasing") {
      const index = f.priceIndex
        ? Math.max(1, f.priceIndex.current / f.priceIndex.base)
        : 1;
      let total = 0;
      f.members.forEach((m: any, i: number) => {
        total += m.quantity;
        const price = Math.max(
          m.priceBeforeCents * index,
          m.priceGroupCents,
          m.marketPriceCents ?? 0
        );
        productWithin(ctx, ["members", i, "quantity"], price, m.quantity);
      });
      f.priceCurve?.forEach((t: any, i: number) =>
        productWithin(ctx, ["priceCurve", i, "priceCents"], t.priceCents, total)
      );
    } else if (f.kind === "machines") {
      f.users.forEach((u: any, i: number) => {
        productWithin(
          ctx,
          ["users", i, "alternativeRateCents"],
          u.alternativeRateCents,
          u.hoursUsed
        );
        productWithin(
          ctx,
          ["variableCostPerHourCents"],
          f.variableCostPerHourCents,
          u.hoursUsed
        );
      });
    } else if (f.kind === "workforce") {
      f.secondments.forEach((x: any, i: number) =>
        productWithin(
          ctx,
          ["secondments", i, "hours"],
          Math.max(x.hourlyCostCents, x.avoidedHourlyCostCents),
          x.hours
        )
      );
    }
  },
  /** An edition ends on or after its start. */
  "edition-calendar": (c, ctx) => {
    if (c.end < c.start)
      addIssue(ctx, "end_before_start", ["end"], {
        name: c.end,
        other: c.start,
      });
  },
} satisfies Record<string, Check>;

/** The name of one of the library's checks. */
export type ShapeCheckName = keyof typeof SHAPE_CHECKS;
