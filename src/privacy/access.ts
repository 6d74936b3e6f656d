/**
 * Access (GDPR art. 15, rule-book §12): everything a record holds about a
 * firm and its people, as plain JSON to hand over.
 */
import * as z from 'zod/mini';
import type { StoredApplication } from '../enrolment/application.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { Lang } from '../i18n/lang.js';
import { checkedRecord } from '../lifecycle/parse-record.js';
import { stateOf } from '../lifecycle/state.js';
import { ensure, ensureText, guarded, langOf } from '../model/guard.js';
import { LangSchema } from '../model/schemas.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { EventOf, ProgrammeEvent } from '../record/events.js';
import { appliedEventOf, type ConsentState, type EnrolmentStatus } from '../record/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { eventsNaming } from './mentions.js';

/** Options of {@link subjectAccess}. */
export interface SubjectAccessOptions {
  /** Language of errors. */
  lang?: Lang;
}

const OptionsSchema = z.object({ lang: z.optional(LangSchema) });

/** What a record holds about one firm and its people (see {@link subjectAccess}). */
export interface SubjectAccess {
  /** The programme's id. */
  programme: string;
  /** The firm's partita IVA. */
  firm: string;
  /** The firm's name. */
  name: string;
  /** Where its enrolment stands now. */
  status: EnrolmentStatus;
  /** The application as stored (`{ redacted: true }` where it was erased). */
  application: StoredApplication;
  /** The consent as it stands, and every change of it (given with the application, given later, withdrawn). */
  consent: ConsentState;
  /** Every event that names the firm, as stored, in record order: its own, and the collaborations and aggregations that list it. */
  events: ProgrammeEvent[];
  /** The erasures of its personal data: who, when, why, which fields. */
  erasures: EventOf<'erasure'>[];
}

/**
 * Everything a record holds about a firm and its people, for an access
 * request (GDPR art. 15, rule-book §12): its application as stored, its
 * consent and the history of it, every event that names it (its own events;
 * the collaborations and aggregations that list it as a member, user, owner,
 * participant or signatory, with every later event of theirs), and the
 * erasures of its data. Plain JSON (copies, no Maps), ready for
 * `JSON.stringify`.
 *
 * @param record - a programme record (checked with every rule when the library did not make it)
 * @param firm - the firm's partita IVA
 * @throws {@link MechnetError} `invalid_input` (`unknown_firm`) when no application has that partita IVA
 *
 * @example
 * ```ts
 * const answer = subjectAccess(record, '02644180123');
 * answer.application.contact;   // { name: 'Chiara Sironi', role: ..., email: ..., phone: ... }
 * answer.events.length;         // every event naming the firm
 * writeFileSync('access-02644180123.json', JSON.stringify(answer, null, 2));
 * ```
 */
export function subjectAccess(record: ProgrammeRecord, firm: string, options: SubjectAccessOptions = {}): SubjectAccess {
  const lang = langOf(options);
  return guarded(options, () => {
    ensure(OptionsSchema, options ?? {}, ['options'], lang);
    const piva = ensureText(firm, ['firm'], lang);
    const full = checkedRecord(record, lang);
    const state = stateOf(full);
    const f = state.firms.get(piva);
    const applied = appliedEventOf(state, full.events, piva);
    if (!f || !applied) throw new MechnetError('invalid_input', [makeIssue('unknown_firm', ['firm'], { name: piva }, lang)], lang);
    const events = eventsNaming(full.events, piva).map((i) => full.events[i]!);
    return structuredClone({
      programme: resolveDefinition(full, { lang }).id,
      firm: piva,
      name: f.firm.name,
      status: f.status,
      application: applied.application,
      consent: f.consent,
      events,
      erasures: events.filter((e): e is EventOf<'erasure'> => e.type === 'erasure'),
    });
  });
}
