/**
 * The state of a programme on a date, as the fold of its events builds it:
 * every firm, manager, collaboration and aggregation. The section folders
 * read it in their event guards and views; only folds change it.
 */
import type { ApplicantFirm, EnrolmentApplication, EnrolmentStatus } from '../enrolment/application.js';
import type { Plan } from '../plan/schema.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { EventOf, ProgrammeEvent } from './events.js';
import type { ManagerProfile } from '../analysis/schema.js';
import type { PhaseId } from '../model/schemas.js';
import type { Offer, Need } from '../collaboration/schema.js';

export type { EnrolmentStatus } from '../enrolment/application.js';

/** A phase, or one of the side states a firm can be in. */
export type FirmPhase = PhaseId | 'waitlisted' | 'rejected' | 'withdrawn';

/** One change of a firm's phase or side state. */
export interface PhaseChange {
  phase: FirmPhase;
  date: string;
  author: string;
  event: string;
  reason?: string;
}

/** A manager's assignment to a firm. */
export interface Assignment {
  manager: string;
  since: string;
  budgetDays: number;
  daysUsed: number;
  until?: string;
}

/** A measurement as recorded. */
export type MeasurementEvent = EventOf<'measurement.recorded'>;

/** One purpose's current answer. */
export interface PurposeConsent {
  given: boolean;
  /** When it was given or withdrawn (ISO date-time). */
  at: string;
}

/** Where a firm's consent stands. */
export interface ConsentState {
  /** Version of the privacy notice the latest consent refers to. */
  noticeVersion: string;
  purposes: Record<string, PurposeConsent>;
  /** Every change, oldest first: consent given (with the application or later) and withdrawals. */
  history: { date: string; at: string; kind: 'given' | 'withdrawn'; purposes: Record<string, boolean> }[];
}

/**
 * One application (`enrolment.applied`) as a claim to a firm, under
 * confirmation `pec` (rule-book §2): identified by its event's id, confirmed
 * or not, holding the firm or not.
 */
export interface Claim {
  /** The id of the `enrolment.applied` event. */
  id: string;
  firm: string;
  appliedOn: string;
  /** Its place among the claims (1, 2, 3 ...), in order of application. */
  order: number;
  /** The day it was confirmed, once it was. */
  confirmedOn?: string;
  /** How it was confirmed. */
  confirmedBy?: { by: 'pec-link' | 'officer'; how?: string; event: string };
  /** Whether it holds the firm: the first confirmed claim for its partita IVA. */
  holds: boolean;
  /** An officer's rejection of this claim alone (a claim that does not hold the firm). */
  rejected?: { date: string; reasons: string[]; event: string };
  /** Consent changes for its partita IVA while no claim held the firm: replayed on the firm when this claim is confirmed. */
  consentEvents: (EventOf<'consent.given'> | EventOf<'consent.withdrawn'>)[];
  /** The `enrolment.applied` event itself. */
  applied: EventOf<'enrolment.applied'>;
}

/** The state of one firm, accumulated from its events. */
export interface FirmAccumulator {
  partitaIva: string;
  /** Its place among the firms: in order of application, or under confirmation `pec` in order of confirmation. */
  order: number;
  /** Under confirmation `pec`: the id of the claim (`enrolment.applied`) that holds the firm. */
  claim?: string;
  firm: ApplicantFirm;
  /** The application as submitted, for the eligibility check at acceptance. */
  application: EnrolmentApplication;
  /** The application had parts left out (a public record). */
  redacted?: true;
  /** The application's figures, place and code were generalised (an anonymous record). */
  generalised?: true;
  interests: { kinds: string[]; aggregation: boolean };
  /** The consent given with the application and changed since. */
  consent: ConsentState;
  appliedOn: string;
  /** The day the firm was accepted, once it was. */
  acceptedOn?: string;
  /** The exception an officer granted at acceptance, if any. */
  exception?: { date: string; reason: string; approvedBy: string; waives: string[]; event: string };
  /** The day the firm completed the programme, once it did. */
  completedOn?: string;
  status: EnrolmentStatus;
  statusSince: string;
  phase: FirmPhase;
  /** The last of the six phases reached (kept when the firm is withdrawn). */
  lastPhase: PhaseId;
  history: PhaseChange[];
  assignment?: Assignment;
  assignments: Assignment[];
  analysis?: EventOf<'analysis.recorded'>;
  plan?: { plan: Plan; approvedOn: string; event: string };
  measurements: Map<string, MeasurementEvent[]>;
  verifications: { scheduled: string; date: string; manager?: string; event: string }[];
  figures: EventOf<'firm.figures-recorded'>[];
  offers: Map<string, Offer>;
  needs: Map<string, Need>;
  withdrawal?: { date: string; reason: string };
  /** The erasures of the firm's personal data, oldest first. */
  erasures: { date: string; basis: 'request' | 'retention'; fields: string[] }[];
}

/** Status of a collaboration (§8). */
export type CollaborationStatus = 'proposed' | 'agreed' | 'running' | 'ended';

/** Status of an aggregation (§9). */
export type AggregationStatus = 'proposed' | 'drafting' | 'signed' | 'registered';

/** The state of the whole programme on a date. */
export interface ProgrammeFold {
  definition: ProgrammeDefinition;
  /** The date of the last event folded. */
  lastDate?: string;
  firms: Map<string, FirmAccumulator>;
  managers: Map<string, ManagerProfile & { firms: Set<string> }>;
  collaborations: Map<
    string,
    {
      proposal: EventOf<'collaboration.proposed'>['collaboration'];
      status: CollaborationStatus;
      since: string;
      terms?: EventOf<'collaboration.agreed'>['terms'];
      figures: EventOf<'collaboration.figures-recorded'>[];
    }
  >;
  aggregations: Map<
    string,
    {
      proposal: EventOf<'aggregation.proposed'>['aggregation'];
      status: AggregationStatus;
      since: string;
      draft?: EventOf<'aggregation.drafted'>['draft'];
      signatories: string[];
      registeredBy: Set<string>;
    }
  >;
  /** Firms waiting for a place, in order of application. */
  waitlist: string[];
  /** Ids of the events folded. */
  eventIds: Set<string>;
  /** How many firms are in each status, kept as the events are folded (places taken and eligibility read them without a scan). */
  statusCounts: Record<EnrolmentStatus, number>;
  /** How many `enrolment.applied` events were folded (an application's number is the next). */
  applications: number;
  /**
   * Under confirmation `pec` (rule-book §2): every application as a claim, by
   * the id of its `enrolment.applied` event, in order of application. Only a
   * confirmed claim makes a firm of `firms`. Empty under confirmation `none`.
   */
  claims: Map<string, Claim>;
  /** The place the last firm made took among the firms (a firm handed over to another claim keeps the places unique). */
  lastOrder: number;
}

/** Whether the programme's applications are claims until confirmed (confirmation `pec`). */
export function confirms(state: ProgrammeFold): boolean {
  return state.definition.enrolment?.confirmation === 'pec';
}

/**
 * The `enrolment.applied` event that makes a firm what it is: under
 * confirmation `pec` the claim that holds it (undefined while no claim is
 * confirmed), else the firm's first application. `application` names one
 * claim instead (a contested claim an officer rejects on its own).
 */
export function appliedEventOf(
  state: ProgrammeFold,
  events: readonly ProgrammeEvent[],
  firm: string,
  application?: string,
): EventOf<'enrolment.applied'> | undefined {
  if (confirms(state)) {
    const id = application ?? state.firms.get(firm)?.claim;
    const claim = id === undefined ? undefined : state.claims.get(id);
    return claim && claim.firm === firm ? claim.applied : undefined;
  }
  return events.find((e): e is EventOf<'enrolment.applied'> => e.type === 'enrolment.applied' && e.firm === firm);
}

/** A new, empty state for a definition. */
export function emptyState(definition: ProgrammeDefinition): ProgrammeFold {
  return {
    definition,
    firms: new Map(),
    managers: new Map(),
    collaborations: new Map(),
    aggregations: new Map(),
    waitlist: [],
    eventIds: new Set(),
    statusCounts: { applied: 0, accepted: 0, waitlisted: 0, rejected: 0, withdrawn: 0 },
    applications: 0,
    claims: new Map(),
    lastOrder: 0,
  };
}

/** Changes a firm's enrolment status, keeping the counts by status (by the folds). */
export function setStatus(state: ProgrammeFold, f: FirmAccumulator, status: EnrolmentStatus): void {
  state.statusCounts[f.status] -= 1;
  state.statusCounts[status] += 1;
  f.status = status;
}

/** Records a change of a firm's phase or side state (by the folds). */
export function setPhase(f: FirmAccumulator, phase: FirmPhase, e: ProgrammeEvent, reason?: string): void {
  f.phase = phase;
  if (phase !== 'waitlisted' && phase !== 'rejected' && phase !== 'withdrawn') f.lastPhase = phase;
  f.history.push({ phase, date: e.date, author: e.author, event: e.id, ...(reason ? { reason } : {}) });
}

/** Whether a firm takes part on the state's date: accepted, not withdrawn. */
export function isActive(f: FirmAccumulator | undefined): boolean {
  return f !== undefined && f.status === 'accepted';
}

/**
 * The day a firm left the programme: completed or withdrawn. From then on
 * none of its verifications is due or overdue.
 */
export function exitDate(f: FirmAccumulator): string | undefined {
  return f.withdrawal?.date ?? f.completedOn;
}

/** Places taken: firms accepted and not withdrawn. */
export function placesTaken(state: ProgrammeFold): number {
  return state.statusCounts.accepted;
}

/** Places still free in the programme's capacity. */
export function freePlaces(state: ProgrammeFold): number {
  return Math.max(0, state.definition.eligibility.capacity - state.statusCounts.accepted);
}
