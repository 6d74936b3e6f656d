/**
 * Offers, needs and the figures of collaborations (rule-book §8, §10), and
 * the draft of a network contract (§9).
 */
import * as z from 'zod/mini';
import { Cents, describe, Id, IsoDate, LongText, PartitaIva, Text } from '../shared/schemas.js';

const Hours = z.number().check(z.gt(0));
const NonNegative = z.number().check(z.gte(0));

/** What a firm offers to others. */
export const OfferSchema = describe(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('machines'),
      id: Id,
      machineType: Text,
      description: z.optional(Text),
      /** Idle hours a year the firm can let others use. */
      spareHours: Hours,
      annualFixedCostCents: Cents,
      availableHours: Hours,
      variableCostPerHourCents: Cents,
    }),
    z.strictObject({
      kind: z.literal('services'),
      id: Id,
      service: Text,
      description: z.optional(Text),
      capacityHours: z.optional(Hours),
    }),
    z.strictObject({
      kind: z.literal('workforce'),
      id: Id,
      skill: Text,
      hours: Hours,
      hourlyCostCents: Cents,
    }),
    z.strictObject({
      kind: z.literal('brands'),
      id: Id,
      brand: Text,
      annualCostCents: Cents,
    }),
    z.strictObject({
      kind: z.literal('purchasing'),
      id: Id,
      /** The firm offers to buy for the group in this category. */
      category: Id,
      description: z.optional(Text),
    }),
  ]),
  'An offer: spare machine hours, a service, workers, a brand or certification, or buying for a group.',
);
export type Offer = z.infer<typeof OfferSchema>;

/** What a firm needs or buys. */
export const NeedSchema = describe(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('purchasing'),
      id: Id,
      category: Id,
      quantity: Hours,
      unit: Text,
      /** Price per unit paid today, documented. */
      unitPriceCents: Cents,
      supplier: z.optional(Text),
    }),
    z.strictObject({
      kind: z.literal('services'),
      id: Id,
      service: Text,
      /** What the firm pays (or would pay) for the service alone, a year. */
      standAloneCostCents: Cents,
      usage: z.optional(NonNegative),
    }),
    z.strictObject({
      kind: z.literal('machines'),
      id: Id,
      machineType: Text,
      hours: Hours,
      /** Hourly rate of the alternative: own machine or subcontracting. */
      alternativeRateCents: Cents,
    }),
    z.strictObject({
      kind: z.literal('brands'),
      id: Id,
      brand: Text,
      standAloneCostCents: Cents,
    }),
    z.strictObject({
      kind: z.literal('workforce'),
      id: Id,
      skill: Text,
      hours: Hours,
      /** Hourly cost of hiring or subcontracting instead. */
      alternativeHourlyCostCents: Cents,
    }),
  ]),
  'A need: a purchase category, a service, machine hours, a brand or certification, or workers.',
);
export type Need = z.infer<typeof NeedSchema>;

/** Whether figures are what was negotiated or what was realised. */
export const FiguresBasis = z.enum(['negotiated', 'realised']);

/** The figures of a collaboration over a period, by kind: the inputs of §10. */
export const CollaborationFiguresSchema = describe(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('purchasing'),
      basis: FiguresBasis,
      category: Id,
      unit: Text,
      /**
       * The supplier's price by total quantity bought (tiers from a minimum
       * quantity), to value what any sub-group would obtain on its own
       * (Shapley). Without it, each member's saving is its own.
       */
      priceCurve: z.optional(
        z.array(z.strictObject({ minQuantity: NonNegative, priceCents: Cents })).check(z.minLength(1)),
      ),
      /** Price index at the base date and now, to separate market movement. */
      priceIndex: z.optional(
        z.strictObject({ name: z.optional(Text), base: z.number().check(z.gt(0)), current: z.number().check(z.gt(0)) }),
      ),
      members: z
        .array(
          z.strictObject({
            firm: PartitaIva,
            quantity: NonNegative,
            /** Documented price per unit paid before the group. */
            priceBeforeCents: Cents,
            /** Price per unit obtained by the group. */
            priceGroupCents: Cents,
            /** Price per unit the firm would pay now on its own (for cost avoidance). */
            marketPriceCents: z.optional(Cents),
          }),
        )
        .check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal('services'),
      basis: FiguresBasis,
      service: Text,
      sharedCostCents: Cents,
      split: z.enum(['usage', 'equal', 'shapley']),
      members: z
        .array(z.strictObject({ firm: PartitaIva, standAloneCostCents: Cents, usage: NonNegative }))
        .check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal('machines'),
      basis: FiguresBasis,
      owner: PartitaIva,
      machineType: Text,
      annualFixedCostCents: Cents,
      availableHours: Hours,
      variableCostPerHourCents: Cents,
      users: z
        .array(
          z.strictObject({
            firm: PartitaIva,
            hoursBooked: NonNegative,
            hoursUsed: NonNegative,
            alternativeRateCents: Cents,
          }),
        )
        .check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal('brands'),
      basis: FiguresBasis,
      brand: Text,
      jointCostCents: Cents,
      split: z.enum(['usage', 'equal', 'shapley']),
      members: z
        .array(z.strictObject({ firm: PartitaIva, standAloneCostCents: Cents, usage: z.optional(NonNegative) }))
        .check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal('workforce'),
      basis: FiguresBasis,
      secondments: z
        .array(
          z.strictObject({
            from: PartitaIva,
            to: PartitaIva,
            skill: Text,
            hours: Hours,
            hourlyCostCents: Cents,
            avoidedHourlyCostCents: Cents,
          }),
        )
        .check(z.minLength(1)),
    }),
  ]),
  'Figures of a collaboration by kind: prices and quantities, shared costs and usage, machine hours, brand costs, secondments.',
);
export type CollaborationFigures = z.infer<typeof CollaborationFiguresSchema>;

/** A draft network contract (art. 3 c. 4-ter DL 5/2009): items (a) to (f). */
export const NetworkContractDraftSchema = describe(
  z.strictObject({
    /** (a) participants. */
    participants: z.optional(z.array(PartitaIva)),
    /** (b) strategic objectives and how progress is measured, linked to plan indicators. */
    objectives: z.optional(
      z.strictObject({
        text: LongText,
        indicators: z.array(z.strictObject({ firm: PartitaIva, indicator: Id })),
      }),
    ),
    /** (c) network programme: rights and duties, common fund. */
    programme: z.optional(z.strictObject({ text: LongText, commonFundCents: z.optional(Cents) })),
    /** (d) duration and rules for joining. */
    duration: z.optional(z.strictObject({ until: z.optional(IsoDate), months: z.optional(z.int().check(z.gte(1))) })),
    joiningRules: z.optional(LongText),
    withdrawalRules: z.optional(LongText),
    /** (e) common body and its powers, if any. */
    commonBody: z.optional(LongText),
    /** (f) decision rules, including for changing the programme. */
    decisionRules: z.optional(LongText),
  }),
  'A draft network contract: participants, objectives with indicators, programme, duration and joining rules, common body, decision rules.',
);
export type NetworkContractDraft = z.infer<typeof NetworkContractDraftSchema>;
