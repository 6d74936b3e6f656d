/**
 * The messages that follow from a programme's record (rule-book §13): the
 * decision on an application, written with the decision's event, and the
 * reminders of a date (verifications coming and overdue, the office's weekly
 * digest). Each message has a cause unique in the programme, so the outbox
 * keeps one of each however many times it is written: the cause is the
 * record that a reminder was queued.
 */
import { decisionMail, digestMail, officeOf, verificationMail, type DigestEntry, type FirmMailFacts } from '../communication/compose.js';
import type { EnrolmentApplication } from '../enrolment/application.js';
import { applicationReference } from '../enrolment/views.js';
import type { Lang } from '../i18n/lang.js';
import { reasonsOf } from '../i18n/languages.js';
import { firmStates } from '../lifecycle/views.js';
import { addDaysIso, toUtcDate } from '../model/calendar.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { appliedEventOf } from '../record/state.js';
import { stateOf } from '../lifecycle/state.js';
import type { OutboxMessage } from './store.js';

/** The language of each contact address: the one its receipt was written in. Italian for an address not in it. */
export type LanguageOf = (address: string) => Lang | undefined;

/**
 * The languages of the receipts in an outbox's messages, by address (upper
 * or lower case alike): a firm's later messages are written in the language
 * its receipt was.
 *
 * @example
 * ```ts
 * const languageOf = receiptLanguages(await store.messages(id));
 * languageOf('anna.rossi@example.com'); // 'en', when her receipt was in English
 * ```
 */
export function receiptLanguages(messages: readonly { cause: string; recipient: string; language: Lang }[]): LanguageOf {
  const langs = new Map<string, Lang>();
  for (const m of messages) if (m.cause.startsWith('receipt:')) langs.set(m.recipient.toLowerCase(), m.language);
  return (address) => langs.get(address.toLowerCase());
}

/** A firm's application as the record holds it, when its contact is still there (not erased). */
function applicationOf(record: ProgrammeRecord, firm: string, application?: string): EnrolmentApplication | undefined {
  const applied = appliedEventOf(stateOf(record), record.events, firm, application);
  if (!applied) return undefined;
  const app = applied.application as unknown as EnrolmentApplication & { contact: { redacted?: boolean } };
  if (!app.contact || 'redacted' in app.contact || typeof app.contact.email !== 'string') return undefined;
  return app;
}

/** What every message to a firm says about the programme and its office. */
function firmFacts(definition: ProgrammeDefinition, app: EnrolmentApplication, lang: Lang): FirmMailFacts {
  return {
    programme: definition.name[lang],
    firm: app.firm.name,
    contact: app.contact.name,
    ...officeOf(definition.contact),
  };
}

/** A rejection reason in words: its own message, else the library's words for its code, else only its code. */
function reasonWords(reason: { code: string; message?: { it: string; en: string } }, lang: Lang): { code: string; message?: string } {
  if (reason.message) return { code: reason.code, message: reason.message[lang] };
  const known = reasonsOf(lang) as unknown as Record<string, ((p: Record<string, unknown>) => string) | undefined>;
  let words: string | undefined;
  try {
    words = Object.hasOwn(known, reason.code) ? known[reason.code]?.({}) : undefined;
  } catch {
    words = undefined; // a message that needs its parameters: the code alone
  }
  return typeof words === 'string' && !/undefined|\{/.test(words) ? { code: reason.code, message: words } : { code: reason.code };
}

/** Options of {@link decisionMessages}. */
export interface DecisionMessageOptions {
  /** The language of each contact address (see {@link receiptLanguages}); Italian when it does not know. */
  languageOf?: LanguageOf;
  /** The URL of a firm's calendar feed, when the office publishes feeds; the acceptance then gives it. */
  calendarUrl?: (partitaIva: string) => string | undefined;
}

/**
 * The messages of the decisions among `events` (accepted, waitlisted,
 * rejected), each to the firm's contact address, for the same append as the
 * events: cause `decision:EVENT_ID:ADDRESS`. `record` is the record with the
 * events applied. A firm whose contact was erased gets none.
 *
 * @example
 * ```ts
 * const next = applyEvents(record, events);
 * const messages = decisionMessages(next, events, { calendarUrl: (piva) => `https://mechnet.example.it${calendarFeedPath(secret, id, piva)}` });
 * await store.append(id, events, { expectedVersion, messages });
 * ```
 */
export function decisionMessages(record: ProgrammeRecord, events: readonly Record<string, unknown>[], options: DecisionMessageOptions = {}): OutboxMessage[] {
  const definition = resolveDefinition(record);
  const out: OutboxMessage[] = [];
  for (const event of events) {
    const type = event.type;
    if (type !== 'enrolment.accepted' && type !== 'enrolment.waitlisted' && type !== 'enrolment.rejected') continue;
    const firm = String(event.firm);
    const app = applicationOf(record, firm, typeof event.application === 'string' ? event.application : undefined);
    if (!app) continue;
    const recipient = app.contact.email;
    const lang = options.languageOf?.(recipient) ?? 'it';
    const facts = { ...firmFacts(definition, app, lang), reference: applicationReference(record, firm) ?? firm, date: String(event.date) };
    let mail;
    if (type === 'enrolment.accepted') {
      const url = options.calendarUrl?.(firm);
      mail = decisionMail({ ...facts, decision: 'accepted', ...(url ? { calendarUrl: url } : {}) }, { lang });
    } else if (type === 'enrolment.waitlisted') {
      const position = firmStates(record, { asOf: String(event.date) })
        .filter((f) => f.status === 'waitlisted')
        .findIndex((f) => f.partitaIva === firm);
      mail = decisionMail({ ...facts, decision: 'waitlisted', position: position + 1 }, { lang });
    } else {
      const reasons = (event.reasons as { code: string; message?: { it: string; en: string } }[]).map((r) => reasonWords(r, lang));
      mail = decisionMail({ ...facts, decision: 'rejected', reasons }, { lang });
    }
    out.push({ cause: `decision:${String(event.id)}:${recipient.toLowerCase()}`, recipient, ...mail });
  }
  return out;
}

/**
 * The verifications due and overdue on a date, as `mechnet schedule` shows
 * them for that date, firm by firm in the schedule's order: what the office's
 * digest lists.
 *
 * @example
 * ```ts
 * const { due, overdue } = dueVerifications(record, '2012-06-04');
 * due[0]; // { firm: 'Officina Meccanica Bossi S.r.l.', partitaIva: '…', scheduled: '2012-06-01', dueBy: '…' }
 * ```
 */
export function dueVerifications(record: ProgrammeRecord, asOf: string): { due: DigestEntry[]; overdue: DigestEntry[] } {
  const due: DigestEntry[] = [];
  const overdue: DigestEntry[] = [];
  for (const f of firmStates(record, { asOf })) {
    for (const v of f.verifications) {
      const entry = { firm: f.name, partitaIva: f.partitaIva, scheduled: v.scheduled, dueBy: v.dueBy };
      if (v.status === 'due') due.push(entry);
      if (v.status === 'overdue') overdue.push(entry);
    }
  }
  return { due, overdue };
}

/**
 * The day of the week of a date, 1 (Monday) to 7 (Sunday), as
 * `communication.digestWeekday` counts them.
 *
 * @example
 * ```ts
 * isoWeekday('2010-10-04'); // 1 (a Monday)
 * ```
 */
export function isoWeekday(date: string): number {
  const d = toUtcDate(date).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Options of {@link reminderMessages}. */
export interface ReminderOptions {
  /** The language of each contact address (see {@link receiptLanguages}); Italian when it does not know. */
  languageOf?: LanguageOf;
}

/**
 * The reminders of a date, by the definition's `communication`: to each
 * accepted firm's contact, its verifications scheduled from the date to
 * `reminderDaysBefore` days after it (cause `verification-coming:PIVA:DATE:ADDRESS`)
 * and its overdue ones (`verification-overdue:…`), once each; and, when the
 * date is the digest's day of the week and the programme gives an office
 * address, the office's digest (`digest:YYYY-MM-DD`). None without
 * `communication` in the definition. Written to the outbox, the causes keep
 * one of each: a second run on the same date adds nothing.
 *
 * @example
 * ```ts
 * const messages = reminderMessages(record, '2010-09-27');
 * const added = await store.append(id, [], { expectedVersion: version, messages });
 * ```
 */
export function reminderMessages(record: ProgrammeRecord, asOf: string, options: ReminderOptions = {}): OutboxMessage[] {
  const definition = resolveDefinition(record);
  const rules = definition.communication;
  if (!rules) return [];
  const until = addDaysIso(asOf, rules.reminderDaysBefore);
  const out: OutboxMessage[] = [];
  for (const f of firmStates(record, { asOf })) {
    if (f.status !== 'accepted') continue;
    const app = applicationOf(record, f.partitaIva);
    if (!app) continue;
    const recipient = app.contact.email;
    const lang = options.languageOf?.(recipient) ?? 'it';
    for (const v of f.verifications) {
      const kind = v.status === 'overdue' ? 'overdue' : (v.status === 'due' || v.status === 'upcoming') && v.scheduled >= asOf && v.scheduled <= until ? 'coming' : undefined;
      if (!kind) continue;
      const mail = verificationMail({ ...firmFacts(definition, app, lang), kind, scheduled: v.scheduled, dueBy: v.dueBy }, { lang });
      out.push({ cause: `verification-${kind}:${f.partitaIva}:${v.scheduled}:${recipient.toLowerCase()}`, recipient, ...mail });
    }
  }
  const office = definition.contact.email;
  if (office && isoWeekday(asOf) === (rules.digestWeekday ?? 1)) {
    const lang: Lang = definition.locales[0] === 'en' ? 'en' : 'it';
    const mail = digestMail({ programme: definition.name[lang], office: definition.contact.office, date: asOf, ...dueVerifications(record, asOf) }, { lang });
    out.push({ cause: `digest:${asOf}`, recipient: office, ...mail });
  }
  return out;
}
