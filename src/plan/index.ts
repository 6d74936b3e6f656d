/** Strategic plans and the evaluation of their indicators (rule-book §5, §6). */
export { PlanSchema, ObjectiveSchema, IndicatorSchema } from './schema.js';
export type { Plan, Objective, Indicator, QuantitativeIndicator, ScaleIndicator, MilestoneIndicator, Polarity } from './schema.js';
export { parsePlan, safeParsePlan } from './parse.js';
export {
  evaluateIndicator,
  evaluateObjective,
  evaluatePlan,
  evaluationSettings,
  STATUS_SEVERITY,
  type IndicatorStatus,
  type Measurement,
  type EvaluationSettings,
  type IndicatorEvaluation,
  type ObjectiveEvaluation,
  type PlanEvaluation,
  type PlanMeasurements,
  type StatusCounts,
  type Forecast,
  type EvaluateIndicatorOptions,
} from './evaluate.js';
export { planState, planStates, type FirmPlanEvaluation, type ProgrammeEvaluation } from './views.js';
