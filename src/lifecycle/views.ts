/** Views of a record on a date: a firm's state, the cohort, overdue verifications. */
import type { Plan } from '../plan/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { PhaseId } from '../model/schemas.js';
import { addDaysUnchecked, daysBetweenUnchecked } from '../model/calendar.js';
import { statusOn, type VerificationStatus } from '../verification/schedule.js';
import { firmArgument, stateOf, viewDate, viewInput } from './state.js';
import { missingAreas, scheduleOf } from './check.js';
import type {
  AggregationStatus,
  Assignment,
  CollaborationStatus,
  EnrolmentStatus,
  FirmAccumulator,
  FirmPhase,
  MeasurementEvent,
  PhaseChange,
  ProgrammeState,
} from './fold.js';
import { exitDate } from './fold.js';

/** One scheduled verification of one firm. */
export interface FirmVerification {
  scheduled: string;
  status: VerificationStatus;
  /** The day it was held, when held. */
  heldOn?: string;
  manager?: string;
  /** Last day before it is overdue. */
  dueBy: string;
}

/** Where a firm stands on a date. */
export interface FirmState {
  partitaIva: string;
  name: string;
  /** Position in order of application, from 1. */
  order: number;
  asOf: string;
  status: EnrolmentStatus;
  /** A phase, or a side state (waitlisted, rejected, withdrawn). */
  phase: FirmPhase;
  /** The last of the six phases reached. */
  lastPhase: PhaseId;
  /** Every change of phase, with date and author. */
  history: PhaseChange[];
  /** The manager assigned now, with the days of the assignment. */
  manager?: { id: string; name: string } & Assignment;
  assignments: Assignment[];
  analysis?: {
    date: string;
    manager: string;
    areas: { area: string; score?: number; findings?: string }[];
    complete: boolean;
    missing: string[];
  };
  plan?: { plan: Plan; approvedOn: string };
  /** The latest measurement of each indicator. */
  latestMeasurements: Record<string, MeasurementEvent>;
  verifications: FirmVerification[];
  withdrawal?: { date: string; reason: string };
  interests: { kinds: string[]; aggregation: boolean };
}


/**
 * The scheduled verifications that apply to a firm: from its acceptance until
 * it leaves (completes or withdraws). Once it has left, none is due or
 * overdue: one not held is `missed`.
 */
function firmVerifications(state: ProgrammeState, f: FirmAccumulator, asOf: string): FirmVerification[] {
  const start = f.acceptedOn;
  if (start === undefined) return [];
  const end = exitDate(f);
  const grace = state.definition.calendar.verification.graceDays;
  return scheduleOf(state)
    .filter((s) => s >= start && (end === undefined || s < end || (s === end && f.withdrawal === undefined)))
    .map((s) => {
      const held = f.verifications.find((v) => v.scheduled === s);
      const status = statusOn(s, asOf, grace, held !== undefined);
      return {
        scheduled: s,
        status: end !== undefined && (status === 'due' || status === 'overdue') ? 'missed' : status,
        dueBy: addDaysUnchecked(s, grace),
        ...(held ? { heldOn: held.date } : {}),
        ...(held?.manager ? { manager: held.manager } : {}),
      };
    });
}

function view(state: ProgrammeState, f: FirmAccumulator, asOf: string): FirmState {
  const latest: Record<string, MeasurementEvent> = {};
  for (const [id, list] of f.measurements) latest[id] = list[list.length - 1]!;
  const a = f.assignment;
  const missing = f.analysis ? missingAreas(state, f) : [];
  return {
    partitaIva: f.partitaIva,
    name: f.firm.name,
    order: f.order,
    asOf,
    status: f.status,
    phase: f.phase,
    lastPhase: f.lastPhase,
    history: f.history.map((h) => ({ ...h })),
    ...(a ? { manager: { ...a, id: a.manager, name: state.managers.get(a.manager)?.name ?? a.manager } } : {}),
    assignments: f.assignments.map((x) => ({ ...x })),
    ...(f.analysis
      ? {
          analysis: {
            date: f.analysis.date,
            manager: f.analysis.manager,
            areas: f.analysis.areas.map((x) => ({ ...x })),
            complete: missing.length === 0,
            missing,
          },
        }
      : {}),
    ...(f.plan ? { plan: { plan: f.plan.plan, approvedOn: f.plan.approvedOn } } : {}),
    latestMeasurements: latest,
    verifications: firmVerifications(state, f, asOf),
    ...(f.withdrawal ? { withdrawal: { ...f.withdrawal } } : {}),
    interests: { kinds: [...f.interests.kinds], aggregation: f.interests.aggregation },
  };
}

/**
 * Where a firm stands on `asOf` (default: the date of the record's last
 * event): phase and its history with dates and authors, manager and days,
 * analysis, plan, latest measurements and verifications (held, due,
 * overdue, upcoming). Computed by folding the events dated up to `asOf` only,
 * so a past verification is seen exactly as it stood that day. Undefined for
 * a firm that had not applied by then.
 *
 * @example
 * ```ts
 * const s = firmState(record, '02184730121', '2010-12-31');
 * s?.phase;                     // 'analysis'
 * s?.verifications[0]?.status;  // 'held'
 * ```
 */
export function firmState(record: ProgrammeRecord, firm: string, asOf?: string): FirmState | undefined {
  ({ record, asOf } = viewInput(record, asOf));
  firm = firmArgument(firm);
  const date = viewDate(record, asOf);
  const state = stateOf(record, asOf);
  const f = state.firms.get(firm);
  return f ? view(state, f, date) : undefined;
}

/**
 * Every firm's state on a date, in order of application.
 *
 * @example
 * ```ts
 * firmStates(record, '2011-06-30').filter((s) => s.phase === 'plan').length;
 * ```
 */
export function firmStates(record: ProgrammeRecord, asOf?: string): FirmState[] {
  ({ record, asOf } = viewInput(record, asOf));
  const date = viewDate(record, asOf);
  const state = stateOf(record, asOf);
  return [...state.firms.values()].map((f) => view(state, f, date));
}

/** How many firms are in each phase and side state. */
export type PhaseCounts = Record<FirmPhase, number>;

/**
 * How many firms are in each phase and side state on a date.
 *
 * @example
 * ```ts
 * phaseCounts(record, '2010-03-31'); // { enrolment: 0, analysis: 13, plan: 0, … withdrawn: 0 }
 * ```
 */
export function phaseCounts(record: ProgrammeRecord, asOf?: string): PhaseCounts {
  ({ record, asOf } = viewInput(record, asOf));
  const counts: PhaseCounts = {
    enrolment: 0,
    analysis: 0,
    plan: 0,
    collaboration: 0,
    aggregation: 0,
    completed: 0,
    waitlisted: 0,
    rejected: 0,
    withdrawn: 0,
  };
  for (const f of stateOf(record, asOf).firms.values()) counts[f.phase] += 1;
  return counts;
}

/** A verification not held in time. */
export interface OverdueVerification {
  firm: string;
  name: string;
  scheduled: string;
  /** Days since it became overdue (after the grace period). */
  daysOverdue: number;
}

/**
 * Every verification overdue on a date (past its grace period and not held),
 * oldest first.
 *
 * @example
 * ```ts
 * overdueVerifications(record, '2011-01-31').map((o) => `${o.name} ${o.scheduled}`);
 * ```
 */
export function overdueVerifications(record: ProgrammeRecord, asOf?: string): OverdueVerification[] {
  ({ record, asOf } = viewInput(record, asOf));
  const date = viewDate(record, asOf);
  const state = stateOf(record, asOf);
  const out: OverdueVerification[] = [];
  for (const f of state.firms.values()) {
    for (const v of firmVerifications(state, f, date)) {
      if (v.status === 'overdue') {
        out.push({ firm: f.partitaIva, name: f.firm.name, scheduled: v.scheduled, daysOverdue: daysBetweenUnchecked(v.dueBy, date) });
      }
    }
  }
  return out.sort((a, b) => (a.scheduled < b.scheduled ? -1 : a.scheduled > b.scheduled ? 1 : a.firm < b.firm ? -1 : 1));
}

/**
 * The waitlisted firms that should be accepted on a date because places are
 * free, in the order they applied.
 *
 * @example
 * ```ts
 * for (const firm of promotableFromWaitlist(record, '2010-12-01')) {
 *   record = applyEvent(record, { type: 'enrolment.accepted', firm, date: '2010-12-01', … });
 * }
 * ```
 */
export function promotableFromWaitlist(record: ProgrammeRecord, asOf?: string): string[] {
  ({ record, asOf } = viewInput(record, asOf));
  const state = stateOf(record, asOf);
  const free = Math.max(0, state.definition.eligibility.capacity - state.acceptedCount);
  return state.waitlist.slice(0, free);
}

/** A collaboration as it stands on a date. */
export interface CollaborationView {
  id: string;
  kind: string;
  title: string;
  firms: string[];
  lead?: string;
  status: CollaborationStatus;
  /** Date of the last change of status. */
  since: string;
  estimatedAnnualAdvantageCents?: number;
  /** How many periods have figures. */
  periods: number;
}

/**
 * The collaborations of a record on a date, with their status (proposed,
 * agreed, running, ended).
 *
 * @example
 * ```ts
 * collaborations(record, '2011-06-30').filter((c) => c.status === 'running').map((c) => c.title);
 * ```
 */
export function collaborations(record: ProgrammeRecord, asOf?: string): CollaborationView[] {
  ({ record, asOf } = viewInput(record, asOf));
  return [...stateOf(record, asOf).collaborations.values()].map((c) => ({
    id: c.proposal.id,
    kind: c.proposal.kind,
    title: c.proposal.title,
    firms: [...c.proposal.firms],
    ...(c.proposal.lead ? { lead: c.proposal.lead } : {}),
    status: c.status,
    since: c.since,
    ...(c.proposal.estimatedAnnualAdvantageCents !== undefined
      ? { estimatedAnnualAdvantageCents: c.proposal.estimatedAnnualAdvantageCents }
      : {}),
    periods: c.figures.length,
  }));
}

/** An aggregation as it stands on a date. */
export interface AggregationView {
  id: string;
  form: string;
  name: string;
  legalPersonality: boolean;
  firms: string[];
  status: AggregationStatus;
  since: string;
  signatories: string[];
  /** Signatories that have registered it in their own entry of the companies register. */
  registeredBy: string[];
}

/**
 * The aggregations of a record on a date. A network contract without legal
 * personality is `registered` once the last signatory has registered it.
 *
 * @example
 * ```ts
 * aggregations(record, '2012-03-31')[0]?.status; // 'registered'
 * ```
 */
export function aggregations(record: ProgrammeRecord, asOf?: string): AggregationView[] {
  ({ record, asOf } = viewInput(record, asOf));
  return [...stateOf(record, asOf).aggregations.values()].map((a) => ({
    id: a.proposal.id,
    form: a.proposal.form,
    name: a.proposal.name,
    legalPersonality: a.proposal.legalPersonality === true,
    firms: [...a.proposal.firms],
    status: a.status,
    since: a.since,
    signatories: [...a.signatories],
    registeredBy: [...a.registeredBy],
  }));
}
