/**
 * The applications an officer decides (rule-book §2): those awaiting a
 * decision or on the waitlist, each with its eligibility on the day, and
 * under confirmation `pec` the claims not yet confirmed and the contested
 * ones. One place for `mechnet applications` and the desk.
 */
import type { EnrolmentApplication } from '../../enrolment/application.js';
import { deadlineOf } from '../../enrolment/confirmation.js';
import { checkEligibility } from '../../enrolment/eligibility.js';
import { applicationReference, contestedApplications, enrolledFirms, referenceOf } from '../../enrolment/views.js';
import type { Lang } from '../../i18n/lang.js';
import { stateOf } from '../../lifecycle/state.js';
import { firmStates } from '../../lifecycle/views.js';
import { resolveDefinition } from '../../programme/resolve.js';
import { appliedEventOf, confirms, type EnrolmentStatus } from '../../record/state.js';
import type { ProgrammeRecord } from '../../record/schema.js';

/** An application in the queue: awaiting a decision or on the waitlist. */
export interface QueuedApplication {
  reference: string;
  partitaIva: string;
  name: string;
  appliedOn: string;
  status: EnrolmentStatus;
  /** What the rules say on the day: accept, waitlist (with the place) or reject. */
  outcome?: 'accept' | 'waitlist' | 'reject';
  waitlistPosition?: number;
  /** The reasons that count (errors and warnings), in the language asked. */
  reasons: { severity: 'error' | 'warning'; path: (string | number)[]; code: string; message: string }[];
}

/** A claim under confirmation `pec`: not yet confirmed, or contested. */
export interface QueuedClaim {
  reference: string;
  /** The id of its `enrolment.applied` (what `enrolment.rejected` names in `application`). */
  application: string;
  partitaIva: string;
  name: string;
  appliedOn: string;
  /** The last day its link confirms. */
  linkUntil?: string;
  /** The reference of the claim that holds the firm (contested only). */
  heldBy?: string;
  confirmedOn?: string;
}

/** The queue of a record on a day. */
export interface ApplicationQueue {
  programme: string;
  asOf: string;
  pending: QueuedApplication[];
  unconfirmed: QueuedClaim[];
  contested: QueuedClaim[];
}

/** Every application of the record whose reference, partita IVA or name holds `find` (decided ones too), else the pending ones. */
export function applicationQueue(record: ProgrammeRecord, asOf: string, lang: Lang, find?: string): ApplicationQueue {
  const definition = resolveDefinition(record);
  const lower = (x: string) => x.toLocaleLowerCase('it');
  const waiting = (s: EnrolmentStatus) => s === 'applied' || s === 'waitlisted';
  const state = stateOf(record);
  const pending: QueuedApplication[] = [];
  for (const f of firmStates(record)) {
    const reference = applicationReference(record, f.partitaIva) ?? '';
    if (find === undefined ? !waiting(f.status) : ![reference, f.partitaIva, f.name].some((x) => lower(x).includes(lower(find)))) continue;
    const entry: QueuedApplication = { reference, partitaIva: f.partitaIva, name: f.name, appliedOn: f.appliedOn, status: f.status, reasons: [] };
    const applied = appliedEventOf(state, record.events, f.partitaIva);
    if (waiting(f.status) && applied) {
      const ahead = enrolledFirms(record, { before: f.partitaIva });
      const r = checkEligibility(definition, applied.application as EnrolmentApplication, { enrolled: ahead, asOf, lang });
      entry.outcome = r.outcome;
      if (r.waitlistPosition) entry.waitlistPosition = r.waitlistPosition;
      entry.reasons = r.reasons
        .filter((x) => x.severity !== 'info')
        .map((x) => ({ severity: x.severity as 'error' | 'warning', path: [...x.path], code: x.code, message: x.message }));
    }
    pending.push(entry);
  }
  const unconfirmed: QueuedClaim[] = [];
  const contested: QueuedClaim[] = [];
  const at = stateOf(record, asOf);
  if (find === undefined && confirms(at)) {
    const id = definition.id;
    for (const c of at.claims.values()) {
      if (c.confirmedOn !== undefined || c.rejected || at.firms.has(c.firm)) continue;
      unconfirmed.push({
        reference: referenceOf(id, c.order),
        application: c.id,
        partitaIva: c.firm,
        name: c.applied.application.firm.name,
        appliedOn: c.appliedOn,
        linkUntil: deadlineOf(at.definition, c.appliedOn)!,
      });
    }
    for (const x of contestedApplications(record, { asOf, lang })) {
      const c = at.claims.get(x.application)!;
      const held = at.claims.get(x.heldBy);
      contested.push({
        reference: referenceOf(id, c.order),
        application: c.id,
        partitaIva: c.firm,
        name: c.applied.application.firm.name,
        appliedOn: c.appliedOn,
        heldBy: held ? referenceOf(id, held.order) : x.heldBy,
        ...(c.confirmedOn !== undefined ? { confirmedOn: c.confirmedOn } : {}),
      });
    }
  }
  return { programme: definition.id, asOf, pending, unconfirmed, contested };
}
