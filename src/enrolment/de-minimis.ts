/** De minimis aid: the regime by grant date, its window, ceiling and headroom. */
import * as z from 'zod/mini';
import { addDaysUnchecked, addYearsUnchecked } from '../model/calendar.js';
import { deepFreeze } from '../model/freeze.js';
import { ensure, guarded } from '../model/guard.js';
import { Cents, IsoDate } from '../model/schemas.js';

/** How a regime counts the aid already received. */
export type DeMinimisWindow = 'fiscal-years' | 'rolling-years';

/** A de minimis regulation, as data. */
export interface DeMinimisRegime {
  id: string;
  /** First and last grant dates it applies to (`to` open when in force). */
  from: string;
  to?: string;
  ceilingCents: number;
  /** `fiscal-years`: the current and two previous fiscal years; `rolling-years`: any three years up to the grant. */
  window: DeMinimisWindow;
  years: number;
  source: string;
}

/** The regulations known to the library, oldest first. */
export const DE_MINIMIS_REGIMES: readonly DeMinimisRegime[] = deepFreeze([
  {
    id: '(CE) 69/2001',
    from: '2001-02-02',
    to: '2006-12-31',
    ceilingCents: 10_000_000,
    window: 'rolling-years',
    years: 3,
    source: 'Reg. (CE) 69/2001 art. 2: EUR 100,000 over three years',
  },
  {
    id: '(CE) 1998/2006',
    from: '2007-01-01',
    to: '2013-12-31',
    ceilingCents: 20_000_000,
    window: 'fiscal-years',
    years: 3,
    source: 'Reg. (CE) 1998/2006 art. 2: EUR 200,000 over three fiscal years',
  },
  {
    id: '(UE) 1407/2013',
    from: '2014-01-01',
    to: '2023-12-31',
    ceilingCents: 20_000_000,
    window: 'fiscal-years',
    years: 3,
    source: 'Reg. (UE) 1407/2013 art. 3, prolonged by Reg. (UE) 2020/972',
  },
  {
    id: '(UE) 2023/2831',
    from: '2024-01-01',
    to: '2030-12-31',
    ceilingCents: 30_000_000,
    window: 'rolling-years',
    years: 3,
    source: 'Reg. (UE) 2023/2831 art. 3: EUR 300,000 over any period of three years',
  },
]);

/** A de minimis regulation given by a caller. */
export const DeMinimisRegimeSchema = z.object({
  id: z.string(),
  from: IsoDate,
  to: z.optional(IsoDate),
  ceilingCents: Cents,
  window: z.enum(['fiscal-years', 'rolling-years']),
  years: z.int().check(z.gte(1), z.lte(10)),
  source: z.string(),
});
const Regimes = z.array(DeMinimisRegimeSchema);
const Aids = z.array(z.object({ date: IsoDate, amountCents: Cents }));
const HeadroomOptions = z.object({ date: IsoDate, aidCents: Cents, regimes: z.optional(Regimes) });

/**
 * The regime of an aid granted on `date` (the day the right to it arises),
 * or undefined when none applies.
 *
 * @example
 * ```ts
 * deMinimisRegime('2023-12-31')?.id; // '(UE) 1407/2013'
 * deMinimisRegime('2024-01-01')?.id; // '(UE) 2023/2831'
 * ```
 */
export function deMinimisRegime(
  date: string,
  regimes: readonly DeMinimisRegime[] = DE_MINIMIS_REGIMES,
): DeMinimisRegime | undefined {
  return guarded(undefined, () => {
    date = ensure(IsoDate, date, ['date']);
    regimes = ensure(Regimes, regimes, ['regimes']);
    return regimeOn(date, regimes);
  });
}

function regimeOn(date: string, regimes: readonly DeMinimisRegime[]): DeMinimisRegime | undefined {
  return regimes.find((r) => r.from <= date && (r.to === undefined || date <= r.to));
}

/** An aid already received. */
export interface DeMinimisAid {
  date: string;
  amountCents: number;
}

/** What the ceiling leaves for a new aid. */
export interface DeMinimisHeadroom {
  regime: DeMinimisRegime;
  /** First and last day of the period that counts. */
  window: { from: string; to: string };
  /** Aid received in the window (before the new aid). */
  usedCents: number;
  ceilingCents: number;
  /** Ceiling minus used (never below 0). */
  headroomCents: number;
  /** The new aid. */
  aidCents: number;
  /** Headroom after the new aid; negative when the new aid does not fit. */
  afterCents: number;
  /** Whether the new aid fits entirely: an aid that would exceed the ceiling is not admissible at all. */
  admissible: boolean;
  /** The earlier aids that count. */
  counted: DeMinimisAid[];
}

/**
 * How much de minimis aid a firm may still receive on `date`, and whether a
 * new aid of `aidCents` is admissible. The window depends on the regime of
 * `date`: the fiscal year of `date` and the two before (1998/2006,
 * 1407/2013; fiscal years as calendar years), or the three years ending on
 * `date` (2023/2831: a grant on 1 March 2024 counts aid from 2 March 2021).
 * Returns undefined when no regime applies to `date`.
 *
 * @example
 * ```ts
 * const h = deMinimisHeadroom([{ date: '2009-05-10', amountCents: 15_000_000 }], {
 *   date: '2010-03-01',
 *   aidCents: 2_300_000,
 * });
 * h?.headroomCents; // 5_000_000 (EUR 200,000 - 150,000)
 * h?.admissible;    // true
 * ```
 */
export function deMinimisHeadroom(
  aids: readonly DeMinimisAid[],
  options: { date: string; aidCents: number; regimes?: readonly DeMinimisRegime[] },
): DeMinimisHeadroom | undefined {
  return guarded(options, () => headroomOf(ensure(Aids, aids, ['aids']), ensure(HeadroomOptions, options, ['options'])));
}

/** {@link deMinimisHeadroom} on checked arguments. */
export function headroomOf(
  aids: readonly DeMinimisAid[],
  options: { date: string; aidCents: number; regimes?: readonly DeMinimisRegime[] },
): DeMinimisHeadroom | undefined {
  const regime = regimeOn(options.date, options.regimes ?? DE_MINIMIS_REGIMES);
  if (!regime) return undefined;
  const to = options.date;
  const from =
    regime.window === 'fiscal-years'
      ? `${String(Number(to.slice(0, 4)) - (regime.years - 1)).padStart(4, '0')}-01-01`
      : addDaysUnchecked(addYearsUnchecked(to, -regime.years), 1);
  const counted = aids.filter((a) => a.date >= from && a.date <= to);
  const usedCents = counted.reduce((s, a) => s + a.amountCents, 0);
  const afterCents = regime.ceilingCents - usedCents - options.aidCents;
  return {
    regime,
    window: { from, to },
    usedCents,
    ceilingCents: regime.ceilingCents,
    headroomCents: Math.max(0, regime.ceilingCents - usedCents),
    aidCents: options.aidCents,
    afterCents,
    admissible: afterCents >= 0,
    counted: [...counted],
  };
}
