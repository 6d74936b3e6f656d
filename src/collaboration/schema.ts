/**
 * Offers, needs and the figures of collaborations (rule-book §8, §10), and
 * the draft of a network contract (§9).
 */
import * as z from 'zod/mini';
import { offerCheck, needCheck, collaborationFiguresCheck } from './checks.js';
import { Cents, CollaborationKind, describe, figure, Id, PartitaIva, shapeCheck, Text } from '../model/schemas.js';

/** Hours of work or service in a year: more than 0, at most 100,000 (about 55 people full time). */
const Hours = figure({ gt: 0, max: 100_000 });
/** Hours of one machine in a year: at most 8,784 (a leap year, day and night). */
const MachineHours = figure({ min: 0, max: 8_784 });
/** A quantity bought, or a usage share: zero or more, at most 1,000,000,000. */
const Quantity = figure({ min: 0, max: 1_000_000_000 });
/** Members of one collaboration. */
const MAX_MEMBERS = 1000;

/** What a firm offers to others. */
export const OfferSchema = describe(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('machines'),
      id: Id,
      machineType: Text,
      description: z.optional(Text),
      /** Idle hours a year the firm can let others use. */
      spareHours: figure({ gt: 0, max: 8_784 }),
      annualFixedCostCents: Cents,
      availableHours: figure({ gt: 0, max: 8_784 }),
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
  ]).check(
    shapeCheck('offer', offerCheck),
  ),
  'An offer: spare machine hours, a service, workers, a brand or certification, or buying for a group.',
);
/** What a firm offers to others. */
export type Offer = z.infer<typeof OfferSchema>;

/** What a firm needs or buys. */
export const NeedSchema = describe(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('purchasing'),
      id: Id,
      category: Id,
      quantity: figure({ gt: 0, max: 1_000_000_000 }),
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
      usage: z.optional(Quantity),
    }),
    z.strictObject({
      kind: z.literal('machines'),
      id: Id,
      machineType: Text,
      hours: figure({ gt: 0, max: 8_784 }),
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
  ]).check(
    shapeCheck('need', needCheck),
  ),
  'A need: a purchase category, a service, machine hours, a brand or certification, or workers.',
);
/** What a firm needs or buys. */
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
        z.array(z.strictObject({ minQuantity: Quantity, priceCents: Cents })).check(z.minLength(1), z.maxLength(100)),
      ),
      /** Price index at the base date and now, to separate market movement. */
      priceIndex: z.optional(
        z.strictObject({ name: z.optional(Text), base: figure({ gt: 0, max: 1_000_000 }), current: figure({ gt: 0, max: 1_000_000 }) }),
      ),
      members: z
        .array(
          z.strictObject({
            firm: PartitaIva,
            quantity: Quantity,
            /** Documented price per unit paid before the group. */
            priceBeforeCents: Cents,
            /** Price per unit obtained by the group. */
            priceGroupCents: Cents,
            /** Price per unit the firm would pay now on its own (for cost avoidance). */
            marketPriceCents: z.optional(Cents),
          }),
        )
        .check(z.minLength(1), z.maxLength(MAX_MEMBERS)),
    }),
    z.strictObject({
      kind: z.literal('services'),
      basis: FiguresBasis,
      service: Text,
      sharedCostCents: Cents,
      split: z.enum(['usage', 'equal', 'shapley']),
      members: z
        .array(z.strictObject({ firm: PartitaIva, standAloneCostCents: Cents, usage: Quantity }))
        .check(z.minLength(1), z.maxLength(MAX_MEMBERS)),
    }),
    z.strictObject({
      kind: z.literal('machines'),
      basis: FiguresBasis,
      owner: PartitaIva,
      machineType: Text,
      annualFixedCostCents: Cents,
      availableHours: figure({ gt: 0, max: 8_784 }),
      variableCostPerHourCents: Cents,
      users: z
        .array(
          z.strictObject({
            firm: PartitaIva,
            hoursBooked: MachineHours,
            hoursUsed: MachineHours,
            alternativeRateCents: Cents,
          }),
        )
        .check(z.minLength(1), z.maxLength(MAX_MEMBERS)),
    }),
    z.strictObject({
      kind: z.literal('brands'),
      basis: FiguresBasis,
      brand: Text,
      jointCostCents: Cents,
      split: z.enum(['usage', 'equal', 'shapley']),
      members: z
        .array(z.strictObject({ firm: PartitaIva, standAloneCostCents: Cents, usage: z.optional(Quantity) }))
        .check(z.minLength(1), z.maxLength(MAX_MEMBERS)),
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
        .check(z.minLength(1), z.maxLength(MAX_MEMBERS)),
    }),
  ]).check(
    shapeCheck('collaboration-figures', collaborationFiguresCheck),
  ),
  'Figures of a collaboration by kind: prices and quantities, shared costs and usage, machine hours, brand costs, secondments.',
);
/** The figures of a collaboration over a period, by kind. */
export type CollaborationFigures = z.infer<typeof CollaborationFiguresSchema>;

/** A collaboration opportunity as first proposed. */
export const CollaborationProposalSchema = z.strictObject({
  id: Id,
  kind: CollaborationKind,
  title: Text,
  firms: z.array(PartitaIva).check(z.minLength(2)),
  lead: z.optional(PartitaIva),
  /** Estimated annual advantage for the firms together. */
  estimatedAnnualAdvantageCents: z.optional(Cents),
});
/** A collaboration as first proposed. */
export type CollaborationProposal = z.infer<typeof CollaborationProposalSchema>;
