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
  /** What happens next when the firm must confirm from its PEC address: `{pec}`, `{until}`, `{office}`. */
  confirmNext: string;
  /** A waitlisted application: `{position}`. */
  waitlist: string;
  /** How to reach the office: `{office}`, `{contacts}` (an address, a telephone number). */
  questions: string;
  /** Between the office's address and telephone number. */
  or: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** The words of the message with the one-time confirmation link, to the firm's PEC address. */
export interface ConfirmationWords {
  /** The subject line: `{reference}`, `{programme}`. */
  subject: string;
  /** The salutation: `{firm}`. */
  greeting: string;
  /** What was sent in the firm's name: `{programme}`, `{firm}`, `{piva}`, `{date}`, `{reference}`. */
  claim: string;
  /** The link, if the firm sent it: `{until}`, `{url}`. */
  confirm: string;
  /** If the firm did not send it. */
  notYou: string;
  /** How to reach the office: `{office}`, `{contacts}`. */
  questions: string;
  /** Between the office's address and telephone number. */
  or: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** The words of a decision on an application: accepted, waitlisted or rejected. */
export interface DecisionWords {
  /** The subject line of an acceptance: `{reference}`, `{programme}`. */
  acceptedSubject: string;
  /** The subject line of a place on the waiting list: `{reference}`, `{programme}`. */
  waitlistedSubject: string;
  /** The subject line of a rejection: `{reference}`, `{programme}`. */
  rejectedSubject: string;
  /** The salutation: `{contact}`. */
  greeting: string;
  /** The acceptance: `{firm}`, `{programme}`, `{date}`. */
  accepted: string;
  /** The firm's calendar of verifications, to subscribe to: `{url}`. */
  calendar: string;
  /** What follows an acceptance: `{office}`. */
  acceptedNext: string;
  /** The place on the waiting list: `{firm}`, `{programme}`, `{position}`. */
  waitlisted: string;
  /** What follows a place on the waiting list. */
  waitlistedNext: string;
  /** The rejection, before its reasons: `{firm}`, `{programme}`, `{date}`. */
  rejected: string;
  /** A reason recorded only as a code, without words: `{code}`. */
  reasonCode: string;
  /** The reference, to quote: `{reference}`. */
  reference: string;
  /** How to reach the office: `{office}`, `{contacts}`. */
  questions: string;
  /** Between the office's address and telephone number. */
  or: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** The words of a reminder of a verification, to the firm's contact: coming, or overdue. */
export interface VerificationWords {
  /** The subject line of a verification coming: `{date}`, `{programme}`. */
  comingSubject: string;
  /** The subject line of an overdue verification: `{date}`, `{programme}`. */
  overdueSubject: string;
  /** The salutation: `{contact}`. */
  greeting: string;
  /** A verification coming: `{firm}`, `{programme}`, `{date}`, `{until}`. */
  coming: string;
  /** An overdue verification: `{firm}`, `{programme}`, `{date}`, `{until}`. */
  overdue: string;
  /** What to do: `{office}`. */
  arrange: string;
  /** How to reach the office: `{office}`, `{contacts}`. */
  questions: string;
  /** Between the office's address and telephone number. */
  or: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** The words of the programme office's weekly digest of due and overdue verifications. */
export interface DigestWords {
  /** The subject line: `{date}`, `{programme}`, `{due}`, `{overdue}` (counts). */
  subject: string;
  /** The salutation: `{office}`. */
  greeting: string;
  /** What the digest is: `{programme}`, `{date}`. */
  intro: string;
  /** The heading of the due verifications: `{count}`. */
  due: string;
  /** The heading of the overdue verifications: `{count}`. */
  overdue: string;
  /** An empty list. */
  none: string;
  /** One verification: `{firm}`, `{piva}`, `{date}`, `{until}`. */
  entry: string;
  /** Where to see the whole calendar. */
  schedule: string;
  /** That the message was written by the programme's system. */
  automatic: string;
}

/** Every kind of message, in one language. */
export interface MailCatalogue {
  /** The receipt of an application, to the firm's contact. */
  receipt: ReceiptWords;
  /** The one-time confirmation link, to the firm's PEC address. */
  confirmation: ConfirmationWords;
  /** A decision on an application, to the firm's contact. */
  decision: DecisionWords;
  /** A verification coming or overdue, to the firm's contact. */
  verification: VerificationWords;
  /** The weekly digest of due and overdue verifications, to the programme office. */
  digest: DigestWords;
}
