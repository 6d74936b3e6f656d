/** Plan evaluations of the firms of a record, and the programme's roll-up. */
import { firmArgument, stateOf, viewDate, viewInput } from '../lifecycle/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { planEvaluation, evaluationSettings, type IndicatorStatus, type PlanEvaluation, type StatusCounts } from './evaluate.js';

/** A firm's plan evaluation. */
export interface FirmPlanEvaluation {
  firm: string;
  name: string;
  approvedOn: string;
  evaluation: PlanEvaluation;
}

/** The programme's roll-up of plan evaluations. */
export interface ProgrammeEvaluation {
  asOf: string;
  /** Mean of the firms' plan scores (firms with a score). */
  score?: number;
  /** Indicators per status, over every firm. */
  counts: StatusCounts;
  /** Firms per plan status. */
  firmsByStatus: StatusCounts;
  firms: FirmPlanEvaluation[];
}


/**
 * Evaluates the approved plan of one firm on a date (default: the record's
 * last event), with the programme's settings. Undefined when the firm has no
 * approved plan by then.
 *
 * @example
 * ```ts
 * evaluateFirmPlan(record, '02184730121', '2011-12-31')?.evaluation.status; // 'on-track'
 * ```
 */
export function evaluateFirmPlan(record: ProgrammeRecord, firm: string, asOf?: string): FirmPlanEvaluation | undefined {
  ({ record, asOf } = viewInput(record, asOf));
  firm = firmArgument(firm);
  const date = viewDate(record, asOf);
  const state = stateOf(record, asOf);
  const f = state.firms.get(firm);
  if (!f?.plan) return undefined;
  const settings = evaluationSettings(state.definition);
  return {
    firm,
    name: f.firm.name,
    approvedOn: f.plan.approvedOn,
    evaluation: planEvaluation(f.plan.plan, f.measurements, date, settings, { start: f.plan.approvedOn }),
  };
}

/**
 * Evaluates every active firm's plan on a date and rolls them up: the mean
 * plan score over firms, indicators per status and firms per status. Firms
 * that withdrew are left out.
 *
 * @example
 * ```ts
 * const p = evaluateProgramme(record, '2011-12-31');
 * p.score;                   // mean of the firms' plan scores
 * p.firmsByStatus['at-risk']; // how many firms have a plan at risk
 * ```
 */
export function evaluateProgramme(record: ProgrammeRecord, asOf?: string): ProgrammeEvaluation {
  ({ record, asOf } = viewInput(record, asOf));
  const date = viewDate(record, asOf);
  const state = stateOf(record, asOf);
  const settings = evaluationSettings(state.definition);
  const zero = (): StatusCounts => ({ 'not-started': 0, 'no-data': 0, stale: 0, achieved: 0, 'on-track': 0, behind: 0, 'at-risk': 0 });
  const counts = zero();
  const firmsByStatus = zero();
  const firms: FirmPlanEvaluation[] = [];
  let sum = 0;
  let scored = 0;
  for (const f of state.firms.values()) {
    if (f.status !== 'accepted' || !f.plan) continue;
    const evaluation = planEvaluation(f.plan.plan, f.measurements, date, settings, { start: f.plan.approvedOn });
    firms.push({ firm: f.partitaIva, name: f.firm.name, approvedOn: f.plan.approvedOn, evaluation });
    for (const k of Object.keys(counts) as IndicatorStatus[]) counts[k] += evaluation.counts[k];
    firmsByStatus[evaluation.status] += 1;
    if (evaluation.score !== undefined) {
      sum += evaluation.score;
      scored += 1;
    }
  }
  return { asOf: date, ...(scored > 0 ? { score: sum / scored } : {}), counts, firmsByStatus, firms };
}
