/** Views of the enrolment of a record (rule-book §2): consent and the waitlist. */
import { firmArgument, viewOf, type ViewOptions } from '../lifecycle/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { freePlaces, type ConsentState } from '../record/state.js';
import { guarded } from '../model/guard.js';

/**
 * A firm's consent on a date, from its application and its later
 * `consent.given` and `consent.withdrawn` events. A withdrawal never erases
 * the record of the consent given before: both stay in `history`. Undefined
 * when the firm had not applied by then.
 *
 * @example
 * ```ts
 * consentState(record, '02184730121')?.purposes['publish-figures']?.given; // true or false
 * ```
 */
export function consentState(record: ProgrammeRecord, firm: string, options?: ViewOptions): ConsentState | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const c = v.state.firms.get(firmArgument(firm, v.lang))?.consent;
    return c && { noticeVersion: c.noticeVersion, purposes: structuredClone(c.purposes), history: structuredClone(c.history) };
  });
}

/**
 * The waitlisted firms that should be accepted on a date because places are
 * free, in the order they applied.
 *
 * @example
 * ```ts
 * for (const firm of promotableFromWaitlist(record, { asOf: '2010-12-01' })) {
 *   record = applyEvent(record, { type: 'enrolment.accepted', firm, date: '2010-12-01', … });
 * }
 * ```
 */
export function promotableFromWaitlist(record: ProgrammeRecord, options?: ViewOptions): string[] {
  return guarded(options, () => {
    const { state } = viewOf(record, options);
    return state.waitlist.slice(0, freePlaces(state));
  });
}
