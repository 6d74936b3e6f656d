/**
 * The events of a programme record. Every change in a programme is one of
 * these, with a date and an author; nothing is ever overwritten.
 */
import * as z from 'zod/mini';
import { measurementCheck } from './event-checks.js';
import { Consent, Redacted, StoredApplicationSchema } from '../enrolment/application.js';
import { CollaborationFiguresSchema, CollaborationProposalSchema, NeedSchema, OfferSchema } from '../collaboration/schema.js';
import { AggregationProposalSchema, NetworkContractDraftSchema } from '../aggregation/schema.js';
import { PlanSchema } from '../plan/schema.js';
import { ManagerProfileSchema } from '../analysis/schema.js';
import {
  Cents,
  describe,
  figure,
  Id,
  IsoDate,
  IsoDateTime,
  LongText,
  PartitaIva,
  PhaseId,
  shapeCheck,
  Text,
} from '../model/schemas.js';

/** Fields every event has. */
const base = {
  /** Unique in the record. */
  id: Id,
  /** The calendar date the event happened on. */
  date: IsoDate,
  /** Who recorded it: a person or an office. */
  author: Text,
  note: z.optional(LongText),
};

/** A rejection reason, with a stable code. */
export const ReasonSchema = z.strictObject({
  code: Id,
  path: z.optional(z.array(z.union([z.string(), z.int()]))),
  message: z.optional(z.strictObject({ it: Text, en: Text })),
});



const ev = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

export const EnrolmentApplied = ev('enrolment.applied', {
  firm: PartitaIva,
  /** The application as sent; in a public record, with its personal parts marked as left out. */
  application: StoredApplicationSchema,
});
/**
 * An officer's deliberate exception to eligibility rules, recorded on the
 * acceptance: which rules it waives (their reason codes), why, and who
 * approved it.
 */
export const EligibilityExceptionSchema = describe(
  z.strictObject({
    waives: z.array(Id).check(z.minLength(1)),
    reason: Text,
    approvedBy: Text,
  }),
  'An exception to eligibility rules granted at acceptance: the reason codes it waives, why, and who approved it.',
);
/** An exception to eligibility rules granted at acceptance. */
export type EligibilityException = z.infer<typeof EligibilityExceptionSchema>;

export const EnrolmentAccepted = ev('enrolment.accepted', {
  firm: PartitaIva,
  exception: z.optional(EligibilityExceptionSchema),
});
/**
 * A claim confirmed (rule-book §2): the firm followed the one-time link sent
 * to its PEC address, or an officer recorded another proof (`how`, required
 * when `by` is `officer`). `application` is the id of the `enrolment.applied`
 * event it confirms.
 */
export const EnrolmentConfirmed = ev('enrolment.confirmed', {
  firm: PartitaIva,
  application: Id,
  by: z.enum(['pec-link', 'officer']),
  how: z.optional(Text),
});
export const EnrolmentWaitlisted = ev('enrolment.waitlisted', { firm: PartitaIva });
export const EnrolmentRejected = ev('enrolment.rejected', {
  firm: PartitaIva,
  /**
   * Under confirmation `pec`: the claim rejected (the id of its
   * `enrolment.applied`), when it is not the one that holds the firm, e.g.
   * a contested claim an officer decides (rule-book §2).
   */
  application: z.optional(Id),
  reasons: z.array(ReasonSchema).check(z.minLength(1)),
});
/** Consent given after the application; `{ redacted: true }` once the firm's personal data was erased. */
export const ConsentGiven = ev('consent.given', { firm: PartitaIva, consent: z.union([Consent, Redacted]) });
export const ConsentWithdrawn = ev('consent.withdrawn', {
  firm: PartitaIva,
  purposes: z.array(Id).check(z.minLength(1)),
  at: IsoDateTime,
});
export const FirmFiguresRecorded = ev('firm.figures-recorded', {
  firm: PartitaIva,
  year: z.int().check(z.gte(1900), z.lte(2200)),
  staff: figure({ min: 0, max: 1_000_000 }),
  turnoverCents: Cents,
  balanceSheetCents: z.optional(Cents),
  machines: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export const PhaseAdvanced = ev('phase.advanced', { firm: PartitaIva, phase: PhaseId });
export const FirmWithdrawn = ev('firm.withdrawn', { firm: PartitaIva, reason: Text });
/**
 * A firm's personal data erased (GDPR art. 17, or its retention time ended):
 * the stored events then carry redaction markers in those fields. Records
 * who, when, why and which fields; never the erased values.
 */
export const Erasure = ev('erasure', {
  firm: PartitaIva,
  /** Why: at the data subject's request, or because the retention time ended. */
  basis: z.enum(['request', 'retention']),
  /** The fields erased, as paths inside the firm's events (`application.contact`, `consent.given.consent`, ...). */
  fields: z.array(Text).check(z.minLength(1)),
  reason: Text,
});

export const ManagerRegistered = ev('manager.registered', { manager: ManagerProfileSchema });
export const ManagerAssigned = ev('manager.assigned', {
  firm: PartitaIva,
  manager: Id,
  budgetDays: figure({ gt: 0, max: 10_000 }),
});
export const ManagerDaysLogged = ev('manager.days-logged', {
  firm: PartitaIva,
  manager: Id,
  days: figure({ gt: 0, max: 366 }),
  activity: z.optional(Text),
});
export const ManagerReleased = ev('manager.released', { firm: PartitaIva, manager: Id });

export const AnalysisRecorded = ev('analysis.recorded', {
  firm: PartitaIva,
  manager: Id,
  areas: z
    .array(
      z.strictObject({
        area: Id,
        score: z.optional(z.int().check(z.gte(-1000), z.lte(1000))),
        findings: z.optional(LongText),
      }),
    )
    .check(z.minLength(1)),
  summary: z.optional(LongText),
});

export const PlanApproved = ev('plan.approved', { firm: PartitaIva, plan: PlanSchema });

export const MeasurementRecorded = ev('measurement.recorded', {
  firm: PartitaIva,
  indicator: Id,
  /** A quantitative value, in the indicator's unit. */
  value: z.optional(figure()),
  /** For ratio indicators: the parts, summed across measurements. */
  numerator: z.optional(figure()),
  denominator: z.optional(figure({ gt: 0 })),
  /** For scale indicators: the level reached. */
  level: z.optional(Id),
  /** For milestones. */
  done: z.optional(z.boolean()),
  source: z.optional(Text),
}).check(
  shapeCheck('measurement', measurementCheck),
);

export const VerificationHeld = ev('verification.held', {
  firm: PartitaIva,
  /** The scheduled verification date this meeting answers. */
  scheduled: IsoDate,
  manager: z.optional(Id),
  notes: z.optional(LongText),
});

export const OfferDeclared = ev('offer.declared', { firm: PartitaIva, offer: OfferSchema });
export const NeedDeclared = ev('need.declared', { firm: PartitaIva, need: NeedSchema });

export const CollaborationProposed = ev('collaboration.proposed', {
  collaboration: CollaborationProposalSchema,
});
export const CollaborationAgreed = ev('collaboration.agreed', {
  collaboration: Id,
  terms: z.optional(CollaborationFiguresSchema),
});
export const CollaborationStarted = ev('collaboration.started', { collaboration: Id });
export const CollaborationFiguresRecorded = ev('collaboration.figures-recorded', {
  collaboration: Id,
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  figures: CollaborationFiguresSchema,
});
export const CollaborationEnded = ev('collaboration.ended', {
  collaboration: Id,
  reason: z.optional(Text),
});

export const AggregationProposed = ev('aggregation.proposed', { aggregation: AggregationProposalSchema });
export const AggregationDrafted = ev('aggregation.drafted', {
  aggregation: Id,
  draft: NetworkContractDraftSchema,
});
export const AggregationSigned = ev('aggregation.signed', {
  aggregation: Id,
  signatories: z.array(PartitaIva).check(z.minLength(2)),
  /** Form of the deed: notarial deed, authenticated private deed, or the digitally signed standard form. */
  deed: z.enum(['notarial', 'authenticated', 'digital-standard-form']),
});
export const AggregationRegistered = ev('aggregation.registered', {
  aggregation: Id,
  /** Whose companies-register entry recorded it (a network without legal personality registers once per participant). */
  firm: z.optional(PartitaIva),
  registry: z.optional(Text),
});

/** Any event of a programme record, told apart by `type`. */
export const EventSchema = describe(
  z.discriminatedUnion('type', [
    EnrolmentApplied,
    EnrolmentConfirmed,
    EnrolmentAccepted,
    EnrolmentWaitlisted,
    EnrolmentRejected,
    ConsentGiven,
    ConsentWithdrawn,
    FirmFiguresRecorded,
    PhaseAdvanced,
    FirmWithdrawn,
    Erasure,
    ManagerRegistered,
    ManagerAssigned,
    ManagerDaysLogged,
    ManagerReleased,
    AnalysisRecorded,
    PlanApproved,
    MeasurementRecorded,
    VerificationHeld,
    OfferDeclared,
    NeedDeclared,
    CollaborationProposed,
    CollaborationAgreed,
    CollaborationStarted,
    CollaborationFiguresRecorded,
    CollaborationEnded,
    AggregationProposed,
    AggregationDrafted,
    AggregationSigned,
    AggregationRegistered,
  ]),
  'An event of the programme: every change is one, with an id, a date and an author.',
);

/** Any event of a programme record. */
export type ProgrammeEvent = z.infer<typeof EventSchema>;
/** The `type` of an event. */
export type EventType = ProgrammeEvent['type'];
/** The event of a given type. */
export type EventOf<T extends EventType> = Extract<ProgrammeEvent, { type: T }>;
