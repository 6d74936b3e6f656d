/** The periodic verification calendar (rule-book §7). */
import * as z from 'zod/mini';
import { EditionCalendar, type ProgrammeDefinition } from '../programme/schema.js';
import { addDaysUnchecked, addMonthsUnchecked } from '../model/calendar.js';
import { ensure, guarded } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';

/** The part of a definition the calendar functions read. */
const WithCalendar = z.object({ calendar: EditionCalendar });
const StatusOptions = z.object({ graceDays: z.int().check(z.gte(0), z.lte(365)), held: z.boolean() });

/**
 * The verification dates of an edition: every `every` months (or weeks, or
 * days) counted from the edition start, up to its end; or the explicit list
 * of the definition, sorted. Each date is computed from the start, never from
 * the previous date, so a cadence from 31 January stays on month ends (28/29
 * February, 31 March, 30 April, …) instead of drifting.
 *
 * @example
 * ```ts
 * verificationSchedule(mechnetDefinition);
 * // ['2010-06-01', '2010-09-01', '2010-12-01', … '2012-06-01']
 * ```
 */
export function verificationSchedule(definition: Pick<ProgrammeDefinition, 'calendar'>): string[] {
  return guarded(undefined, () => scheduleDates(ensure(WithCalendar, definition, ['definition']).calendar));
}

/** {@link verificationSchedule} of a checked calendar. */
export function scheduleDates(calendar: ProgrammeDefinition['calendar']): string[] {
  const { start, end, verification } = calendar;
  const cadence = verification.cadence;
  if ('dates' in cadence) return [...new Set(cadence.dates)].sort();
  const dates: string[] = [];
  for (let k = 1; k < 100_000; k++) {
    const n = k * cadence.every;
    const date =
      cadence.unit === 'month' ? addMonthsUnchecked(start, n) : addDaysUnchecked(start, cadence.unit === 'week' ? 7 * n : n);
    if (date > end) break;
    dates.push(date);
  }
  return dates;
}

/**
 * The first verification date after `asOf`, or undefined when the calendar
 * has none left.
 *
 * @example
 * ```ts
 * nextVerification(mechnetDefinition, '2011-12-31'); // '2012-03-01'
 * ```
 */
export function nextVerification(definition: Pick<ProgrammeDefinition, 'calendar'>, asOf: string): string | undefined {
  return guarded(undefined, () => {
    asOf = ensure(IsoDate, asOf, ['asOf']);
    return verificationSchedule(definition).find((d) => d > asOf);
  });
}

/**
 * Where one verification of one firm stands on a date: `missed` when it was
 * not held and the firm has since left the programme (completed or
 * withdrew), so it is no longer chased.
 */
export type VerificationStatus = 'upcoming' | 'due' | 'overdue' | 'held' | 'missed';

/** Options of {@link verificationStatusOn}. */
export interface VerificationStatusOptions {
  /** Days after the scheduled date before a verification not held is overdue. */
  graceDays: number;
  /** Whether the verification was held. */
  held: boolean;
}

/**
 * The status of a scheduled verification on `asOf`: `held` once recorded,
 * `upcoming` before its date, `due` from its date through the grace period,
 * `overdue` after it.
 *
 * @example
 * ```ts
 * verificationStatusOn('2010-06-01', '2010-06-16', { graceDays: 15, held: false }); // 'due'
 * verificationStatusOn('2010-06-01', '2010-06-17', { graceDays: 15, held: false }); // 'overdue'
 * ```
 */
export function verificationStatusOn(scheduled: string, asOf: string, options: VerificationStatusOptions): VerificationStatus {
  return guarded(options, () => {
    scheduled = ensure(IsoDate, scheduled, ['scheduled']);
    asOf = ensure(IsoDate, asOf, ['asOf']);
    options = ensure(StatusOptions, options, ['options']);
    return statusOn(scheduled, asOf, options.graceDays, options.held);
  });
}

/** {@link verificationStatusOn} on checked arguments, for the library's own views. */
export function statusOn(scheduled: string, asOf: string, graceDays: number, held: boolean): VerificationStatus {
  if (held) return 'held';
  if (asOf < scheduled) return 'upcoming';
  return asOf > addDaysUnchecked(scheduled, graceDays) ? 'overdue' : 'due';
}
