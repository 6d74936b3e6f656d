/** Views of the firms of a record on a date (rule-book §3): where each firm stands, and how many are in each phase. */
import type { ApplicantFirm } from '../enrolment/application.js';
import { missingAreas } from '../analysis/rules.js';
import { PHASES, type PhaseId } from '../model/schemas.js';
import type { Plan } from '../plan/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';
import {
  placesTaken,
  type Assignment,
  type EnrolmentStatus,
  type FirmAccumulator,
  type FirmPhase,
  type MeasurementEvent,
  type PhaseChange,
  type ProgrammeFold,
} from '../record/state.js';
import { firmVerifications, scheduleOf, type FirmVerification } from '../verification/rules.js';
import { overdueOf } from '../verification/views.js';
import { firmArgument, viewOf, type ViewOptions } from './state.js';
import { guarded } from '../model/guard.js';

/** Where a firm stands on a date. */
export interface FirmState {
  partitaIva: string;
  name: string;
  /** Position in order of application, from 1. */
  order: number;
  /** The date of the view. */
  asOf: string;
  /** The firm as it declared itself in its application (name, seat, ATECO code, size...). */
  firm: ApplicantFirm;
  appliedOn: string;
  status: EnrolmentStatus;
  /** Since when the firm has its status. */
  statusSince: string;
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
  /** The day the firm completed the programme, once it did. */
  completedOn?: string;
  interests: { kinds: string[]; aggregation: boolean };
}

function view(state: ProgrammeFold, f: FirmAccumulator, asOf: string): FirmState {
  const latest: Record<string, MeasurementEvent> = {};
  for (const [id, list] of f.measurements) latest[id] = list[list.length - 1]!;
  const a = f.assignment;
  const missing = f.analysis ? missingAreas(state, f) : [];
  return {
    partitaIva: f.partitaIva,
    name: f.firm.name,
    order: f.order,
    asOf,
    firm: f.firm,
    appliedOn: f.appliedOn,
    status: f.status,
    statusSince: f.statusSince,
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
    ...(f.completedOn ? { completedOn: f.completedOn } : {}),
    interests: { kinds: [...f.interests.kinds], aggregation: f.interests.aggregation },
  };
}

/**
 * Where a firm stands on `asOf` (default: the date of the record's last
 * event): its application, status and phase with their history (dates and
 * authors), manager and days, analysis, plan, latest measurements and
 * verifications (held, due, overdue, upcoming, missed). Computed by folding
 * the events dated up to `asOf` only, so a past verification is seen exactly
 * as it stood that day. Undefined for a firm that had not applied by then.
 *
 * @example
 * ```ts
 * const s = firmState(record, '02184730121', { asOf: '2010-12-31' });
 * s?.phase;                     // 'plan'
 * s?.verifications[0]?.status;  // 'held'
 * ```
 */
export function firmState(record: ProgrammeRecord, firm: string, options?: ViewOptions): FirmState | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const f = v.state.firms.get(firmArgument(firm, v.lang));
    return f ? view(v.state, f, v.date) : undefined;
  });
}

/**
 * Every firm's state on a date, in order of application: those that applied,
 * were accepted, waitlisted, rejected, or withdrew. Also what an eligibility
 * check takes as the firms already enrolled.
 *
 * @example
 * ```ts
 * firmStates(record, { asOf: '2011-06-30' }).filter((s) => s.phase === 'plan').length;
 * checkEligibility(mechnetDefinition, application, { enrolled: firmStates(record) });
 * ```
 */
export function firmStates(record: ProgrammeRecord, options?: ViewOptions): FirmState[] {
  return guarded(options, () => {
    const v = viewOf(record, options);
    return [...v.state.firms.values()].map((f) => view(v.state, f, v.date));
  });
}

/** Where one phase of the programme stands for a firm. */
export interface PhaseStep {
  phase: PhaseId;
  /**
   * `done` (passed), `current` (the firm is in it), `reached` (the last
   * phase of a firm that then left: waitlisted, rejected or withdrawn) or
   * `todo`.
   */
  step: 'done' | 'current' | 'reached' | 'todo';
  /** The day the firm last entered the phase, when it did. */
  since?: string;
}

/** A firm's path through the programme's phases on a date. */
export interface PhasePath {
  steps: PhaseStep[];
  /** The side state the firm left the path for, and since when. */
  left?: { state: 'waitlisted' | 'rejected' | 'withdrawn'; since: string };
}

/**
 * A firm's path through the programme's phases on a date (rule-book §3):
 * every phase of the definition in order, passed, current or to come, with
 * the day the firm entered it; for a firm that left the path (waitlisted,
 * rejected, withdrawn), the last phase it reached and since when it left.
 * Undefined for a firm that had not applied by then.
 *
 * @example
 * ```ts
 * const path = firmPhasePath(record, '02184730121', { asOf: '2011-12-31' });
 * path?.steps.map((s) => s.step); // ['done', 'done', 'done', 'done', 'current', 'todo']
 * ```
 */
export function firmPhasePath(record: ProgrammeRecord, firm: string, options?: ViewOptions): PhasePath | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const f = v.state.firms.get(firmArgument(firm, v.lang));
    if (!f) return undefined;
    const s = view(v.state, f, v.date);
    const left = s.phase === 'waitlisted' || s.phase === 'rejected' || s.phase === 'withdrawn' ? s.phase : undefined;
    const phases = v.state.definition.phases;
    const at = phases.findIndex((p) => p.id === (left ? s.lastPhase : s.phase));
    const entered = (phase: string) => s.history.filter((h) => h.phase === phase).at(-1)?.date;
    const steps = phases.map((p, i): PhaseStep => {
      const step = i < at ? 'done' : i > at ? 'todo' : left ? 'reached' : 'current';
      const since = step === 'todo' ? undefined : entered(p.id);
      return { phase: p.id, step, ...(since ? { since } : {}) };
    });
    return { steps, ...(left ? { left: { state: left, since: entered(left) ?? s.statusSince } } : {}) };
  });
}

/** How many firms are in each phase and side state. */
export type PhaseCounts = Record<FirmPhase, number>;

/**
 * How many firms are in each phase and side state on a date.
 *
 * @example
 * ```ts
 * phaseCounts(record, { asOf: '2010-03-31' }); // { enrolment: 0, analysis: 13, plan: 0, … withdrawn: 0 }
 * ```
 */
export function phaseCounts(record: ProgrammeRecord, options?: ViewOptions): PhaseCounts {
  return guarded(options, () => countPhases(viewOf(record, options).state));
}

/** The firms per phase of a state. */
export function countPhases(state: ProgrammeFold): PhaseCounts {
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
  for (const f of state.firms.values()) counts[f.phase] += 1;
  return counts;
}

/** How many firms went through each phase of the path: entered it, then moved on to a later phase. */
export type PassedCounts = Record<PhaseId, number>;

/**
 * How many firms went through each phase of the programme's path by a date
 * (rule-book §3): a firm passed a phase when, by then, it had reached a later
 * phase of the definition's path. A firm that left the path (waitlisted,
 * rejected, withdrawn) passed the phases before the last one it reached, not
 * that one; the last phase (`completed`) has no phase after it, so none
 * passed it. Beside {@link phaseCounts} (the firms in each phase on the
 * date): a phase that shows 0 firms may have been passed by all of them.
 *
 * @example
 * ```ts
 * // The sample record: 13 firms accepted on 1 March 2010, all in analysis by 19 March;
 * // one withdrew from analysis, the other 12 went on to the plan, collaboration and aggregation.
 * passedCounts(record, { asOf: '2012-03-31' });
 * // { enrolment: 13, analysis: 12, plan: 12, collaboration: 12, aggregation: 0, completed: 0 }
 * phaseCounts(record, { asOf: '2012-03-31' }).aggregation; // 12: the firms in it now
 * ```
 */
export function passedCounts(record: ProgrammeRecord, options?: ViewOptions): PassedCounts {
  return guarded(options, () => countPassed(viewOf(record, options).state));
}

/**
 * The firms that passed each phase, in a state: those whose last phase
 * reached comes later on the definition's path (only the firms `only`
 * keeps, when given).
 */
export function countPassed(state: ProgrammeFold, only: (partitaIva: string) => boolean = () => true): PassedCounts {
  const path = state.definition.phases.map((p) => p.id);
  const counts = Object.fromEntries(PHASES.map((p) => [p, 0])) as PassedCounts;
  for (const f of state.firms.values()) {
    if (!only(f.partitaIva)) continue;
    const reached = path.indexOf(f.lastPhase);
    for (let i = 0; i < reached; i++) counts[path[i]!] += 1;
  }
  return counts;
}

/** The programme as a whole on a date: its cohort by phase and by status, and its verifications. */
export interface ProgrammeState {
  /** The date of the view. */
  asOf: string;
  /** Firms per phase and side state: where they are on the date. */
  phases: PhaseCounts;
  /** Firms that went through each phase of the path by the date ({@link passedCounts}). */
  passed: PassedCounts;
  /** Firms per enrolment status. */
  statuses: Record<EnrolmentStatus, number>;
  /** Places of the programme, and how many are taken. */
  places: { capacity: number; taken: number };
  /** The next verification date of the calendar after the date, if any. */
  nextVerification?: string;
  /** Verifications overdue on the date (past their grace period and not held). */
  overdue: number;
}

/**
 * The programme as a whole on a date: how many firms are in each phase and
 * enrolment status, how many went through each phase, the places taken, the
 * next verification date and how many verifications are overdue. What a
 * public overview shows.
 *
 * @example
 * ```ts
 * const p = programmeState(record, { asOf: '2011-12-31' });
 * p.statuses.accepted; // 12
 * p.nextVerification;  // '2012-03-01'
 * ```
 */
export function programmeState(record: ProgrammeRecord, options?: ViewOptions): ProgrammeState {
  return guarded(options, () => {
    const { state, date } = viewOf(record, options);
    const statuses: Record<EnrolmentStatus, number> = { applied: 0, accepted: 0, waitlisted: 0, rejected: 0, withdrawn: 0 };
    for (const f of state.firms.values()) statuses[f.status] += 1;
    const next = scheduleOf(state).find((d) => d > date);
    return {
      asOf: date,
      phases: countPhases(state),
      passed: countPassed(state),
      statuses,
      places: { capacity: state.definition.eligibility.capacity, taken: placesTaken(state) },
      ...(next !== undefined ? { nextVerification: next } : {}),
      overdue: overdueOf(state, date).length,
    };
  });
}
