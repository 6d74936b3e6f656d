/**
 * The fold of a record's events into the state of the programme on a date.
 * Every derived view (a firm's phase, its plan, a report) starts from here.
 */
import type { ApplicantFirm, EnrolmentApplication } from '../enrolment/application.js';
import type { Plan } from '../plan/schema.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { EventOf, ManagerProfile, ProgrammeEvent } from '../record/events.js';
import type { PhaseId } from '../model/schemas.js';
import type { Offer, Need } from '../collaboration/schema.js';

/** Where a firm's enrolment stands. */
export type EnrolmentStatus = 'applied' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';

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

/** The state of one firm, accumulated from its events. */
export interface FirmAccumulator {
  partitaIva: string;
  order: number;
  firm: ApplicantFirm;
  /** The application as submitted, for the eligibility check at acceptance. */
  application: EnrolmentApplication;
  interests: { kinds: string[]; aggregation: boolean };
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
}

/** Status of a collaboration (§8). */
export type CollaborationStatus = 'proposed' | 'agreed' | 'running' | 'ended';

/** Status of an aggregation (§9). */
export type AggregationStatus = 'proposed' | 'drafting' | 'signed' | 'registered';

/** The state of the whole programme on a date. */
export interface ProgrammeState {
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
  /** How many firms are accepted (and not withdrawn). */
  acceptedCount: number;
}

/** A new, empty state for a definition. */
export function emptyState(definition: ProgrammeDefinition): ProgrammeState {
  return {
    definition,
    firms: new Map(),
    managers: new Map(),
    collaborations: new Map(),
    aggregations: new Map(),
    waitlist: [],
    eventIds: new Set(),
    acceptedCount: 0,
  };
}

const setPhase = (f: FirmAccumulator, phase: FirmPhase, e: ProgrammeEvent, reason?: string) => {
  f.phase = phase;
  if (phase !== 'waitlisted' && phase !== 'rejected' && phase !== 'withdrawn') f.lastPhase = phase;
  f.history.push({ phase, date: e.date, author: e.author, event: e.id, ...(reason ? { reason } : {}) });
};

/**
 * Folds one event into the state, in place. Assumes the event was checked
 * (by {@link parseRecord} or {@link applyEvent}); unknown references are
 * skipped rather than thrown on.
 */
export function step(state: ProgrammeState, e: ProgrammeEvent): void {
  state.lastDate = e.date;
  state.eventIds.add(e.id);
  switch (e.type) {
    case 'enrolment.applied': {
      if (state.firms.has(e.firm)) return;
      state.firms.set(e.firm, {
        partitaIva: e.firm,
        order: state.firms.size + 1,
        firm: e.application.firm,
        application: e.application,
        interests: e.application.interests,
        appliedOn: e.date,
        status: 'applied',
        statusSince: e.date,
        phase: 'enrolment',
        lastPhase: 'enrolment',
        history: [{ phase: 'enrolment', date: e.date, author: e.author, event: e.id }],
        assignments: [],
        measurements: new Map(),
        verifications: [],
        figures: [],
        offers: new Map(),
        needs: new Map(),
      });
      return;
    }
    case 'manager.registered':
      state.managers.set(e.manager.id, { ...e.manager, firms: new Set() });
      return;
    case 'collaboration.proposed':
      state.collaborations.set(e.collaboration.id, {
        proposal: e.collaboration,
        status: 'proposed',
        since: e.date,
        figures: [],
      });
      return;
    case 'collaboration.agreed':
    case 'collaboration.started':
    case 'collaboration.ended':
    case 'collaboration.figures-recorded': {
      const c = state.collaborations.get(e.collaboration);
      if (!c) return;
      if (e.type === 'collaboration.figures-recorded') c.figures.push(e);
      else {
        c.status = e.type === 'collaboration.agreed' ? 'agreed' : e.type === 'collaboration.started' ? 'running' : 'ended';
        c.since = e.date;
        if (e.type === 'collaboration.agreed' && e.terms) c.terms = e.terms;
      }
      return;
    }
    case 'aggregation.proposed':
      state.aggregations.set(e.aggregation.id, {
        proposal: e.aggregation,
        status: 'proposed',
        since: e.date,
        signatories: [],
        registeredBy: new Set(),
      });
      return;
    case 'aggregation.drafted':
    case 'aggregation.signed':
    case 'aggregation.registered': {
      const a = state.aggregations.get(e.aggregation);
      if (!a) return;
      if (e.type === 'aggregation.drafted') {
        a.draft = e.draft;
        if (a.status === 'proposed') {
          a.status = 'drafting';
          a.since = e.date;
        }
      } else if (e.type === 'aggregation.signed') {
        a.signatories = [...e.signatories];
        a.status = 'signed';
        a.since = e.date;
      } else {
        // Without legal personality the network takes effect when the last
        // signatory has registered it; with legal personality, once.
        if (e.firm) a.registeredBy.add(e.firm);
        const done = a.proposal.legalPersonality || !e.firm || a.signatories.every((s) => a.registeredBy.has(s));
        if (done && a.status !== 'registered') {
          a.status = 'registered';
          a.since = e.date;
        }
      }
      return;
    }
    default:
      break;
  }
  const f = state.firms.get(e.firm);
  if (!f) return;
  switch (e.type) {
    case 'enrolment.accepted':
      if (f.status !== 'accepted') state.acceptedCount += 1;
      f.status = 'accepted';
      f.statusSince = e.date;
      f.acceptedOn ??= e.date;
      if (e.exception) f.exception = { date: e.date, ...e.exception, event: e.id };
      state.waitlist = state.waitlist.filter((x) => x !== e.firm);
      if (f.phase === 'waitlisted') setPhase(f, 'enrolment', e);
      return;
    case 'enrolment.waitlisted':
      f.status = 'waitlisted';
      f.statusSince = e.date;
      if (!state.waitlist.includes(e.firm)) state.waitlist.push(e.firm);
      setPhase(f, 'waitlisted', e);
      return;
    case 'enrolment.rejected':
      f.status = 'rejected';
      f.statusSince = e.date;
      state.waitlist = state.waitlist.filter((x) => x !== e.firm);
      setPhase(f, 'rejected', e, e.reasons.map((r) => r.code).join(', '));
      return;
    case 'firm.withdrawn':
      if (f.status === 'accepted') state.acceptedCount -= 1;
      f.status = 'withdrawn';
      f.statusSince = e.date;
      f.withdrawal = { date: e.date, reason: e.reason };
      state.waitlist = state.waitlist.filter((x) => x !== e.firm);
      if (f.assignment) f.assignment.until = e.date;
      f.assignment = undefined;
      setPhase(f, 'withdrawn', e, e.reason);
      return;
    case 'phase.advanced':
      setPhase(f, e.phase, e);
      if (e.phase === 'completed') f.completedOn = e.date;
      return;
    case 'manager.assigned': {
      if (f.assignment) f.assignment.until = e.date;
      const a: Assignment = { manager: e.manager, since: e.date, budgetDays: e.budgetDays, daysUsed: 0 };
      f.assignment = a;
      f.assignments.push(a);
      state.managers.get(e.manager)?.firms.add(e.firm);
      return;
    }
    case 'manager.days-logged': {
      for (let i = f.assignments.length - 1; i >= 0; i--) {
        const a = f.assignments[i]!;
        if (a.manager === e.manager) {
          a.daysUsed += e.days;
          break;
        }
      }
      return;
    }
    case 'manager.released':
      if (f.assignment?.manager === e.manager) {
        f.assignment.until = e.date;
        f.assignment = undefined;
      }
      state.managers.get(e.manager)?.firms.delete(e.firm);
      return;
    case 'analysis.recorded':
      f.analysis = e;
      return;
    case 'plan.approved':
      f.plan = { plan: e.plan, approvedOn: e.date, event: e.id };
      return;
    case 'measurement.recorded': {
      const list = f.measurements.get(e.indicator);
      if (list) list.push(e);
      else f.measurements.set(e.indicator, [e]);
      return;
    }
    case 'verification.held':
      f.verifications.push({ scheduled: e.scheduled, date: e.date, event: e.id, ...(e.manager ? { manager: e.manager } : {}) });
      return;
    case 'firm.figures-recorded':
      f.figures.push(e);
      return;
    case 'offer.declared':
      f.offers.set(e.offer.id, e.offer);
      return;
    case 'need.declared':
      f.needs.set(e.need.id, e.need);
      return;
    default:
      return;
  }
}

/**
 * Folds a record's events dated up to `asOf` (every event when omitted). A
 * fold never sees an event dated after `asOf`.
 */
export function foldEvents(
  definition: ProgrammeDefinition,
  events: readonly ProgrammeEvent[],
  asOf?: string,
): ProgrammeState {
  const state = emptyState(definition);
  for (const e of events) {
    if (asOf !== undefined && e.date > asOf) break;
    step(state, e);
  }
  return state;
}

/**
 * The day a firm left the programme: completed or withdrawn. From then on
 * none of its verifications is due or overdue.
 */
export function exitDate(f: FirmAccumulator): string | undefined {
  return f.withdrawal?.date ?? f.completedOn;
}

/** Whether a firm takes part on the state's date: accepted, not withdrawn. */
export function isActive(f: FirmAccumulator | undefined): boolean {
  return f !== undefined && f.status === 'accepted';
}
