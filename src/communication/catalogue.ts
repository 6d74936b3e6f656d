/**
 * The words of the programme's messages, one catalogue per language. Each
 * entry is a template: `{name}` stands for a value (a reference, a firm's
 * name) filled in and escaped for the part it goes into (plain text or HTML).
 * The templates are plain text: no markup of their own.
 */

/** The words of the receipt of an application. */
export interface ReceiptWords {
  /** The subject line: `{reference}`, `{programme}`. */
  subject: string;
  /** The salutation: `{contact}`. */
  greeting: string;
  /** That the application arrived: `{firm}`, `{programme}`. */
  received: string;
  /** The reference, to quote: `{reference}`. */
  reference: string;
  /** What happens next: `{office}`. */
  next: string;
  /** A waitlisted application: `{position}`. */
  waitlist: string;
  /** How to reach the office: `{office}`, `{contacts}` (an address, a telephone number). */
  questions: string;
  /** Between the office's address and telephone number. */
  or: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** Every kind of message, in one language. Later kinds (decision, reminders, digest, confirmation) add entries here. */
export interface MailCatalogue {
  /** The receipt of an application, to the firm's contact. */
  receipt: ReceiptWords;
}
