/**
 * Views of the enrolment of a record (rule-book §2): consent, the waitlist,
 * the firms already enrolled as the eligibility rules count them, and the
 * `enrolment.applied` event that records a new application. The server and
 * the command line both use these, so they count places and duplicates the
 * same way.
 */
import { firmArgument, viewOf, ViewOptionsSchema, type ViewOptions } from '../lifecycle/state.js';
import * as z from 'zod/mini';
import { ensure, guarded, langOf } from '../model/guard.js';
import { IsoDate, LangSchema, Text } from '../model/schemas.js';
import type { EventOf } from '../record/events.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { confirms, freePlaces, type ConsentState, type ProgrammeFold } from '../record/state.js';
import type { Lang } from '../i18n/lang.js';
import { applicationChecked, type ApplicationCheck, type EnrolledFirm } from './eligibility.js';
import type { Enrolment } from './rules.js';

/**
 * A firm's consent on a date, from its application and its later
 * `consent.given` and `consent.withdrawn` events. A withdrawal never erases
 * the record of the consent given before: both stay in `history`. Undefined
 * when the firm had not applied by then.
 *
 * @example
 * ```ts
 * consentState(record, '02184730121')?.purposes['publish-figures']?.given; // true or false
 * ```
 */
export function consentState(record: ProgrammeRecord, firm: string, options?: ViewOptions): ConsentState | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const c = v.state.firms.get(firmArgument(firm, v.lang))?.consent;
    return c && { noticeVersion: c.noticeVersion, purposes: structuredClone(c.purposes), history: structuredClone(c.history) };
  });
}

/**
 * The waitlisted firms that should be accepted on a date because places are
 * free, in the order they applied.
 *
 * @example
 * ```ts
 * for (const firm of promotableFromWaitlist(record, { asOf: '2010-12-01' })) {
 *   record = applyEvent(record, { type: 'enrolment.accepted', firm, date: '2010-12-01', … });
 * }
 * ```
 */
export function promotableFromWaitlist(record: ProgrammeRecord, options?: ViewOptions): string[] {
  return guarded(options, () => {
    const { state } = viewOf(record, options);
    return state.waitlist.slice(0, freePlaces(state));
  });
}

/** Options of {@link enrolledFirms}. */
export interface EnrolledFirmsOptions extends ViewOptions {
  /** Only the firms that applied before this one (its partita IVA): those ahead of it in the queue. */
  before?: string;
}

/**
 * The firms of a record on a date, in the order they applied, with where
 * each stands (under confirmation `pec`, only the firms whose claim is
 * confirmed, in order of confirmation): what {@link checkEligibility}'s `enrolled` option counts for
 * duplicates, capacity and the waitlist.
 *
 * @example
 * ```ts
 * const ahead = enrolledFirms(record, { before: '02184730121' });
 * checkEligibility(definition, application, { enrolled: ahead, asOf: '2010-04-01' });
 * ```
 */
export function enrolledFirms(record: ProgrammeRecord, options?: EnrolledFirmsOptions): EnrolledFirm[] {
  return guarded(options, () => {
    const v = viewOf(record, options, EnrolledFirmsOptionsSchema);
    const before = v.options.before;
    const limit = before === undefined ? Infinity : (v.state.firms.get(before)?.order ?? Infinity);
    const out: EnrolledFirm[] = [];
    for (const f of v.state.firms.values()) {
      if (f.order < limit) out.push({ partitaIva: f.partitaIva, status: f.status });
    }
    return out;
  });
}

/** A claim that is contested: see {@link contestedApplications}. */
export interface ContestedApplication {
  /** The id of its `enrolment.applied` event. */
  application: string;
  /** The partita IVA it claims. */
  firm: string;
  appliedOn: string;
  /** The day it was confirmed, if it was. */
  confirmedOn?: string;
  /** The id of the `enrolment.applied` event of the claim that holds the firm (the first confirmed). */
  heldBy: string;
}

/**
 * The contested applications of a record on a date (rule-book §2, under
 * confirmation `pec`): every claim for a partita IVA already held by another
 * claim, the first one confirmed, in order of application, until an
 * officer decides it with a reason (an `enrolment.rejected` naming the
 * claim in `application`). Empty under confirmation `none`, where a second
 * application for a partita IVA is refused.
 *
 * @example
 * ```ts
 * contestedApplications(record, { asOf: '2010-04-20' });
 * // [{ application: 'app-0007', firm: '02184730121', appliedOn: '2010-04-12', heldBy: 'app-0003' }]
 * ```
 */
export function contestedApplications(record: ProgrammeRecord, options?: ViewOptions): ContestedApplication[] {
  return guarded(options, () => {
    const { state } = viewOf(record, options);
    const out: ContestedApplication[] = [];
    for (const c of state.claims.values()) {
      const heldBy = state.firms.get(c.firm)?.claim;
      if (heldBy === undefined || heldBy === c.id || c.rejected) continue;
      out.push({ application: c.id, firm: c.firm, appliedOn: c.appliedOn, ...(c.confirmedOn !== undefined ? { confirmedOn: c.confirmedOn } : {}), heldBy });
    }
    return out;
  });
}

const EnrolledFirmsOptionsSchema = z.object({ ...ViewOptionsSchema.shape, before: z.optional(z.string()) });

/** Options of {@link receiveApplication}. */
export interface ReceiveOptions {
  /** The day the application arrives, `YYYY-MM-DD`: the event's date and the date of the checks. */
  asOf: string;
  /** Who records it (the form, an office). */
  author: string;
  /** Language of the reasons. Default `it`. */
  lang?: 'it' | 'en';
}

const ReceiveOptionsSchema = z.object({ asOf: IsoDate, author: Text, lang: z.optional(LangSchema) });

/** What {@link receiveApplication} found: the checks, and the event to store when the application may be stored. */
export interface ReceivedApplication extends ApplicationCheck {
  /** The `enrolment.applied` event, when the application is well formed, not a duplicate and not rejected by a rule. */
  event?: EventOf<'enrolment.applied'>;
  /**
   * The application's number in the programme (1, 2, 3 ...: its place among
   * the applications), with the event; the reference made from it is
   * {@link applicationReference}'s once the event is stored.
   */
  number?: number;
  /**
   * The reference the application will have once its event is stored (as
   * {@link applicationReference} gives it then): under confirmation `pec` its
   * claim's place among the applications, else the place among the firms of
   * the firm it makes.
   */
  reference?: string;
}

/**
 * Checks an application received from outside (a value or JSON text) against
 * a record on a day, and builds the `enrolment.applied` event that records it:
 * id `app-NNNN` after the applications already there, dated `asOf`, authored
 * by `author`. No event when the application is malformed, applies twice for
 * one partita IVA, or breaks a rule (`outcome: 'reject'`); its reasons say
 * why. The event still has to go through {@link applyEvent}.
 *
 * @example
 * ```ts
 * const received = receiveApplication(record, await request.text(), { asOf: '2010-04-01', author: 'Modulo online' });
 * if (received.event) record = applyEvent(record, received.event);
 * else console.log(received.reasons.filter((r) => r.severity === 'error'));
 * ```
 */
export function receiveApplication(record: ProgrammeRecord, input: unknown, options: ReceiveOptions): ReceivedApplication {
  return guarded(options, () => {
    const lang = langOf(options);
    const { asOf, author } = ensure(ReceiveOptionsSchema, options, ['options'], lang);
    const v = viewOf(record, { lang });
    return receivedIn(v.state, input, asOf, author, lang);
  });
}

/**
 * {@link receiveApplication} against the fold of a record (the server keeps
 * one in memory), the options already checked. @internal
 */
export function receivedIn(state: ProgrammeFold, input: unknown, asOf: string, author: string, lang: Lang): ReceivedApplication {
  return guarded({ lang }, () => {
    const definition = state.definition;
    // The enrolments before it, from the fold: an index and counts, the same at 100 firms as at 100,000.
    const counts = state.statusCounts;
    const enrolment: Enrolment = { has: (k) => state.firms.has(k), taken: counts.accepted + counts.applied, waiting: counts.waitlisted };
    let check = applicationChecked(definition, input, { asOf, lang }, enrolment);
    // Under confirmation `pec` a second application for a partita IVA is a second claim, stored (rule-book §2): not judged a duplicate.
    const piva = check.application?.firm.partitaIva;
    const held = piva === undefined ? undefined : state.firms.get(piva);
    if (confirms(state) && held && check.reasons.some((r) => r.code === 'duplicate')) {
      const status = held.status;
      const taken = enrolment.taken - (status === 'accepted' || status === 'applied' ? 1 : 0);
      const waiting = enrolment.waiting - (status === 'waitlisted' ? 1 : 0);
      check = applicationChecked(definition, input, { asOf, lang }, { has: (k) => k !== piva && state.firms.has(k), taken, waiting });
    }
    if (!check.application || check.outcome === 'reject' || check.reasons.some((r) => r.code === 'duplicate')) return check;
    // The application's number: its place among the applications. The id is kept apart: `app-NNNN` may be taken by another event.
    const number = state.applications + 1;
    let id: string;
    let n = number - 1;
    do id = `app-${String(++n).padStart(4, '0')}`;
    while (state.eventIds.has(id));
    const event = {
      id,
      type: 'enrolment.applied',
      date: asOf,
      author,
      firm: check.application.firm.partitaIva,
      application: check.application,
    } as EventOf<'enrolment.applied'>;
    const reference = referenceOf(definition.id, confirms(state) ? number : state.lastOrder + 1);
    return { ...check, event, number, reference };
  });
}

/**
 * The reference of a firm's application, as the firm's receipt shows it and
 * an officer looks it up: the programme's id in capitals and the place of
 * the firm's `enrolment.applied` among the applications, in four digits
 * (`MECHNET-VARESE-2010-0003` for the third). Undefined when the firm has not
 * applied (by `asOf`, when given), or under confirmation `pec` has no
 * confirmed application yet (the reference is then the confirmed claim's).
 *
 * @example
 * ```ts
 * applicationReference(record, '02184730121'); // 'MECHNET-VARESE-2010-0001'
 * applicationReference(record, '99999999999'); // undefined
 * ```
 */
export function applicationReference(record: ProgrammeRecord, firm: string, options?: ViewOptions): string | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const f = v.state.firms.get(firmArgument(firm, v.lang));
    // Under confirmation `pec` a firm's order is its order of confirmation: its reference stays its claim's place among the applications.
    const order = f?.claim !== undefined ? (v.state.claims.get(f.claim)?.order ?? f.order) : f?.order;
    return order === undefined ? undefined : referenceOf(v.state.definition.id, order);
  });
}

/** The reference of the `order`-th application to a programme. */
export function referenceOf(programme: string, order: number): string {
  return `${programme.toUpperCase()}-${String(order).padStart(4, '0')}`;
}
