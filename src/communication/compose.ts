/**
 * Messages composed from the catalogues: the same words as plain text and as
 * HTML, every value from outside escaped for the part it goes into.
 */
import type { Lang } from '../i18n/lang.js';
import { htmlText, terminalSafe } from '../model/escape.js';
import type { MailCatalogue } from './catalogue.js';
import { formatDate } from '../i18n/format.js';
import { elideBeforeNumbers } from '../i18n/numbers.js';
import { mailEn } from './en.js';
import { mailIt } from './it.js';

/** The message catalogues, by language. */
export const mailCatalogues: Record<Lang, MailCatalogue> = { it: mailIt, en: mailEn };

/** A message ready for the outbox: subject, plain text and HTML, in one language. */
export interface ComposedMail {
  /** The language it is written in. */
  language: Lang;
  /** The subject line (one line). */
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part: a whole document, the same words as the text. */
  html: string;
}

/**
 * A template with its `{name}` placeholders filled: the template's own
 * words and each value go through `escape`. A placeholder without a value
 * stays as it is written (the catalogue test finds it).
 */
function fill(template: string, values: Readonly<Record<string, string>>, escape: (s: string) => string): string {
  return template
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? escape(values[name]!) : escape(part);
    })
    .join('');
}

/** A value on one line of plain text: line breaks and controls as visible escapes. */
const plain = (s: string) => terminalSafe(s);

/** A list in a message: each item a template with its own values. */
interface ListPart {
  items: readonly { template: string; values: Readonly<Record<string, string>> }[];
}

/** A paragraph (a template filled with the message's values) or a list. */
type Part = string | ListPart;

/**
 * A message from paragraphs of templates: the subject and each paragraph
 * filled once for the text part and once for the HTML part. The paragraph
 * at `strong` is shown in bold in HTML. A list is written as lines starting
 * with `- ` in the text and as `<ul>` in HTML.
 */
function compose(lang: Lang, subject: string, paragraphs: readonly Part[], values: Readonly<Record<string, string>>, strong: number): ComposedMail {
  const subjectLine = lang === 'it' ? elideBeforeNumbers(fill(subject, values, plain)) : fill(subject, values, plain);
  const textOf = (p: Part) => (typeof p === 'string' ? fill(p, values, plain) : p.items.map((i) => `- ${fill(i.template, { ...values, ...i.values }, plain)}`).join('\n'));
  const htmlOf = (p: Part, i: number) =>
    typeof p !== 'string'
      ? `<ul>\n${p.items.map((x) => `<li>${fill(x.template, { ...values, ...x.values }, htmlText)}</li>`).join('\n')}\n</ul>`
      : i === strong
        ? `<p><strong>${fill(p, values, htmlText)}</strong></p>`
        : `<p>${fill(p, values, htmlText)}</p>`;
  // Italian templates write the article before a date (`il {date}`): elided before 8 and 11 (`l'8 marzo`).
  const words = (s: string) => (lang === 'it' ? elideBeforeNumbers(s) : s);
  const text = words(`${paragraphs.map(textOf).join('\n\n')}\n`);
  const body = words(paragraphs.map(htmlOf).join('\n'));
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${fill(subject, values, htmlText)}</title>\n</head>\n` +
    `<body style="font-family: sans-serif; line-height: 1.5;">\n${body}\n</body>\n</html>\n`;
  return { language: lang, subject: subjectLine, text, html };
}

/** The language asked, Italian unless English. */
const langOf = (lang: Lang | undefined): Lang => (lang === 'en' ? 'en' : 'it');

/**
 * The programme office as every message names it: its name, and its
 * address and telephone number when the definition gives them.
 */
export function officeOf(contact: { office: string; email?: string | undefined; phone?: string | undefined }): { office: string; officeEmail?: string; officePhone?: string } {
  return { office: contact.office, ...(contact.email ? { officeEmail: contact.email } : {}), ...(contact.phone ? { officePhone: contact.phone } : {}) };
}

/** The office's address and telephone number joined by the language's "or" (`a oppure b`), for a sentence. */
export function officeContactsText(contact: { email?: string | undefined; phone?: string | undefined }, lang: Lang): string {
  return officeContacts(officeOf({ office: '', ...contact })).join(mailCatalogues[langOf(lang)].receipt.or);
}

/** The office's address and telephone number, the ones the programme gives. */
const officeContacts = (f: { officeEmail?: string; officePhone?: string }) =>
  [f.officeEmail, f.officePhone].filter((x): x is string => typeof x === 'string' && x !== '');

/** What the receipt of an application says: only what the firm gave and what the programme publishes. */
export interface ReceiptFacts {
  /** The programme's name, in the message's language. */
  programme: string;
  /** The application's reference (`MECHNET-VARESE-2010-0003`). */
  reference: string;
  /** The firm's name, as the application gave it. */
  firm: string;
  /** The contact person's name, as the application gave it. */
  contact: string;
  /** The programme office's name. */
  office: string;
  /** The office's e-mail address, when the programme gives one. */
  officeEmail?: string;
  /** The office's telephone number, when the programme gives one. */
  officePhone?: string;
  /** The place on the waiting list, when the application is waitlisted. */
  waitlistPosition?: number;
  /**
   * Under confirmation `pec`: the firm's PEC address, where the link went,
   * and the last day it confirms (`YYYY-MM-DD`). The receipt then says the
   * application counts from its confirmation.
   */
  confirmation?: { pec: string; until: string };
}

/** The values every message to a firm fills in: programme, firm, its contact, the office and its contacts joined by "or". */
function addressed(facts: Parameters<typeof officeContacts>[0] & { programme: string; firm: string; contact: string; office: string }, or: string) {
  const contacts = officeContacts(facts);
  return {
    contacts,
    values: { programme: facts.programme, firm: facts.firm, contact: facts.contact, office: facts.office, contacts: contacts.join(or) } as Record<string, string>,
  };
}

/**
 * The receipt of an application, to the firm's contact address: that it
 * arrived, its reference, what happens next (and the place on the waiting
 * list, when there is one), and how to reach the programme office. Plain
 * text and HTML; names from the application are escaped (no markup, no
 * control characters, no bidirectional overrides).
 *
 * @example
 * ```ts
 * const mail = receiptMail(
 *   { programme: 'MechNet Varese', reference: 'MECHNET-VARESE-2010-0003', firm: 'Officina Rossi S.r.l.', contact: 'Anna Rossi', office: 'Ufficio MechNet' },
 *   { lang: 'en' },
 * );
 * mail.subject; // 'Application received: MECHNET-VARESE-2010-0003 (MechNet Varese)'
 * ```
 */
export function receiptMail(facts: ReceiptFacts, options: { lang?: Lang } = {}): ComposedMail {
  const lang = langOf(options.lang);
  const w = mailCatalogues[lang].receipt;
  const { contacts, values: common } = addressed(facts, w.or);
  const values: Record<string, string> = {
    ...common,
    reference: facts.reference,
    position: facts.waitlistPosition === undefined ? '' : String(facts.waitlistPosition),
    pec: facts.confirmation?.pec ?? '',
    until: facts.confirmation ? formatDate(facts.confirmation.until, { lang }) : '',
  };
  const paragraphs = [
    w.greeting,
    w.received,
    w.reference,
    ...(facts.waitlistPosition !== undefined ? [w.waitlist] : []),
    facts.confirmation ? w.confirmNext : w.next,
    ...(contacts.length > 0 ? [w.questions] : []),
    w.automatic,
  ];
  return compose(lang, w.subject, paragraphs, values, 2);
}

/** What the message with the confirmation link says: what was sent in the firm's name, and the link. */
export interface ConfirmationFacts {
  /** The programme's name, in the message's language. */
  programme: string;
  /** The application's reference. */
  reference: string;
  /** The firm's name, as the application gave it. */
  firm: string;
  /** The partita IVA the application claims. */
  piva: string;
  /** The day of the application, `YYYY-MM-DD`. */
  date: string;
  /** The last day the link confirms, `YYYY-MM-DD`. */
  until: string;
  /** The one-time link. */
  url: string;
  /** The programme office's name. */
  office: string;
  /** The office's e-mail address, when the programme gives one. */
  officeEmail?: string;
  /** The office's telephone number, when the programme gives one. */
  officePhone?: string;
}

/**
 * The message with the one-time confirmation link (rule-book §2), to the
 * PEC address an application gave: what was sent in the firm's name, the
 * link and its last day, and that an application the firm did not send
 * needs nothing. It names no person: whoever applied, the firm reads only
 * what it can check.
 *
 * @example
 * ```ts
 * const mail = confirmationMail(
 *   { programme: 'MechNet Varese', reference: 'MECHNET-VARESE-2010-0003', firm: 'Officina Rossi S.r.l.', piva: '02184730121',
 *     date: '2010-04-12', until: '2010-04-26', url: 'https://mechnet.example.it/api/confirm/3q2-…', office: 'Ufficio MechNet' },
 *   { lang: 'en' },
 * );
 * mail.subject; // 'Confirm the application MECHNET-VARESE-2010-0003 (MechNet Varese)'
 * ```
 */
export function confirmationMail(facts: ConfirmationFacts, options: { lang?: Lang } = {}): ComposedMail {
  const lang = langOf(options.lang);
  const w = mailCatalogues[lang].confirmation;
  const contacts = officeContacts(facts);
  const values: Record<string, string> = {
    programme: facts.programme,
    firm: facts.firm,
    piva: facts.piva,
    reference: facts.reference,
    office: facts.office,
    contacts: contacts.join(w.or),
    date: formatDate(facts.date, { lang }),
    until: formatDate(facts.until, { lang }),
    url: facts.url,
  };
  return compose(lang, w.subject, [w.greeting, w.claim, w.confirm, w.notYou, ...(contacts.length > 0 ? [w.questions] : []), w.automatic], values, 2);
}

/** What a message to a firm's contact says about the programme and its office. */
export interface FirmMailFacts {
  /** The programme's name, in the message's language. */
  programme: string;
  /** The firm's name, as the application gave it. */
  firm: string;
  /** The contact person's name, as the application gave it. */
  contact: string;
  /** The programme office's name. */
  office: string;
  /** The office's e-mail address, when the programme gives one. */
  officeEmail?: string;
  /** The office's telephone number, when the programme gives one. */
  officePhone?: string;
}

/** A decision on an application, for {@link decisionMail}. */
export type DecisionFacts = FirmMailFacts & {
  /** The application's reference. */
  reference: string;
  /** The day of the decision, `YYYY-MM-DD`. */
  date: string;
} & (
    | {
        decision: 'accepted';
        /** The firm's calendar feed (its verifications), when the office publishes one. */
        calendarUrl?: string;
      }
    | {
        decision: 'waitlisted';
        /** The place on the waiting list, from 1. */
        position: number;
      }
    | {
        decision: 'rejected';
        /** The reasons: each its words in the message's language, or only its code. */
        reasons: readonly { code: string; message?: string }[];
      }
  );

/**
 * The decision on an application, to the firm's contact: accepted (with the
 * firm's calendar feed when there is one), on the waiting list (with the
 * place), or rejected (with each reason in words). Plain text and HTML, every
 * value escaped.
 *
 * @example
 * ```ts
 * const mail = decisionMail(
 *   { decision: 'rejected', reasons: [{ code: 'territory', message: 'The seat is outside the province' }], date: '2010-03-20',
 *     programme: 'MechNet Varese', reference: 'MECHNET-VARESE-2010-0003', firm: 'Officina Rossi S.r.l.', contact: 'Anna Rossi', office: 'Ufficio MechNet' },
 *   { lang: 'en' },
 * );
 * mail.subject; // 'Application not accepted: MECHNET-VARESE-2010-0003 (MechNet Varese)'
 * ```
 */
export function decisionMail(facts: DecisionFacts, options: { lang?: Lang } = {}): ComposedMail {
  const lang = langOf(options.lang);
  const w = mailCatalogues[lang].decision;
  const { contacts, values: common } = addressed(facts, w.or);
  const values: Record<string, string> = {
    ...common,
    reference: facts.reference,
    date: formatDate(facts.date, { lang }),
    url: facts.decision === 'accepted' ? (facts.calendarUrl ?? '') : '',
    position: facts.decision === 'waitlisted' ? String(facts.position) : '',
  };
  const end = [w.reference, ...(contacts.length > 0 ? [w.questions] : []), w.automatic];
  if (facts.decision === 'accepted') {
    const body = [w.greeting, w.accepted, ...(facts.calendarUrl ? [w.calendar] : []), w.acceptedNext, ...end];
    return compose(lang, w.acceptedSubject, body, values, 1);
  }
  if (facts.decision === 'waitlisted') return compose(lang, w.waitlistedSubject, [w.greeting, w.waitlisted, w.waitlistedNext, ...end], values, 1);
  const reasons: ListPart = {
    items: facts.reasons.map((r): ListPart['items'][number] => (r.message ? { template: '{reason}', values: { reason: r.message } } : { template: w.reasonCode, values: { code: r.code } })),
  };
  return compose(lang, w.rejectedSubject, [w.greeting, w.rejected, reasons, ...end], values, 1);
}

/** A verification, for {@link verificationMail}. */
export interface VerificationFacts extends FirmMailFacts {
  /** Coming (a reminder before its date) or overdue (its last day passed). */
  kind: 'coming' | 'overdue';
  /** Its scheduled date, `YYYY-MM-DD`. */
  scheduled: string;
  /** Its last day before it is overdue, `YYYY-MM-DD`. */
  dueBy: string;
}

/**
 * A reminder of a verification, to the firm's contact: that it is coming
 * (sent the definition's `communication.reminderDaysBefore` days before its
 * date), or that it is overdue. Plain text and HTML, every value escaped.
 *
 * @example
 * ```ts
 * const mail = verificationMail(
 *   { kind: 'coming', scheduled: '2010-09-30', dueBy: '2010-10-14',
 *     programme: 'MechNet Varese', firm: 'Officina Rossi S.r.l.', contact: 'Anna Rossi', office: 'Ufficio MechNet' },
 *   { lang: 'en' },
 * );
 * mail.subject; // 'Verification on 30 September 2010: MechNet Varese'
 * ```
 */
export function verificationMail(facts: VerificationFacts, options: { lang?: Lang } = {}): ComposedMail {
  const lang = langOf(options.lang);
  const w = mailCatalogues[lang].verification;
  const { contacts, values: common } = addressed(facts, w.or);
  const values: Record<string, string> = {
    ...common,
    date: formatDate(facts.scheduled, { lang }),
    until: formatDate(facts.dueBy, { lang }),
  };
  const body = [w.greeting, facts.kind === 'coming' ? w.coming : w.overdue, w.arrange, ...(contacts.length > 0 ? [w.questions] : []), w.automatic];
  return compose(lang, facts.kind === 'coming' ? w.comingSubject : w.overdueSubject, body, values, 1);
}

/** One verification of the digest. */
export interface DigestEntry {
  /** The firm's name. */
  firm: string;
  /** The firm's partita IVA. */
  partitaIva: string;
  /** The verification's scheduled date. */
  scheduled: string;
  /** Its last day before it is overdue. */
  dueBy: string;
}

/** What the office's digest says: the verifications due and overdue on a date. */
export interface DigestFacts {
  /** The programme's name, in the message's language. */
  programme: string;
  /** The programme office's name. */
  office: string;
  /** The date of the digest, `YYYY-MM-DD`. */
  date: string;
  /** The verifications due on the date. */
  due: readonly DigestEntry[];
  /** The verifications overdue on the date. */
  overdue: readonly DigestEntry[];
}

/**
 * The programme office's weekly digest: the verifications due and overdue on
 * a date, firm by firm (what `mechnet schedule` shows as due and overdue on
 * that date). Plain text and HTML, every value escaped.
 *
 * @example
 * ```ts
 * const mail = digestMail(
 *   { programme: 'MechNet Varese', office: 'Ufficio MechNet', date: '2010-10-04', overdue: [],
 *     due: [{ firm: 'Officina Rossi S.r.l.', partitaIva: '01234567897', scheduled: '2010-09-30', dueBy: '2010-10-14' }] },
 *   { lang: 'en' },
 * );
 * mail.subject; // 'Verifications on 4 October 2010: 1 due, 0 overdue (MechNet Varese)'
 * ```
 */
export function digestMail(facts: DigestFacts, options: { lang?: Lang } = {}): ComposedMail {
  const lang = langOf(options.lang);
  const w = mailCatalogues[lang].digest;
  const values: Record<string, string> = {
    programme: facts.programme,
    office: facts.office,
    date: formatDate(facts.date, { lang }),
    due: String(facts.due.length),
    overdue: String(facts.overdue.length),
  };
  const list = (entries: readonly DigestEntry[]): Part =>
    entries.length === 0
      ? w.none
      : {
          items: entries.map((e) => ({
            template: w.entry,
            values: { firm: e.firm, piva: e.partitaIva, date: formatDate(e.scheduled, { lang }), until: formatDate(e.dueBy, { lang }) },
          })),
        };
  const body: Part[] = [
    w.greeting,
    w.intro,
    fill(w.due, { count: values.due! }, (x) => x),
    list(facts.due),
    fill(w.overdue, { count: values.overdue! }, (x) => x),
    list(facts.overdue),
    w.schedule,
    w.automatic,
  ];
  return compose(lang, w.subject, body, values, -1);
}
