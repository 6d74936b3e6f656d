/** Periodic verifications (rule-book §7) on the preset's calendar, as the tables say they went. */
import { addDaysIso, mechnetDefinition, verificationSchedule } from '../../../src/index.js';
import { assignments } from '../data/managers.js';
import { plans } from '../data/plans.js';
import {
  DAYS_PER_VERIFICATION,
  FIRST_READINGS,
  LAST_VERIFICATION_HELD,
  ON_TIME_SPREAD_DAYS,
  VERIFICATION_NOTES,
  VERIFICATION_NOTES_BY_FIRM,
  verificationExceptions,
} from '../data/verifications.js';
import { vat } from '../facts.js';
import { assignmentOf, managerName, withdrawnOn } from './lookups.js';
import type { Timeline } from './timeline.js';

/**
 * The scheduled dates the sample holds: the preset's calendar up to
 * LAST_VERIFICATION_HELD. Every date the verification tables name must be
 * one of them, and every one of them needs notes.
 */
export function heldSchedule(): string[] {
  const dates = verificationSchedule(mechnetDefinition).filter((d) => d <= LAST_VERIFICATION_HELD);
  const named = [
    ...Object.keys(VERIFICATION_NOTES),
    ...Object.values(verificationExceptions).flatMap((byDate) => Object.keys(byDate)),
    ...Object.values(VERIFICATION_NOTES_BY_FIRM).flatMap((byDate) => Object.keys(byDate)),
    FIRST_READINGS.scheduled,
  ];
  for (const d of named) if (!dates.includes(d)) throw new Error(`${d} is not a verification date of the sample`);
  for (const d of dates) if (!VERIFICATION_NOTES[d]) throw new Error(`No notes for the verification of ${d}`);
  return dates;
}

/**
 * The day a firm held the verification scheduled on `scheduled`, or
 * undefined when it did not (missed, or after the firm withdrew). On-time
 * firms meet within a few days of the date, spread by firm.
 */
export function verificationHeldOn(firm: string, scheduled: string): string | undefined {
  const a = assignmentOf(firm);
  const withdrawn = withdrawnOn(firm);
  if (withdrawn && scheduled >= withdrawn) return undefined;
  const exception = verificationExceptions[firm]?.[scheduled];
  if (exception === 'missed') return undefined;
  return addDaysIso(scheduled, exception ?? assignments.indexOf(a) % ON_TIME_SPREAD_DAYS);
}

/** The notes of a verification: by date, unless the firm's meeting went differently. */
function verificationNotes(firm: string, scheduled: string, heldOn: string): string {
  const special = VERIFICATION_NOTES_BY_FIRM[firm]?.[scheduled];
  if (special) return special;
  const plan = plans.find((p) => p.firm === firm);
  if (scheduled === FIRST_READINGS.scheduled && plan && plan.approved <= heldOn) return FIRST_READINGS.notes;
  return VERIFICATION_NOTES[scheduled]!;
}

/** Each verification held, and the days the manager logs for it. */
export function addVerifications(t: Timeline): void {
  const schedule = heldSchedule();
  for (const a of assignments) {
    for (const scheduled of schedule) {
      const date = verificationHeldOn(a.firm, scheduled);
      if (!date) continue;
      t.add({
        type: 'verification.held',
        date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        scheduled,
        manager: a.manager,
        notes: verificationNotes(a.firm, scheduled, date),
      });
      t.add({
        type: 'manager.days-logged',
        date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        manager: a.manager,
        days: DAYS_PER_VERIFICATION,
        activity: 'Verifica periodica',
      });
    }
  }
}
