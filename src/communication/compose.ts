/**
 * Messages composed from the catalogues: the same words as plain text and as
 * HTML, every value from outside escaped for the part it goes into.
 */
import type { Lang } from '../i18n/lang.js';
import { htmlText, terminalSafe } from '../model/escape.js';
import type { MailCatalogue } from './catalogue.js';
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

/**
 * A message from paragraphs of templates: the subject and each paragraph
 * filled once for the text part and once for the HTML part. The paragraph
 * at `strong` is shown in bold in HTML.
 */
function compose(lang: Lang, subject: string, paragraphs: readonly string[], values: Readonly<Record<string, string>>, strong: number): ComposedMail {
  const subjectLine = fill(subject, values, plain);
  const text = `${paragraphs.map((p) => fill(p, values, plain)).join('\n\n')}\n`;
  const body = paragraphs.map((p, i) => (i === strong ? `<p><strong>${fill(p, values, htmlText)}</strong></p>` : `<p>${fill(p, values, htmlText)}</p>`)).join('\n');
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${fill(subject, values, htmlText)}</title>\n</head>\n` +
    `<body style="font-family: sans-serif; line-height: 1.5;">\n${body}\n</body>\n</html>\n`;
  return { language: lang, subject: subjectLine, text, html };
}

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
  const lang: Lang = options.lang === 'en' ? 'en' : 'it';
  const w = mailCatalogues[lang].receipt;
  const contacts = [facts.officeEmail, facts.officePhone].filter((x): x is string => typeof x === 'string' && x !== '');
  const values: Record<string, string> = {
    programme: facts.programme,
    reference: facts.reference,
    firm: facts.firm,
    contact: facts.contact,
    office: facts.office,
    contacts: contacts.join(w.or),
    position: facts.waitlistPosition === undefined ? '' : String(facts.waitlistPosition),
  };
  const paragraphs = [
    w.greeting,
    w.received,
    w.reference,
    ...(facts.waitlistPosition !== undefined ? [w.waitlist] : []),
    w.next,
    ...(contacts.length > 0 ? [w.questions] : []),
    w.automatic,
  ];
  return compose(lang, w.subject, paragraphs, values, 2);
}
