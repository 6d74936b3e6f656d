/** The verifications of the firms of a programme (rule-book §7), on the state of the programme. */
import { addDaysUnchecked } from '../model/calendar.js';
import { exitDate, type FirmAccumulator, type ProgrammeFold } from '../record/state.js';
import { scheduleDates, statusOn, type VerificationStatus } from './schedule.js';

/** One scheduled verification of one firm. */
export interface FirmVerification {
  scheduled: string;
  status: VerificationStatus;
  /** The day it was held, when held. */
  heldOn?: string;
  manager?: string;
  /** Last day before it is overdue. */
  dueBy: string;
}

const scheduleCache = new WeakMap<object, string[]>();

/** The verification dates of the programme (remembered per definition). */
export function scheduleOf(state: ProgrammeFold): string[] {
  let s = scheduleCache.get(state.definition);
  if (!s) {
    s = scheduleDates(state.definition.calendar);
    scheduleCache.set(state.definition, s);
  }
  return s;
}

/**
 * The scheduled verifications that apply to a firm: from its acceptance until
 * it leaves (completes or withdraws). Once it has left, none is due or
 * overdue: one not held is `missed`.
 */
export function firmVerifications(state: ProgrammeFold, f: FirmAccumulator, asOf: string): FirmVerification[] {
  const start = f.acceptedOn;
  if (start === undefined) return [];
  const end = exitDate(f);
  const grace = state.definition.calendar.verification.graceDays;
  return scheduleOf(state)
    .filter((s) => s >= start && (end === undefined || s < end || (s === end && f.withdrawal === undefined)))
    .map((s) => {
      const held = f.verifications.find((v) => v.scheduled === s);
      const status = statusOn(s, asOf, grace, held !== undefined);
      return {
        scheduled: s,
        status: end !== undefined && (status === 'due' || status === 'overdue') ? 'missed' : status,
        dueBy: addDaysUnchecked(s, grace),
        ...(held ? { heldOn: held.date } : {}),
        ...(held?.manager ? { manager: held.manager } : {}),
      };
    });
}

/** The last scheduled verification on or before a date, if any. */
export function lastScheduledBy(state: ProgrammeFold, date: string): string | undefined {
  return scheduleOf(state).filter((s) => s <= date).at(-1);
}
