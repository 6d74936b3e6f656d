/**
 * Calendar dates `YYYY-MM-DD` and their arithmetic. Every computation runs in
 * UTC through date-fns with `UTCDateMini`, so a date never moves by a day
 * whatever the time zone of the machine (Pacific/Apia skipped 30 December
 * 2011; São Paulo's clocks once jumped at midnight).
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** Whether `s` is an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A date at UTC midnight, for date-fns. Throws RangeError on a malformed date (callers validate first). */
export function toUtcDate(iso: string): Date {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return new UTCDateMini(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The `YYYY-MM-DD` of a date, read in UTC. */
export function fromUtcDate(d: Date): string {
  const y = d.getUTCFullYear();
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mm}-${dd}`;
}

/**
 * Adds days to a calendar date.
 *
 * @example
 * ```ts
 * addDaysIso('2011-12-29', 2); // '2011-12-31', even in Pacific/Apia
 * ```
 */
export function addDaysIso(iso: string, days: number): string {
  return fromUtcDate(addDays(toUtcDate(iso), days));
}

/**
 * Adds months to a calendar date; the day is kept, or clamped to the month's
 * last day (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * ```ts
 * addMonthsIso('2010-01-31', 1); // '2010-02-28'
 * ```
 */
export function addMonthsIso(iso: string, months: number): string {
  return fromUtcDate(addMonths(toUtcDate(iso), months));
}

/**
 * Adds years to a calendar date (29 February becomes 28 February in a common year).
 *
 * @example
 * ```ts
 * addYearsIso('2012-02-29', 1); // '2013-02-28'
 * ```
 */
export function addYearsIso(iso: string, years: number): string {
  return fromUtcDate(addYears(toUtcDate(iso), years));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2010-03-01', '2010-03-16'); // 15
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY);
}

/** The date part of an ISO date-time as written (`2010-02-15T23:30:00+01:00` gives `2010-02-15`). */
export function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}
