/**
 * Periodic verifications in the record (rule-book §7): a verification is
 * held on a date of the programme's calendar, once per firm.
 */
import type { EventFolds, EventGuards } from '../record/checks.js';
import { scheduleOf } from './rules.js';

/** The events of verifications. */
export type VerificationEventType = 'verification.held';

/** What a verification event must respect. */
export const verificationGuards: EventGuards<VerificationEventType> = {
  'verification.held'(check, e) {
    const f = check.active(e.firm, ['firm']);
    if (e.manager !== undefined) check.manager(e.manager, ['manager']);
    if (!scheduleOf(check.state).includes(e.scheduled)) check.add('rule_not_scheduled', ['scheduled'], { name: e.scheduled });
    else if (f?.verifications.some((v) => v.scheduled === e.scheduled)) {
      check.add('rule_already_held', ['scheduled'], { name: e.scheduled });
    }
  },
};

/** How a verification event changes the programme. */
export const verificationFolds: EventFolds<VerificationEventType> = {
  'verification.held'(state, e) {
    state.firms.get(e.firm)?.verifications.push({ scheduled: e.scheduled, date: e.date, event: e.id, ...(e.manager ? { manager: e.manager } : {}) });
  },
};
