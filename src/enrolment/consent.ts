/** A firm's consent to optional purposes, as its events record it. */
import type { ProgrammeRecord } from '../record/schema.js';
import { firmArgument, viewInput } from '../lifecycle/state.js';

/** One purpose's current answer. */
export interface PurposeConsent {
  given: boolean;
  /** When it was given or withdrawn (ISO date-time). */
  at: string;
}

/** Where a firm's consent stands. */
export interface ConsentState {
  /** Version of the privacy notice the latest consent refers to. */
  noticeVersion: string;
  purposes: Record<string, PurposeConsent>;
  /** Every change, oldest first: consent given (with the application or later) and withdrawals. */
  history: { date: string; at: string; kind: 'given' | 'withdrawn'; purposes: Record<string, boolean> }[];
}

/**
 * A firm's consent on a date, folded from its application, `consent.given`
 * and `consent.withdrawn` events. A withdrawal never erases the record of
 * the consent given before: both stay in `history`. Undefined when the firm
 * never applied.
 *
 * @example
 * ```ts
 * consentState(record, '02184730121')?.purposes['publish-figures']?.given; // true or false
 * ```
 */
export function consentState(record: ProgrammeRecord, firm: string, asOf?: string): ConsentState | undefined {
  ({ record, asOf } = viewInput(record, asOf));
  firm = firmArgument(firm);
  let state: ConsentState | undefined;
  for (const e of record.events) {
    if (asOf !== undefined && e.date > asOf) break;
    if (!('firm' in e) || e.firm !== firm) continue;
    const consent =
      e.type === 'enrolment.applied' ? e.application.consent : e.type === 'consent.given' ? e.consent : undefined;
    if (consent) {
      if (e.type === 'enrolment.applied' && state) continue;
      state ??= { noticeVersion: consent.noticeVersion, purposes: {}, history: [] };
      state.noticeVersion = consent.noticeVersion;
      for (const [id, given] of Object.entries(consent.purposes)) state.purposes[id] = { given, at: consent.givenAt };
      state.history.push({ date: e.date, at: consent.givenAt, kind: 'given', purposes: { ...consent.purposes } });
    } else if (e.type === 'consent.withdrawn' && state) {
      const withdrawn: Record<string, boolean> = {};
      for (const id of e.purposes) {
        state.purposes[id] = { given: false, at: e.at };
        withdrawn[id] = false;
      }
      state.history.push({ date: e.date, at: e.at, kind: 'withdrawn', purposes: withdrawn });
    }
  }
  return state;
}
