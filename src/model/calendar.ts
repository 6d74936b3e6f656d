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
import { ensure, guarded, refuse, typeName } from './guard.js';
import { DATE_RANGE, IsoDate } from './schemas.js';
import { remembered } from './memo.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/**
 * Whether `s` is an existing calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isIsoDate('2012-02-29'); // true
 * isIsoDate('2011-02-29'); // false
 * ```
 */
export function isIsoDate(s: unknown): s is string {
  return guarded(undefined, () => {
    if (typeof s !== 'string') return false;
    // The same few dates are asked about again and again: remember the answers.
    const known = checkedDates.get(s);
    if (known !== undefined) return known;
    const answer = existingDate(s);
    if (checkedDates.size > 10_000) checkedDates.clear();
    checkedDates.set(s, answer);
    return answer;
  });
}

const checkedDates = new Map<string, boolean>();

function existingDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A date at UTC midnight, for date-fns, from a checked `YYYY-MM-DD` (years 0-99 stay years 0-99). */
export function toUtcDate(iso: string): Date {
  const m = ISO.exec(iso)!;
  const d = new UTCDateMini(0, 0, 1);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

/** A date argument: an existing `YYYY-MM-DD` within the range the library handles. */
function dateArgument(value: unknown, name: string): string {
  return ensure(IsoDate, value, [name]);
}

/** A whole number of days, months or years to add, small enough to stay within the supported dates. */
function countArgument(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    refuse('invalid_type', [name], { expected: 'int', received: typeName(value) });
  }
  if (Math.abs(value) > 1_000_000) refuse('too_big', [name], { limit: 1_000_000, origin: 'number' });
  return value;
}

/** The result of date arithmetic, refused when it leaves the dates the library handles. */
function inRange(result: string, name: string): string {
  if (result.length !== 10 || result < DATE_RANGE.min || result > DATE_RANGE.max) {
    refuse('date_out_of_range', [name], { name: result, values: `${DATE_RANGE.min} – ${DATE_RANGE.max}` });
  }
  return result;
}

/** The `YYYY-MM-DD` of a date, read in UTC. */
export function fromUtcDate(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 0) return '-';
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
  return guarded(undefined, () => inRange(addDaysUnchecked(dateArgument(iso, 'date'), countArgument(days, 'days')), 'days'));
}

/** {@link addDaysIso} on a checked date (the library's own calendar code). */
export function addDaysUnchecked(iso: string, days: number): string {
  // The same few dates are moved by the same few days for every firm (a schedule, its grace days).
  return remembered(movedDays, `${iso}|${days}`, () => fromUtcDate(addDays(toUtcDate(iso), days)));
}

const movedDays = new Map<string, string>();

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
  return guarded(undefined, () => inRange(addMonthsUnchecked(dateArgument(iso, 'date'), countArgument(months, 'months')), 'months'));
}

/** {@link addMonthsIso} on a checked date (the library's own calendar code). */
export function addMonthsUnchecked(iso: string, months: number): string {
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
  return guarded(undefined, () => inRange(addYearsUnchecked(dateArgument(iso, 'date'), countArgument(years, 'years')), 'years'));
}

/** {@link addYearsIso} on a checked date (the library's own calendar code). */
export function addYearsUnchecked(iso: string, years: number): string {
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
  return guarded(undefined, () => {
    from = dateArgument(from, 'from');
    to = dateArgument(to, 'to');
    return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY);
  });
}

/** {@link daysBetween} on checked dates (the library's own calendar code). */
export function daysBetweenUnchecked(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The day number of a checked `YYYY-MM-DD` (days since 1970-01-01), read
 * digit by digit: fast, for code that compares many dates (the library's
 * dates are from 1900 on, where Date.UTC reads the year as written).
 */
export function dayNumber(iso: string): number {
  return (
    Date.UTC(
      (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48),
      (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48) - 1,
      (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48),
    ) / DAY
  );
}

/** The date part of an ISO date-time as written (`2010-02-15T23:30:00+01:00` gives `2010-02-15`). */
export function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}
