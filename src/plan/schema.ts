/**
 * Strategic plans (rule-book §5): objectives measured by quantitative and
 * qualitative indicators.
 */
import * as z from 'zod/mini';
import { indicatorCheck } from './checks.js';
import { describe, figure, Id, IsoDate, LongText, shapeCheck, Text, Weight } from '../model/schemas.js';

/** Directions of a quantitative indicator. */
export const Polarity = describe(
  z.enum(['increase', 'decrease', 'maintain', 'range']),
  'increase / decrease towards a target; maintain / range inside a [min, max] band.',
);
export type Polarity = z.infer<typeof Polarity>;

/** A value to reach by a date, on the way to the target. */
export const InterimTarget = z.strictObject({ date: IsoDate, value: figure() });

/** A ratio indicator: measured as summed numerators over summed denominators. */
export const RatioSpec = z.strictObject({
  numerator: Text,
  denominator: Text,
  /** Multiplier of the ratio, e.g. 100 for a percentage. */
  scale: figure({ gt: 0, max: 1_000_000 }),
});

/** A quantitative indicator: a number with a unit. */
export const QuantitativeIndicator = z
  .strictObject({
    id: Id,
    kind: z.literal('quantitative'),
    name: Text,
    description: z.optional(LongText),
    unit: Text,
    polarity: Polarity,
    baseline: z.strictObject({ value: figure(), date: IsoDate }),
    /** Target value, for increase and decrease. */
    target: z.optional(figure()),
    /** Band [min, max], for maintain and range. */
    band: z.optional(z.tuple([figure(), figure()])),
    /** For a band that is a single point: distance at which progress reaches 0, in the unit. */
    tolerance: z.optional(figure({ gt: 0 })),
    deadline: IsoDate,
    interim: z.optional(z.array(InterimTarget)),
    /** How expected progress moves between dates. Default linear. */
    trajectory: z.optional(z.enum(['linear', 'step'])),
    ratio: z.optional(RatioSpec),
    /** Relative weight inside the objective. Default 1. */
    weight: z.optional(Weight),
  })
  .check(
    shapeCheck('indicator', indicatorCheck),
  );
export type QuantitativeIndicator = z.infer<typeof QuantitativeIndicator>;

/** A level of a qualitative scale, with its score in [0, 1]. */
export const ScaleLevel = z.strictObject({
  id: Id,
  label: Text,
  score: figure({ min: 0, max: 1 }),
});

/** A qualitative indicator on an ordered scale of levels. */
export const ScaleIndicator = z.strictObject({
  id: Id,
  kind: z.literal('scale'),
  name: Text,
  description: z.optional(LongText),
  levels: z.array(ScaleLevel).check(z.minLength(2)),
  baseline: z.strictObject({ level: Id, date: IsoDate }),
  target: Id,
  deadline: IsoDate,
  weight: z.optional(Weight),
});
export type ScaleIndicator = z.infer<typeof ScaleIndicator>;

/** A qualitative indicator: done or not done by a deadline. */
export const MilestoneIndicator = z.strictObject({
  id: Id,
  kind: z.literal('milestone'),
  name: Text,
  description: z.optional(LongText),
  /** When work towards the milestone starts. Default: the plan's approval. */
  start: z.optional(IsoDate),
  deadline: IsoDate,
  weight: z.optional(Weight),
});
export type MilestoneIndicator = z.infer<typeof MilestoneIndicator>;

/** Any indicator of a plan. */
export const IndicatorSchema = describe(
  z.discriminatedUnion('kind', [QuantitativeIndicator, ScaleIndicator, MilestoneIndicator]),
  'An indicator: quantitative (number with unit), scale (qualitative levels) or milestone (done / not done).',
);
/** An indicator: quantitative, a scale of levels, or a milestone. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** An objective of a plan, measured by one or more indicators. */
export const ObjectiveSchema = z.strictObject({
  id: Id,
  title: Text,
  description: z.optional(LongText),
  /** Analysis areas the objective addresses. */
  areas: z.array(Id),
  deadline: IsoDate,
  weight: Weight,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
});
/** An objective of a plan, with its indicators. */
export type Objective = z.infer<typeof ObjectiveSchema>;

/** A strategic plan agreed by the temporary manager and the owner. */
export const PlanSchema = z.strictObject({
  id: Id,
  /** The temporary manager who wrote it. */
  manager: Id,
  /** The owner (or legal representative) who approved it. */
  owner: Text,
  objectives: z.array(ObjectiveSchema).check(z.minLength(1)),
});
/** A strategic plan: objectives measured by indicators, approved by manager and owner. */
export type Plan = z.infer<typeof PlanSchema>;
