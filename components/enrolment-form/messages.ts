/**
 * The words of the enrolment form. Every language has every key (checked by
 * the type checker and a test); each language is its own module
 * (`messages-it.ts`, `messages-en.ts`), loaded when a page asks for it.
 */
export interface FormMessages {
  title: string;
  /**
   * The line at the top: the programme (isolated), its edition's first and
   * last day, each already with its preposition in the language's own way
   * (`dal 1º marzo 2010`, `al 30 giugno 2012`, `dall'8 marzo`), the last day
   * after "on" for a closed edition (`il 30 giugno 2012`), and whether it is closed.
   */
  edition: (programme: string, fromStart: string, toEnd: string, onEnd: string, closed: boolean) => string;
  /** Without an endpoint, inside a host form: how the application is sent. */
  viaHostForm: string;
  /** Without an endpoint nor a host form: the application cannot be sent from here. */
  noEndpoint: string;
  intro: string;
  required: string;
  optional: string;
  loading: string;
  definitionFailed: (detail: string) => string;
  definitionInvalid: string;
  sections: {
    firm: string;
    seat: string;
    sites: string;
    size: string;
    deMinimis: string;
    contact: string;
    interests: string;
    privacy: string;
  };
  fields: Record<string, string>;
  hints: Record<string, string>;
  legalForms: Record<string, string>;
  artisanActivities: Record<string, string>;
  kinds: Record<string, string>;
  none: string;
  addSite: string;
  removeSite: (n: number) => string;
  site: (n: number) => string;
  addGrant: string;
  removeGrant: (n: number) => string;
  grant: (n: number) => string;
  noGrants: string;
  notEuros: string;
  notNumber: string;
  notWholeNumber: string;
  privacyMandatory: string;
  privacyNotice: (version: string) => string;
  privacyNoticeLink: string;
  privacyNoNoticeLink: string;
  privacyOptional: string;
  privacyWithdraw: (office: string) => string;
  eligibility: {
    heading: string;
    incomplete: string;
    eligible: string;
    notEligible: string;
    warnings: string;
    contact: (office: string, phone: string, email: string) => string;
  };
  summary: (n: number) => string;
  /** After the first problem, in the message a host form shows: how many more (nothing when none). */
  more: (n: number) => string;
  send: string;
  sending: string;
  retry: string;
  cannotSend: string;
  network: string;
  timeout: string;
  server: (status: number) => string;
  /** Too many requests or a busy server: wait this many seconds, then send again. */
  busy: (seconds: number) => string;
  conflict: string;
  refused: string;
  receipt: {
    heading: string;
    reference: (ref: string) => string;
    /** When the application was received: the day with its preposition (`il 7 dicembre 2026`, `l'8 marzo`), and the time. */
    when: (onDay: string, time: string) => string;
    firm: (name: string, piva: string) => string;
    outcomeAccept: string;
    outcomeWaitlist: (position: number) => string;
    /** What happens next: a receipt to the contact's e-mail, then the office's decision. */
    next: (email: string) => string;
    /** Under confirmation `pec`: the link to the PEC address, the last day with its preposition, the receipt to the contact. */
    nextPec: (pec: string, untilDay: string, email: string) => string;
    sent: string;
    print: string;
    /** Forgets the receipt and starts an empty application. */
    again: string;
  };
}
