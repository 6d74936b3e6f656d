/** Limits of an artisan firm (Legge 443/1985 art. 4), as dated, regional data. */

import * as z from 'zod/mini';
import { ArtisanActivitySchema } from './application.js';
import { deepFreeze } from '../model/freeze.js';
import { ensure, ensureText, guarded } from '../model/guard.js';
import { figure, IsoDate } from '../model/schemas.js';

/** Kinds of artisan activity with their own limits. */
export type ArtisanActivity = z.infer<typeof ArtisanActivitySchema>;

/** The limits for one kind of activity. */
export interface ArtisanLimit {
  /** Employees allowed, apprentices included. */
  base: number;
  /** Apprentices allowed within `base`. */
  apprenticesInBase: number;
  /** Employees allowed when the units above `base` are apprentices. */
  max: number;
}

/** A table of limits in force from a date in a region (`national` for the national law). */
export interface ArtisanLimitTable {
  region: string;
  from: string;
  source: string;
  verified: boolean;
  limits: Readonly<Record<ArtisanActivity, ArtisanLimit>>;
  /** The limits may be exceeded by this fraction for at most `toleranceMonths` months a year. */
  tolerance: number;
  toleranceMonths: number;
}

/**
 * The limits known to the library. Regional laws vary them: add a table for a
 * region with the date its law took effect, and `artisanLimits` picks it.
 * Lombardy replaced its artisan law (L.R. 73/1989) in 2026; its new limits
 * are not encoded yet, so the national defaults apply there.
 */
export const ARTISAN_LIMIT_TABLES: readonly ArtisanLimitTable[] = deepFreeze([
  {
    region: 'national',
    from: '1985-08-08',
    source: 'Legge 8 agosto 1985 n. 443, art. 4 (Gazzetta Ufficiale)',
    verified: true,
    limits: {
      'not-in-series': { base: 18, apprenticesInBase: 9, max: 22 },
      'in-series': { base: 9, apprenticesInBase: 5, max: 12 },
      artistic: { base: 32, apprenticesInBase: 16, max: 40 },
      transport: { base: 8, apprenticesInBase: 0, max: 8 },
      construction: { base: 10, apprenticesInBase: 5, max: 14 },
    },
    tolerance: 0.2,
    toleranceMonths: 3,
  },
]);

const Count = z.int().check(z.gte(0), z.lte(1_000_000));
const LimitSchema = z.object({ base: Count, apprenticesInBase: Count, max: Count });
/** A table of artisan limits given by a caller. */
export const ArtisanLimitTableSchema = z.object({
  region: z.string(),
  from: IsoDate,
  source: z.string(),
  verified: z.boolean(),
  limits: z.object({
    'not-in-series': LimitSchema,
    'in-series': LimitSchema,
    artistic: LimitSchema,
    transport: LimitSchema,
    construction: LimitSchema,
  }),
  tolerance: figure({ min: 0, max: 1 }),
  toleranceMonths: z.int().check(z.gte(0), z.lte(12)),
});
const Tables = z.array(ArtisanLimitTableSchema);
const StaffSchema = z.object({ staff: figure({ min: 0, max: 1_000_000 }), apprentices: z.optional(Count) });
const CheckOptions = z.object({ temporary: z.optional(z.boolean()) });

/**
 * The artisan limits in force in a region on a date: the region's latest
 * table from on or before `date`, else the national one.
 *
 * @example
 * ```ts
 * artisanLimits('lombardia', '2010-02-15').limits['not-in-series'].base; // 18
 * ```
 */
export function artisanLimits(
  region: string,
  date: string,
  tables: readonly ArtisanLimitTable[] = ARTISAN_LIMIT_TABLES,
): ArtisanLimitTable {
  return guarded(undefined, () => limitsFor(ensureText(region, ['region']), ensure(IsoDate, date, ['date']), ensure(Tables, tables, ['tables'])));
}

/** {@link artisanLimits} on checked arguments. */
export function limitsFor(region: string, date: string, tables: readonly ArtisanLimitTable[] = ARTISAN_LIMIT_TABLES): ArtisanLimitTable {
  const pick = (r: string) =>
    tables.filter((t) => t.region === r && t.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  return pick(region) ?? pick('national') ?? ARTISAN_LIMIT_TABLES[0]!;
}

/** Staff as counted for the artisan limits. */
export interface ArtisanStaff {
  /** Employees counted (exclude apprentices qualified in the last two years, home workers up to a third of non-apprentice staff, disabled workers). */
  staff: number;
  /** Apprentices among them. */
  apprentices?: number;
}

/** The outcome of checking the artisan limits. */
export interface ArtisanLimitCheck {
  within: boolean;
  limit: ArtisanLimit;
  /** Which constraint failed, if any. */
  exceeded?: 'employees' | 'apprentices' | 'total';
}

/**
 * Whether staff fits the artisan limits of an activity: non-apprentices at
 * most `base`, apprentices at most `apprenticesInBase + (max - base)`, total
 * at most `max`. With `temporary`, every limit is raised by the tolerance
 * (20 %, for at most three months a year).
 *
 * @example
 * ```ts
 * const t = artisanLimits('national', '2010-01-01');
 * checkArtisanLimits({ staff: 22, apprentices: 4 }, 'not-in-series', t).within; // true
 * checkArtisanLimits({ staff: 20, apprentices: 0 }, 'not-in-series', t).within; // false
 * ```
 */
export function checkArtisanLimits(
  staff: ArtisanStaff,
  activity: ArtisanActivity,
  table: ArtisanLimitTable,
  options: { temporary?: boolean } = {},
): ArtisanLimitCheck {
  return guarded(options, () => {
    return withinLimits(
      ensure(StaffSchema, staff, ['staff']),
      ensure(ArtisanActivitySchema, activity, ['activity']),
      ensure(ArtisanLimitTableSchema, table, ['table']),
      ensure(CheckOptions, options ?? {}, ['options']),
    );
  });
}

/** {@link checkArtisanLimits} on checked arguments. */
export function withinLimits(
  staff: ArtisanStaff,
  activity: ArtisanActivity,
  table: ArtisanLimitTable,
  options: { temporary?: boolean } = {},
): ArtisanLimitCheck {
  const l = table.limits[activity];
  const k = options.temporary ? 1 + table.tolerance : 1;
  const limit: ArtisanLimit = {
    base: Math.floor(l.base * k),
    apprenticesInBase: Math.floor(l.apprenticesInBase * k),
    max: Math.floor(l.max * k),
  };
  const apprentices = Math.min(staff.apprentices ?? 0, staff.staff);
  const others = staff.staff - apprentices;
  if (others > limit.base) return { within: false, limit, exceeded: 'employees' };
  if (staff.staff > limit.max) return { within: false, limit, exceeded: 'total' };
  if (apprentices > limit.apprenticesInBase + (limit.max - limit.base)) {
    return { within: false, limit, exceeded: 'apprentices' };
  }
  return { within: true, limit };
}
