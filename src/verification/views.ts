/**
 * Views of the verifications of a record (rule-book §7): who is late, and
 * the verification calendars (§13) of the programme (no firm named) and of
 * each firm, as plain data that a feed (RFC 5545) is written from; the text
 * of a feed is written by `mechnet/server` and the CLI.
 */
import { daysBetweenUnchecked } from '../model/calendar.js';
import { viewOf, type ViewOptions } from '../lifecycle/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeFold } from '../record/state.js';
import { firmVerifications, scheduleOf } from './rules.js';
import { guarded } from '../model/guard.js';
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { IsoDate, LangSchema } from '../model/schemas.js';
import type { VerificationStatus } from './schedule.js';

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

/** Options of {@link verificationCalendar}. */
export interface VerificationCalendarOptions extends ViewOptions {
  /**
   * The partita IVA of the firm whose own calendar is wanted. Without it, the
   * programme's calendar: every scheduled date, no firm named.
   */
  firm?: string;
}

const CalendarOptionsSchema = z.object({ asOf: z.optional(IsoDate), lang: z.optional(LangSchema), firm: z.optional(z.string()) });

/** One entry of a verification calendar: one day, with a stable id. */
export interface CalendarEntry {
  /**
   * A stable, globally unique id (an RFC 5545 `UID`): the programme, the
   * firm for a firm's entry, and the scheduled date, e.g.
   * `mechnet-varese-2010-verification-2010-06-01@mechnet`.
   */
  uid: string;
  /** The day of the entry, `YYYY-MM-DD`: the day it was held when held, else the scheduled date. */
  date: string;
  /** The scheduled verification date the entry stands for. */
  scheduled: string;
  /**
   * How many times the entry's day has moved (an RFC 5545 `SEQUENCE`): 0
   * while it stands on its scheduled date; 1 once it was held on another
   * day. In the record a verification's day moves only that way: the
   * schedule is the definition's, and a verification is held once.
   */
  sequence: number;
  /** The day of the last change to the entry (its appearance, or the verification held). */
  changedOn: string;
  /** A firm's entry: where the verification stands on the calendar's date. */
  status?: VerificationStatus;
  /** A firm's entry: the last day before it is overdue. */
  dueBy?: string;
  /** A short title, in the calendar's language. */
  summary: string;
  /** A sentence or two about the entry, in the calendar's language. */
  description: string;
}

/** A verification calendar: the programme's, or one firm's. */
export interface VerificationCalendar {
  /** The programme's id. */
  programme: string;
  /** The calendar's name, in its language. */
  name: string;
  /** The language of the words. */
  lang: Lang;
  /** The date the statuses are computed for. */
  asOf: string;
  /** The firm of a firm's calendar (its partita IVA and name); absent on the programme's calendar. */
  firm?: { partitaIva: string; name: string };
  /** The entries, in the order of the schedule (an entry that moved keeps its place). */
  entries: CalendarEntry[];
}

const words = {
  it: {
    programmeName: (p: string) => `${p} - verifiche periodiche`,
    firmName: (p: string, f: string) => `${p} - verifiche di ${f}`,
    summary: (p: string) => `Verifica periodica ${p}`,
    firmSummary: (f: string, s: string) => `Verifica periodica di ${f} (${s})`,
    description: (p: string, d: string) => `Data di verifica periodica del programma ${p} (${d}).`,
    heldOn: (d: string) => ` Tenuta il ${d}.`,
    dueBy: (d: string) => ` Da tenere entro il ${d}.`,
    moved: (s: string) => ` Prevista per il ${s}.`,
    status: { upcoming: 'prevista', due: 'da tenere', overdue: 'in ritardo', held: 'tenuta', missed: 'non tenuta' } satisfies Record<VerificationStatus, string>,
  },
  en: {
    programmeName: (p: string) => `${p} - periodic verifications`,
    firmName: (p: string, f: string) => `${p} - verifications of ${f}`,
    summary: (p: string) => `${p} periodic verification`,
    firmSummary: (f: string, s: string) => `Periodic verification of ${f} (${s})`,
    description: (p: string, d: string) => `Periodic verification date of the ${p} programme (${d}).`,
    heldOn: (d: string) => ` Held on ${d}.`,
    dueBy: (d: string) => ` To be held by ${d}.`,
    moved: (s: string) => ` Scheduled for ${s}.`,
    status: { upcoming: 'scheduled', due: 'due', overdue: 'overdue', held: 'held', missed: 'missed' } satisfies Record<VerificationStatus, string>,
  },
};

/** The stable id of a calendar entry: programme, firm (on a firm's calendar) and scheduled date. */
function calendarUid(programme: string, scheduled: string, firm?: string): string {
  return `${programme}${firm === undefined ? '' : `-${firm}`}-verification-${scheduled}@mechnet`;
}

/**
 * The verification calendar of a programme, or of one firm (rule-book §7,
 * §13), as plain data with stable ids.
 *
 * - Without `firm`: every scheduled verification date of the edition, named
 *   by the programme only; no firm, no count of firms.
 * - With `firm`: the firm's own verifications from its acceptance until it
 *   leaves, each with its status on `asOf` (held, due, overdue, upcoming,
 *   missed) and the firm's name. An entry held on another day than
 *   scheduled stands on the day it was held, its `sequence` raised to 1.
 *
 * Ids (`uid`) depend only on the programme, the firm and the scheduled date,
 * so an entry keeps its id from one reading to the next; the programme's
 * and a firm's ids differ, so a firm subscribed to both sees two entries.
 *
 * @throws {@link MechnetError} (`invalid_input`) for a record that is not
 * valid, malformed options, or a firm that is not in the record.
 *
 * @example
 * ```ts
 * const all = verificationCalendar(record);
 * all.entries[0]; // { uid: 'mechnet-varese-2010-verification-2010-06-01@mechnet', date: '2010-06-01', sequence: 0, … }
 *
 * const own = verificationCalendar(record, { firm: '02184730121', asOf: '2011-01-31', lang: 'en' });
 * own.entries.map((e) => `${e.date} ${e.status}`); // ['2010-06-01 held', …]
 * ```
 */
export function verificationCalendar(record: ProgrammeRecord, options?: VerificationCalendarOptions): VerificationCalendar {
  return guarded(options, () => {
    const v = viewOf(record, options, CalendarOptionsSchema as z.ZodMiniType<VerificationCalendarOptions>);
    const { state, lang, date: asOf } = v;
    const w = words[lang];
    const d = state.definition;
    const programmeName = d.name[lang];
    const firmId = v.options.firm;
    if (firmId === undefined) {
      return {
        programme: d.id,
        name: w.programmeName(programmeName),
        lang,
        asOf,
        entries: scheduleOf(state).map((s) => ({
          uid: calendarUid(d.id, s),
          date: s,
          scheduled: s,
          sequence: 0,
          changedOn: d.calendar.start,
          summary: w.summary(programmeName),
          description: w.description(programmeName, s),
        })),
      };
    }
    const f = state.firms.get(firmId);
    if (!f) throw new MechnetError('invalid_input', [makeIssue('unknown_firm', ['options', 'firm'], { name: firmId }, lang)], lang);
    const name = f.firm.name;
    const held = new Map(f.verifications.map((h) => [h.scheduled, h]));
    const entries = firmVerifications(state, f, asOf).map((fv): CalendarEntry => {
      const h = held.get(fv.scheduled);
      const day = fv.heldOn ?? fv.scheduled;
      const moved = day !== fv.scheduled;
      const detail = fv.heldOn !== undefined ? w.heldOn(fv.heldOn) + (moved ? w.moved(fv.scheduled) : '') : w.dueBy(fv.dueBy);
      return {
        uid: calendarUid(d.id, fv.scheduled, f.partitaIva),
        date: day,
        scheduled: fv.scheduled,
        sequence: moved ? 1 : 0,
        changedOn: h ? h.date : (f.acceptedOn ?? d.calendar.start),
        status: fv.status,
        dueBy: fv.dueBy,
        summary: w.firmSummary(name, w.status[fv.status]),
        description: w.description(programmeName, fv.scheduled) + detail,
      };
    });
    return {
      programme: d.id,
      name: w.firmName(programmeName, name),
      lang,
      asOf,
      firm: { partitaIva: f.partitaIva, name },
      entries,
    };
  });
}
