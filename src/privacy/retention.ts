/**
 * Retention (rule-book §12): when a firm's personal data has been kept as
 * long as the definition allows, and must be erased.
 */
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { checkedRecord } from '../lifecycle/parse-record.js';
import { stateOf } from '../lifecycle/state.js';
import { addMonthsUnchecked } from '../model/calendar.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { IsoDate, LangSchema } from '../model/schemas.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { erasePersonalData } from './erase.js';

/** Options of {@link retentionDue}. */
export interface RetentionOptions {
  /** The day to judge on, `YYYY-MM-DD`: what is due on or before it. */
  asOf: string;
  /** Language of errors. */
  lang?: Lang;
}

const OptionsSchema = z.object({ asOf: IsoDate, lang: z.optional(LangSchema) });

/**
 * Which rule of the definition's `retention` makes a firm's data due:
 * `not-admitted` (an application never admitted, `notAdmittedMonths` after
 * the decision) or `personal-data` (every firm, `personalDataMonths` after
 * the programme's end).
 */
export type RetentionRule = 'not-admitted' | 'personal-data';

/** A firm whose personal data is past its time. */
export interface RetentionDue {
  /** The firm's partita IVA. */
  firm: string;
  /** The firm's name (kept after erasure). */
  name: string;
  /** The rule that makes it due (the earlier one when both do). */
  rule: RetentionRule;
  /** The day the time is counted from: the rejection or withdrawal, the programme's end for an application never decided, or the programme's end. */
  from: string;
  /** The first day the data is past its time: `from` plus the rule's months. */
  dueOn: string;
}

/**
 * The firms whose personal data has been kept as long as the definition's
 * `retention` allows, on `asOf` (rule-book §12), in order of application:
 *
 * - an application never admitted (rejected; withdrawn before an acceptance;
 *   still applied or waitlisted when the programme ended): due
 *   `notAdmittedMonths` after the decision (the rejection's or withdrawal's
 *   date, or the programme's end for one never decided);
 * - every firm: due `personalDataMonths` after the programme's end (the
 *   calendar's end).
 *
 * A firm with nothing personal left (erased already) is not listed, so the
 * answer after erasing every firm listed is empty. A definition without
 * `retention` erases nothing on a schedule: the answer is empty.
 *
 * @throws {@link MechnetError} `invalid_input` for a missing or wrong `asOf`.
 *
 * @example
 * ```ts
 * // MechNet 2010: ended 2012-12-31, personal data kept 60 months.
 * retentionDue(record, { asOf: '2017-12-31' }); // []
 * retentionDue(record, { asOf: '2018-01-01' }).map((d) => d.dueOn); // ['2017-12-31', ...] every firm
 * ```
 */
export function retentionDue(record: ProgrammeRecord, options: RetentionOptions): RetentionDue[] {
  const lang = langOf(options);
  return guarded(options, () => {
    const o = ensure(OptionsSchema, options, ['options'], lang);
    const full = checkedRecord(record, lang);
    const definition = resolveDefinition(full, { lang });
    const retention = definition.retention;
    if (!retention) return [];
    const end = definition.calendar.end;
    const state = stateOf(full, o.asOf);
    const out: RetentionDue[] = [];
    for (const f of [...state.firms.values()].sort((a, b) => a.order - b.order)) {
      const candidates: { rule: RetentionRule; from: string; dueOn: string }[] = [];
      if (f.acceptedOn === undefined) {
        const decided = f.status === 'rejected' || f.status === 'withdrawn' ? f.statusSince : end;
        candidates.push({ rule: 'not-admitted', from: decided, dueOn: addMonthsUnchecked(decided, retention.notAdmittedMonths) });
      }
      candidates.push({ rule: 'personal-data', from: end, dueOn: addMonthsUnchecked(end, retention.personalDataMonths) });
      const due = candidates.filter((c) => c.dueOn <= o.asOf).sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))[0];
      if (!due) continue;
      if (erasePersonalData(full, f.partitaIva, { lang }).rewrites.length === 0) continue;
      out.push({ firm: f.partitaIva, name: f.firm.name, ...due });
    }
    return out;
  });
}
