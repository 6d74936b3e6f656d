/**
 * Indicator evaluation and roll-ups (rule-book §6).
 *
 * Progress `p` of an indicator is one formula for both directions,
 * `(a - b) / (t - b)`, so a "decrease" indicator is never computed
 * backwards: from 4 % scrap to a target of 2 %, a measurement of 3 % is
 * `(3 - 4) / (2 - 4) = 0.5`. Bands count full progress inside and lose it
 * with the distance outside, on either side. Scales use the levels' scores,
 * never their positions, so 5.9 on a 0-10 scale is 59 %, not 50 %. Ratio
 * indicators sum numerators and denominators instead of averaging
 * percentages. Achievement is `p` clamped to [0, cap]; the unclamped value is
 * kept. Nothing is rounded here: rounding happens only when a number is
 * shown (see {@link formatPercent}).
 */
import { ensure, guarded } from '../model/guard.js';
import { ObjectiveSchema, PlanSchema, type Objective, type Plan } from './schema.js';

import type { EvaluateIndicatorOptions, EvaluationSettings, Measurement, ObjectiveEvaluation, PlanEvaluation, PlanMeasurements } from './evaluate-types.js';
import { STATUS_SEVERITY, worstStatus, emptyCounts, rollUp, shown, type RollUp } from './evaluate-rollup.js';
import { evaluationSettings, checkedCommon, checkedMeasurements } from './evaluate-arguments.js';
import { evaluateIndicator, indicatorExact } from './evaluate-indicator.js';

export { STATUS_SEVERITY, worstStatus, evaluationSettings, evaluateIndicator };
export type { EvaluateIndicatorOptions, EvaluationSettings, Forecast, StatusCounts, IndicatorEvaluation, IndicatorStatus, Measurement, ObjectiveEvaluation, PlanEvaluation, PlanMeasurements } from './evaluate-types.js';


function byIndicator(m: PlanMeasurements): ReadonlyMap<string, readonly Measurement[]> {
  if (m instanceof Map) return m;
  if (Array.isArray(m)) {
    const map = new Map<string, Measurement[]>();
    for (const x of m as readonly (Measurement & { indicator: string })[]) {
      const list = map.get(x.indicator);
      if (list) list.push(x);
      else map.set(x.indicator, [x]);
    }
    return map;
  }
  return new Map(Object.entries(m as Record<string, readonly Measurement[]>));
}

/**
 * Evaluates an objective: each indicator, then the weighted mean of their
 * achievements and the objective's status (the worst of its indicators', or
 * from its score, as the programme says).
 *
 * @example
 * ```ts
 * const o = evaluateObjective(objective, measurementsById, '2011-06-30', settings);
 * o.score; // between the lowest and the highest indicator achievement
 * ```
 */
export function evaluateObjective(
  objective: Objective,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): ObjectiveEvaluation {
  return guarded(undefined, () => {
    const c = checkedCommon(asOf, settings, options);
    const o = ensure(ObjectiveSchema, objective, ['objective']);
    return objectiveExact(o, checkedMeasurements(measurements), c.asOf, c.settings, c.options).evaluation;
  });
}

function objectiveExact(
  objective: Objective,
  ms: ReadonlyMap<string, readonly Measurement[]>,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions,
): { evaluation: ObjectiveEvaluation; rollUp: RollUp } {
  const exact = objective.indicators.map((i) => indicatorExact(i, ms.get(i.id) ?? [], asOf, settings, options));
  const r = rollUp(
    exact.map((x) => ({
      weight: x.evaluation.weight,
      ...(x.achievement ? { value: x.achievement } : {}),
      expected: x.expected,
      status: x.evaluation.status,
    })),
    settings,
  );
  return {
    evaluation: {
      objective: objective.id,
      title: objective.title,
      weight: objective.weight,
      deadline: objective.deadline,
      ...shown(r),
      indicators: exact.map((x) => x.evaluation),
    },
    rollUp: r,
  };
}

/**
 * Evaluates a strategic plan on a date: every indicator and objective, the
 * plan's score (weighted mean of the objectives'), its status and the number
 * of indicators in each status. Settings come from the programme
 * ({@link evaluationSettings}).
 *
 * @example
 * ```ts
 * const settings = evaluationSettings(mechnetDefinition);
 * const ev = evaluatePlan(plan, measurements, '2011-12-31', settings);
 * ev.score;  // e.g. 0.87
 * ev.counts; // { 'on-track': 6, behind: 1, … }
 * ```
 */
export function evaluatePlan(
  plan: Plan,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): PlanEvaluation {
  return guarded(undefined, () => {
    const c = checkedCommon(asOf, settings, options);
    return planEvaluation(ensure(PlanSchema, plan, ['plan']), checkedMeasurements(measurements), c.asOf, c.settings, c.options);
  });
}

/**
 * {@link evaluatePlan} on checked arguments: a plan and measurements from a
 * record the library checked.
 */
export function planEvaluation(
  plan: Plan,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): PlanEvaluation {
  const ms = byIndicator(measurements);
  const objectives = plan.objectives.map((o) => objectiveExact(o, ms, asOf, settings, options));
  const counts = emptyCounts();
  for (const o of objectives) for (const i of o.evaluation.indicators) counts[i.status] += 1;
  const r = rollUp(
    objectives.map((o) => ({
      weight: o.evaluation.weight,
      ...(o.rollUp.score ? { value: o.rollUp.score } : {}),
      ...(o.rollUp.expected ? { expected: o.rollUp.expected } : {}),
      status: o.rollUp.status,
    })),
    { ...settings, missingData: 'ignore' },
  );
  return { plan: plan.id, asOf, ...shown(r), objectives: objectives.map((o) => o.evaluation), counts };
}
