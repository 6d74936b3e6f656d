/** The types of the evaluation of a plan (rule-book §6): statuses, measurements, settings and results. */
import type { Indicator } from './schema.js';

/** The status of an indicator, objective or plan on a date. */
export type IndicatorStatus = 'not-started' | 'no-data' | 'stale' | 'achieved' | 'on-track' | 'behind' | 'at-risk';

/** Counts of indicators per status. */
export type StatusCounts = Record<IndicatorStatus, number>;

/** One measurement of an indicator (a `measurement.recorded` event fits). */
export interface Measurement {
  date: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  level?: string;
  done?: boolean;
}

/** The settings of an evaluation, read from the programme definition. */
export interface EvaluationSettings {
  cap: number;
  thresholds: { onTrack: number; behind: number };
  staleAfter: { count: number; unit: 'cadence' | 'day' };
  pointTolerance: number;
  missingData: 'ignore' | 'zero';
  objectiveStatus: 'worst' | 'score';
  /** Length of one verification period, for staleness and ratio windows. */
  cadence: { every: number; unit: 'day' | 'week' | 'month' };
  /** The verification dates, to count the periods left before a deadline. */
  schedule: readonly string[];
}

/** A forecast by least squares over the measurements since the baseline. */
export interface Forecast {
  /** Change of the value per day. */
  slopePerDay: number;
  /** The value the trend reaches on the deadline. */
  projectedValue: number;
  /** Its progress, uncapped, and achievement, capped. */
  projectedProgress: number;
  projectedAchievement: number;
}

/** The evaluation of one indicator on a date. */
export interface IndicatorEvaluation {
  indicator: string;
  name: string;
  kind: Indicator['kind'];
  unit?: string;
  weight: number;
  status: IndicatorStatus;
  /** When progress starts being expected (the baseline date), and the deadline. */
  start: string;
  deadline: string;
  /** Baseline and target values (scores for a scale; 0 and 1 for a milestone). */
  baseline?: number;
  target?: number;
  band?: [number, number];
  /** The latest measurement at or before the date; for a ratio, the value of its period. */
  latest?: { date: string; value?: number; level?: string; done?: boolean };
  /** Progress `p`, unclamped. */
  progress?: number;
  /** `clamp(p, 0, cap)`. */
  achievement?: number;
  /** Expected progress `e` on the date, in [0, 1]. */
  expected: number;
  /** `r = p / e`, when something is expected. */
  ratio?: number;
  forecast?: Forecast;
  /** What the value must change per verification period to reach the target. */
  requiredRate?: { perPeriod: number; periodsLeft: number };
}

/** Options of {@link evaluateIndicator}. */
export interface EvaluateIndicatorOptions {
  /** When work on a milestone starts, if it does not say: usually the plan's approval. */
  start?: string;
}


/** The evaluation of one objective. */
export interface ObjectiveEvaluation {
  objective: string;
  title: string;
  weight: number;
  deadline: string;
  /** Weighted mean of the indicators' achievements (missing data ignored, or counted as 0, by setting). */
  score?: number;
  /** Weighted mean of the same indicators' expected progress. */
  expected?: number;
  status: IndicatorStatus;
  indicators: IndicatorEvaluation[];
}

/** The evaluation of a plan. */
export interface PlanEvaluation {
  plan: string;
  asOf: string;
  /** Weighted mean of the objectives' scores. */
  score?: number;
  expected?: number;
  status: IndicatorStatus;
  objectives: ObjectiveEvaluation[];
  /** Indicators per status. */
  counts: StatusCounts;
}

/** Measurements of a plan's indicators: by indicator id, or as `measurement.recorded` events. */
export type PlanMeasurements =
  | Readonly<Record<string, readonly Measurement[]>>
  | ReadonlyMap<string, readonly Measurement[]>
  | readonly (Measurement & { indicator: string })[];
