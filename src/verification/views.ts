/** Views of the verifications of a record (rule-book §7). */
import { daysBetweenUnchecked } from '../model/calendar.js';
import { viewOf, type ViewOptions } from '../lifecycle/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeFold } from '../record/state.js';
import { firmVerifications } from './rules.js';
import { guarded } from '../model/guard.js';

/** A verification not held in time. */
export interface OverdueVerification {
  firm: string;
  name: string;
  scheduled: string;
  /** Days since it became overdue (after the grace period). */
  daysOverdue: number;
}

/**
 * Every verification overdue on a date (past its grace period and not held),
 * oldest first. A firm that completed or withdrew is not chased.
 *
 * @example
 * ```ts
 * overdueVerifications(record, { asOf: '2011-01-31' }).map((o) => `${o.name} ${o.scheduled}`);
 * ```
 */
export function overdueVerifications(record: ProgrammeRecord, options?: ViewOptions): OverdueVerification[] {
  return guarded(options, () => {
    const v = viewOf(record, options);
    return overdueOf(v.state, v.date);
  });
}

/** The overdue verifications of a state on a date. */
export function overdueOf(state: ProgrammeFold, date: string): OverdueVerification[] {
  const out: OverdueVerification[] = [];
  for (const f of state.firms.values()) {
    for (const v of firmVerifications(state, f, date)) {
      if (v.status === 'overdue') {
        out.push({ firm: f.partitaIva, name: f.firm.name, scheduled: v.scheduled, daysOverdue: daysBetweenUnchecked(v.dueBy, date) });
      }
    }
  }
  return out.sort((a, b) => (a.scheduled < b.scheduled ? -1 : a.scheduled > b.scheduled ? 1 : a.firm < b.firm ? -1 : 1));
}
