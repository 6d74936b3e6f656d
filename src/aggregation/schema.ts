/**
 * Aggregations (rule-book §9): the proposal of a stable form of
 * collaboration and the draft of a network contract.
 */
import * as z from 'zod/mini';
import { AggregationForm } from '../programme/schema.js';
import { Cents, describe, Id, IsoDate, LongText, PartitaIva, Text } from '../model/schemas.js';

/** An aggregation as first proposed. */
export const AggregationProposalSchema = z.strictObject({
  id: Id,
  form: AggregationForm,
  /** For a network contract: a network with legal personality (rete-soggetto). */
  legalPersonality: z.optional(z.boolean()),
  name: Text,
  firms: z.array(PartitaIva).check(z.minLength(2)),
});
/** An aggregation as first proposed. */
export type AggregationProposal = z.infer<typeof AggregationProposalSchema>;

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
/** A draft network contract: items (a) to (f). */
export type NetworkContractDraft = z.infer<typeof NetworkContractDraftSchema>;
