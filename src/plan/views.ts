/** Views of the plans of a record (rule-book §6): each firm's plan evaluated on a date, and the programme's roll-up. */
import { firmArgument, viewOf, type ViewOptions } from '../lifecycle/state.js';
import { isActive, type ProgrammeFold } from '../record/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { planEvaluation, evaluationSettings, type IndicatorStatus, type PlanEvaluation, type StatusCounts } from './evaluate.js';
import { guarded } from '../model/guard.js';

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
 * The approved plan of one firm evaluated on a date (default: the record's
 * last event), with the programme's settings. Undefined when the firm has no
 * approved plan by then.
 *
 * @example
 * ```ts
 * planState(record, '02184730121', { asOf: '2011-12-31' })?.evaluation.status; // 'on-track'
 * ```
 */
export function planState(record: ProgrammeRecord, firm: string, options?: ViewOptions): FirmPlanEvaluation | undefined {
  return guarded(options, () => {
    const v = viewOf(record, options);
    const f = v.state.firms.get(firmArgument(firm, v.lang));
    if (!f?.plan) return undefined;
    return {
      firm: f.partitaIva,
      name: f.firm.name,
      approvedOn: f.plan.approvedOn,
      evaluation: planEvaluation(f.plan.plan, f.measurements, v.date, evaluationSettings(v.state.definition), { start: f.plan.approvedOn }),
    };
  });
}

/**
 * Every active firm's plan evaluated on a date, and the roll-up: the mean
 * plan score over firms, indicators per status and firms per status. Firms
 * that withdrew are left out.
 *
 * @example
 * ```ts
 * const p = planStates(record, { asOf: '2011-12-31' });
 * p.score;                    // mean of the firms' plan scores
 * p.firmsByStatus['at-risk']; // how many firms have a plan at risk
 * ```
 */
export function planStates(record: ProgrammeRecord, options?: ViewOptions): ProgrammeEvaluation {
  return guarded(options, () => {
    const v = viewOf(record, options);
    return programmeEvaluation(v.state, v.date);
  });
}

/** The plans of a state evaluated on a date, and their roll-up. */
export function programmeEvaluation(state: ProgrammeFold, date: string): ProgrammeEvaluation {
  const settings = evaluationSettings(state.definition);
  const zero = (): StatusCounts => ({ 'not-started': 0, 'no-data': 0, stale: 0, achieved: 0, 'on-track': 0, behind: 0, 'at-risk': 0 });
  const counts = zero();
  const firmsByStatus = zero();
  const firms: FirmPlanEvaluation[] = [];
  let sum = 0;
  let scored = 0;
  for (const f of state.firms.values()) {
    if (!isActive(f) || !f.plan) continue;
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
