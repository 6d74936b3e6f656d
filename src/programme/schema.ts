/**
 * The programme definition (rule-book §1): everything that differs between
 * programmes, as data. Another region runs its own programme by writing one of
 * these, not by changing code.
 */
import * as z from 'zod/mini';
import { editionCalendarCheck } from './checks.js';
import {
  addIssue,
  AtecoCode,
  AtecoVersion,
  Cents,
  CollaborationKind,
  describe,
  Email,
  figure,
  Id,
  IsoDate,
  LangSchema,
  LocalTextSchema,
  PhaseId,
  PHASES,
  Phone,
  Province,
  refinement,
  shapeCheck,
  SmeSize,
  Text,
  Url,
} from '../model/schemas.js';

/** An organisation named by the programme: promoter, partner, funder. */
export const Organisation = z.strictObject({
  name: Text,
  role: z.optional(LocalTextSchema),
  url: z.optional(Url),
});

/** The office that answers questions about the programme. */
export const ContactOffice = z.strictObject({
  office: Text,
  organisation: z.optional(Text),
  phone: z.optional(Phone),
  email: z.optional(Email),
  url: z.optional(Url),
});

/** How verifications are scheduled: every N units from the start, or a list of dates. */
export const VerificationCadence = describe(
  z.union([
    z.strictObject({
      every: z.int().check(z.gte(1), z.lte(366)),
      /** What `every` counts: days, weeks or calendar months from the edition start. */
      unit: z.enum(['day', 'week', 'month']),
    }),
    z.strictObject({ dates: z.array(IsoDate).check(z.minLength(1)) }),
  ]),
  'Verification cadence: { every, unit } counted from the edition start, or an explicit list of dates.',
);

/** The edition calendar. */
export const EditionCalendar = z
  .strictObject({
    start: IsoDate,
    end: IsoDate,
    /** When the periodic verifications fall (§7) and how late one may be held. */
    verification: z.strictObject({
      cadence: VerificationCadence,
      /** Days after a verification date before it is overdue. */
      graceDays: z.int().check(z.gte(0), z.lte(365)),
    }),
  })
  .check(
    shapeCheck('edition-calendar', editionCalendarCheck),
  );

/** One phase of the programme, with its labels and planned duration. */
export const PhaseDefinition = z.strictObject({
  id: PhaseId,
  label: LocalTextSchema,
  description: z.optional(LocalTextSchema),
  plannedDays: z.optional(z.int().check(z.gte(0), z.lte(36_500))),
});

/** Company sizes and ATECO versions live with the building blocks; the definition uses them. */
export { SmeSize, AtecoVersion };

/** An optional purpose of data processing that the applicant may consent to. */
export const ConsentPurpose = z.strictObject({
  id: Id,
  label: LocalTextSchema,
  description: z.optional(LocalTextSchema),
});

/** The eligibility rules (§2) as parameters. */
export const EligibilityRules = z.strictObject({
  /** The sector: the ATECO codes an applicant's main activity must fall under. */
  sector: z.strictObject({
    /** The edition of the ATECO classification the prefixes and the applications' codes are read in. */
    classification: AtecoVersion,
    /** An applicant's main ATECO code must start with one of these. */
    prefixes: z.array(AtecoCode).check(z.minLength(1)),
  }),
  /** Where applicants must be: provinces, and whether the registered seat or any operating site counts. */
  territory: z.strictObject({
    /** Region whose artisan limits apply, e.g. `lombardia`. */
    region: Id,
    provinces: z.array(Province).check(z.minLength(1)),
    /** Whether the registered seat must be in the territory, or an operating site suffices. */
    basis: z.enum(['registered-seat', 'seat-or-site']),
  }),
  /** Sizes admitted. */
  sizes: z.array(SmeSize).check(z.minLength(1)),
  /** Artisan status: required, accepted either way, or excluded. */
  artisan: z.enum(['required', 'optional', 'excluded']),
  /** The de minimis regime (EU 2023/2831): the programme's aid counts against each firm's ceiling over three years. */
  deMinimis: z.strictObject({
    /** Value of the aid the programme grants each firm (the temporary manager's service). */
    aidPerFirmCents: Cents,
  }),
  /** Number of places; eligible applicants beyond it are waitlisted in order of application. */
  capacity: z.int().check(z.gte(1), z.lte(1_000_000)),
  /** Whether eligible applicants beyond the places wait, in order of application (else they are refused). */
  waitlist: z.boolean(),
  /** The privacy notice and the optional purposes an applicant may consent to. */
  consent: z.strictObject({
    /** Version of the privacy notice shown to applicants. */
    noticeVersion: Text,
    /**
     * Where applicants read the privacy notice of this version (http or
     * https). The enrolment form links to it; without it, the form can only
     * say that the notice is available from the programme office.
     */
    noticeUrl: z.optional(Url),
    /** Optional purposes; enrolment never depends on them. */
    purposes: z.array(ConsentPurpose),
  }),
});

/**
 * What a public record may show (rule-book §12): the consent purpose that
 * lets a firm be named in public, and the smallest group of alike firms an
 * anonymous record must keep.
 */
export const PublicationRules = z.strictObject({
  /** The id of the consent purpose (in `eligibility.consent.purposes`) that allows naming the firm in public. */
  purpose: Id,
  /**
   * In an anonymous record, every group of firms sharing the public
   * quasi-identifiers (ATECO division, province, legal form, size class) has
   * at least this many firms (`k`). Default 3.
   */
  minimumGroup: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

/** How long personal data is kept (rule-book §12), in months. */
export const RetentionRules = z.strictObject({
  /** An application never admitted (rejected, or withdrawn before acceptance): months after the decision. */
  notAdmittedMonths: z.int().check(z.gte(0), z.lte(1200)),
  /** Everything personal of every firm: months after the programme's end (the calendar's end). */
  personalDataMonths: z.int().check(z.gte(0), z.lte(1200)),
});

/**
 * The programme's messages (rule-book §13): when a firm is reminded of a
 * verification, and on which day of the week the programme office gets its
 * digest of due and overdue verifications.
 */
export const CommunicationRules = z.strictObject({
  /** How many days before a verification's date the firm's contact is reminded of it (0: on the day). */
  reminderDaysBefore: z.int().check(z.gte(0), z.lte(365)),
  /** The day of the week of the office's digest, 1 (Monday) to 7 (Sunday). Without it, Monday. */
  digestWeekday: z.optional(z.int().check(z.gte(1), z.lte(7))),
});

/** An area of the temporary manager's analysis (§4). */
export const AnalysisArea = z.strictObject({ id: Id, label: LocalTextSchema });

/** Analysis settings (§4). */
export const AnalysisRules = z.strictObject({
  areas: z.array(AnalysisArea).check(z.minLength(1)),
  /** Lowest and highest score of an area. MechNet: 1-5. */
  scale: z.strictObject({ min: z.int().check(z.gte(-1000), z.lte(1000)), max: z.int().check(z.gte(-1000), z.lte(1000)) }),
});

/** What a valid strategic plan must contain (§5). */
export const PlanRules = z.strictObject({
  minObjectives: z.int().check(z.gte(1), z.lte(1000)),
  maxObjectives: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  /** Whether a plan needs at least one quantitative indicator. */
  requireQuantitative: z.boolean(),
  /** Whether a plan needs at least one qualitative indicator (a scale or a milestone). */
  requireQualitative: z.boolean(),
  /** Whether every objective must name at least one analysis area. */
  requireAreas: z.boolean(),
});

/** Indicator evaluation settings (§6). */
export const EvaluationSettings = z.strictObject({
  /** Highest achievement counted. MechNet: 1.2. */
  cap: figure({ min: 1, max: 100 }),
  /** Where the ratio r of progress to expected progress turns a status (§6). */
  thresholds: z.strictObject({
    /** r = progress / expected at or above this is on track. MechNet: 0.95. */
    onTrack: figure({ gt: 0, max: 100 }),
    /** r at or above this (and below onTrack) is behind; below it, at risk. MechNet: 0.85. */
    behind: figure({ gt: 0, max: 100 }),
  }),
  /** A latest measurement older than this is stale. MechNet: 2 cadences. */
  staleAfter: z.strictObject({
    count: z.int().check(z.gte(1), z.lte(10_000)),
    /** What `count` counts: verification cadences or days. */
    unit: z.enum(['cadence', 'day']),
  }),
  /**
   * Tolerance for a band that is a single point, when the indicator gives
   * none: a fraction of the point's magnitude (0.1 = 10 %), or this number
   * itself in the unit when the point is 0.
   */
  pointTolerance: figure({ gt: 0, max: 1_000_000 }),
  /** Indicators without data: left out of roll-ups, or counted as 0. */
  missingData: z.enum(['ignore', 'zero']),
  /** An objective's status: its worst indicator's, or from its score. */
  objectiveStatus: z.enum(['worst', 'score']),
});

/** Methods of sharing a group's gain (§10). */
export const AllocationMethod = describe(
  z.enum(['equal-price', 'proportional', 'equal-share', 'equal-percentage', 'shapley']),
  'How a group saving is shared: equal price, proportional to volume, equal share, equal percentage of stand-alone cost, Shapley value.',
);
export type AllocationMethod = z.infer<typeof AllocationMethod>;

/** Collaboration settings (§8, §10). */
export const CollaborationRules = z.strictObject({
  kinds: z.array(CollaborationKind).check(z.minLength(1)),
  allocation: AllocationMethod,
  /** Purchase categories suggested to firms (steel, tooling, energy, ...). */
  purchaseCategories: z.array(z.strictObject({ id: Id, label: LocalTextSchema })),
});

/** Forms of stable aggregation (§9). */
export const AggregationForm = z.enum(['network-contract', 'consortium', 'temporary-association']);

/** Aggregation settings (§9). */
export const AggregationRules = z.strictObject({
  forms: z.array(AggregationForm).check(z.minLength(1)),
  minParticipants: z.int().check(z.gte(2), z.lte(1_000_000)),
});

/** Money of the programme (§1, §10). */
export const ProgrammeMoney = z.strictObject({
  /** The currency of every amount (cents of euro). */
  currency: z.literal('EUR'),
  /** Total cost of the programme. */
  costCents: Cents,
  /** Public contribution (the funder's). */
  publicFundingCents: Cents,
  /** What each firm pays itself to take part (its own programme cost). */
  firmContributionCents: Cents,
});

/**
 * How an application becomes the firm's (rule-book §2). A partita IVA is
 * public, so under `pec` an application is a claim until the firm confirms
 * it from the one-time link sent to its PEC address (valid `linkValidDays`
 * days), or an officer records another proof. Under `none` (the default)
 * an application counts from the day it is stored.
 */
export const EnrolmentRules = describe(
  z.strictObject({
    confirmation: z.enum(['pec', 'none']),
    /** Days the one-time link stays valid after the application (`pec` only). Default 14. */
    linkValidDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  }),
  'How an application becomes the firm\'s: confirmed from a one-time link to its PEC address, or not at all.',
);
/** How an application becomes the firm's. */
export type EnrolmentRules = z.infer<typeof EnrolmentRules>;

/** Days a confirmation link stays valid when the definition does not say (`enrolment.linkValidDays`). */
export const DEFAULT_LINK_VALID_DAYS = 14;

/** A note on where a figure or rule comes from, and whether it was checked. */
export const SourceNote = z.strictObject({
  about: Text,
  source: Text,
  /** Whether the figure or rule was checked against its source (false: a design default or an estimate). */
  verified: z.boolean(),
});

/**
 * A programme definition (rule-book §1). Validate one with
 * {@link parseDefinition}.
 */
export const ProgrammeDefinitionSchema = describe(
  z
    .strictObject({
      $schema: z.optional(z.string()),
      id: Id,
      name: LocalTextSchema,
      sector: LocalTextSchema,
      promoters: z.array(Organisation).check(z.minLength(1)),
      /** Who funds the programme, and through which instrument (e.g. a regional agreement). */
      funder: z.strictObject({ name: Text, instrument: z.optional(Text) }),
      contact: ContactOffice,
      locales: z.array(LangSchema).check(z.minLength(1)),
      calendar: EditionCalendar,
      phases: z.array(PhaseDefinition).check(z.minLength(2)),
      eligibility: EligibilityRules,
      analysis: AnalysisRules,
      plan: PlanRules,
      evaluation: EvaluationSettings,
      collaboration: CollaborationRules,
      aggregation: AggregationRules,
      money: ProgrammeMoney,
      /** What a public record may show. Without it, a public record names no firm. */
      publication: z.optional(PublicationRules),
      /** How long personal data is kept. Without it, nothing is erased on a schedule. */
      retention: z.optional(RetentionRules),
      /** Reminders and the office's weekly digest. Without it, `mechnet remind` queues nothing. */
      communication: z.optional(CommunicationRules),
      /**
       * How an application becomes the firm's (rule-book §2, issue 21). Without
       * it, confirmation `none`: an application counts from the day it is stored.
       */
      enrolment: z.optional(EnrolmentRules),
      sources: z.optional(z.array(SourceNote)),
    })
    .check(
      refinement((d, ctx) => {
        // Phases: a subsequence of the standard order, from enrolment to completed.
        const ids = d.phases.map((p) => p.id);
        let last = -1;
        ids.forEach((id, i) => {
          const at = PHASES.indexOf(id);
          if (at <= last) addIssue(ctx, 'phase_order', ['phases', i, 'id'], { name: id });
          last = Math.max(last, at);
        });
        if (ids[0] !== 'enrolment') addIssue(ctx, 'phase_order', ['phases', 0, 'id'], { name: ids[0] });
        if (ids[ids.length - 1] !== 'completed') {
          addIssue(ctx, 'phase_order', ['phases', ids.length - 1, 'id'], { name: ids[ids.length - 1] });
        }
        const a = d.analysis.scale;
        if (a.max <= a.min) addIssue(ctx, 'too_small', ['analysis', 'scale', 'max'], { limit: a.min + 1, origin: 'number' });
        const th = d.evaluation.thresholds;
        if (th.behind > th.onTrack) {
          addIssue(ctx, 'too_big', ['evaluation', 'thresholds', 'behind'], { limit: th.onTrack, origin: 'number' });
        }
        if (d.plan.maxObjectives !== undefined && d.plan.maxObjectives < d.plan.minObjectives) {
          addIssue(ctx, 'too_small', ['plan', 'maxObjectives'], { limit: d.plan.minObjectives, origin: 'number' });
        }
        if (d.money.publicFundingCents > d.money.costCents) {
          addIssue(ctx, 'too_big', ['money', 'publicFundingCents'], { limit: d.money.costCents, origin: 'number' });
        }
        duplicates(d.analysis.areas.map((a) => a.id), ctx, ['analysis', 'areas'], 'id');
        duplicates(d.eligibility.consent.purposes.map((a) => a.id), ctx, ['eligibility', 'consent', 'purposes'], 'id');
        duplicates(d.collaboration.kinds, ctx, ['collaboration', 'kinds']);
        const purposes = d.eligibility.consent.purposes.map((a) => a.id);
        if (d.publication && !purposes.includes(d.publication.purpose)) {
          addIssue(ctx, 'unknown_purpose', ['publication', 'purpose'], { name: d.publication.purpose, values: purposes.join(', ') || '-' });
        }
        duplicates(d.eligibility.territory.provinces, ctx, ['eligibility', 'territory', 'provinces']);
      }),
    ),
  'A programme definition: identity, calendar, phases, eligibility, plan and evaluation rules, collaboration, aggregation and money.',
  'MechNet programme definition',
);

/** Reports every value of `values` that repeats an earlier one. */
export function duplicates(
  values: readonly string[],
  ctx: z.core.ParsePayload<unknown>,
  base: (string | number)[],
  key?: string,
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) addIssue(ctx, 'duplicate_value', key ? [...base, i, key] : [...base, i], { name: v });
    seen.add(v);
  });
}

/** A programme definition (rule-book §1). */
export type ProgrammeDefinition = z.infer<typeof ProgrammeDefinitionSchema>;
