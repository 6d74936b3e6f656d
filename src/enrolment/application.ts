/**
 * The enrolment application: the wire format that the enrolment form sends
 * and a back end receives (rule-book §2).
 */
import * as z from 'zod/mini';
import {
  AtecoCode,
  Cents,
  CodiceFiscale,
  CollaborationKind,
  describe,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  PartitaIva,
  Phone,
  PostalCode,
  Province,
  SmeSize,
  Text,
  figure,
} from '../model/schemas.js';

/** Legal forms of Italian firms. */
export const LegalForm = describe(
  z.enum([
    'ditta-individuale',
    'snc',
    'sas',
    'srl',
    'srls',
    'spa',
    'sapa',
    'cooperativa',
    'consorzio',
    'altro',
  ]),
  'Legal form: ditta individuale, snc, sas, srl, srls, spa, sapa, cooperativa, consorzio, altro.',
);
export type LegalForm = z.infer<typeof LegalForm>;

/** A registered seat or operating site. */
export const Address = z.strictObject({
  street: Text,
  postalCode: PostalCode,
  municipality: Text,
  province: Province,
});
export type Address = z.infer<typeof Address>;

/** A de minimis aid the firm received before. */
export const DeMinimisGrant = describe(
  z.strictObject({
    /** Date the right to the aid arose (grant date). */
    date: IsoDate,
    amountCents: Cents,
    grantor: Text,
  }),
  'A de minimis aid already received: grant date, amount in cents, granting body.',
);
export type DeMinimisGrant = z.infer<typeof DeMinimisGrant>;

/** A share of capital or voting rights, from 0 to 1. */
const Share = figure({ min: 0, max: 1 });

/** The figures of an enterprise that count towards the SME size. */
const enterpriseFigures = {
  staff: figure({ min: 0, max: 1_000_000 }),
  turnoverCents: Cents,
  balanceSheetCents: Cents,
};

/** Kinds of artisan activity with their own limits (Legge 443/1985 art. 4). */
export const ArtisanActivitySchema = z.enum(['not-in-series', 'in-series', 'artistic', 'transport', 'construction']);

/** The fields of the applicant firm. */
const firmShape = {
  name: Text,
  legalForm: LegalForm,
  partitaIva: PartitaIva,
  codiceFiscale: CodiceFiscale,
  address: Address,
  /** Operating sites other than the registered seat. */
  sites: z.optional(z.array(Address)),
  /** Main ATECO code (attività prevalente). */
  ateco: AtecoCode,
  /** Staff in annual work units (may be fractional). */
  staff: describe(figure({ min: 0, max: 1_000_000 }), 'Staff in annual work units (AWU).'),
  /** Apprentices among the staff (for the artisan limits). */
  apprentices: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  turnoverCents: Cents,
  balanceSheetCents: Cents,
  /** Registered in the Albo delle imprese artigiane. */
  artisan: z.boolean(),
  /** Kind of artisan activity, for the limits of Legge 443/1985 art. 4. */
  artisanActivity: z.optional(ArtisanActivitySchema),
  /**
   * Enterprises whose figures count towards the SME size: partners (25-50 %,
   * pro rata), linked (in full), and the share held by public bodies.
   */
  group: z.optional(
    z.strictObject({
      partners: z.optional(z.array(z.strictObject({ share: Share, ...enterpriseFigures }))),
      linked: z.optional(z.array(z.strictObject(enterpriseFigures))),
      publicShare: z.optional(Share),
    }),
  ),
  /** Number of production machines (for the network seen as one firm). */
  machines: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  deMinimis: z.array(DeMinimisGrant),
  /** The firm's certified e-mail address (PEC), where the one-time confirmation link goes (rule-book §2). */
  pec: z.optional(Email),
};

/** The applicant firm, as declared. */
export const ApplicantFirm = z.strictObject(firmShape);
export type ApplicantFirm = z.infer<typeof ApplicantFirm>;

/** The person the programme office talks to. */
export const ContactPerson = z.strictObject({
  name: Text,
  role: Text,
  email: Email,
  phone: Phone,
});
export type ContactPerson = z.infer<typeof ContactPerson>;

/** Consent to optional purposes of processing (GDPR art. 7). */
export const Consent = describe(
  z.strictObject({
    noticeVersion: Text,
    /** Purpose id to yes/no. Enrolment never depends on these. */
    purposes: z.record(Id, z.boolean()),
    givenAt: IsoDateTime,
  }),
  'Consent given: version of the privacy notice shown, yes/no per optional purpose, and when.',
);
export type Consent = z.infer<typeof Consent>;

/** The fields of an enrolment application. */
const applicationShape = {
    $schema: z.optional(z.string()),
    /** Id of the programme definition applied to. */
    programme: Id,
    /** Chosen by the sender; the same key means the same application (retries, double clicks). */
    idempotencyKey: describe(
      z.string().check(z.regex(/^[A-Za-z0-9_-]{8,128}$/)),
      'A key chosen by the sender, 8-128 letters, digits, - or _; a repeated key is the same application.',
    ),
    submittedAt: IsoDateTime,
    firm: ApplicantFirm,
    contact: ContactPerson,
    interests: z.strictObject({
      kinds: z.array(CollaborationKind),
      /** Open to a stable aggregation (network contract, consortium). */
      aggregation: z.boolean(),
    }),
    consent: Consent,
};

/**
 * An enrolment application. Validate one with {@link parseApplication}.
 *
 * @example
 * ```ts
 * const app: EnrolmentApplication = parseApplication(JSON.parse(body));
 * ```
 */
export const EnrolmentApplicationSchema = describe(
  z.strictObject(applicationShape),
  'An application to enrol in a programme, as the enrolment form sends it.',
  'MechNet enrolment application',
);

/** An enrolment application (rule-book §2). */
export type EnrolmentApplication = z.infer<typeof EnrolmentApplicationSchema>;

/** Where a firm's enrolment stands. */
export type EnrolmentStatus = 'applied' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn';

/**
 * The marker of data left out of a public record (`publicRecord`): contact
 * persons, consent records, de minimis detail, a person's codice fiscale, an
 * anonymous firm's address.
 */
export const Redacted = describe(
  z.strictObject({ redacted: z.literal(true) }),
  'Left out of a public record: personal data, or what would identify an anonymous firm.',
);

/** A figure left out of an anonymous record (the firm's size class says enough). */
const Generalisable = <T extends z.core.$ZodType>(figureSchema: T) => z.union([figureSchema, Redacted]);

/** Where a firm is, in a public record: its province (or, in an anonymous record, only its region). */
const PublicPlace = z.strictObject({ province: z.optional(Province), region: z.optional(Id), redacted: z.literal(true) });

/**
 * An application as a record stores it: as sent, or with its personal parts
 * replaced by the marker `{ redacted: true }` in a public record. In an
 * anonymous record the firm's figures are left out too, with its size class
 * (`sizeClass`) in their place, its ATECO code is cut to its division, and
 * its place may be only its region.
 */
export const StoredApplicationSchema = describe(
  z.strictObject({
    ...applicationShape,
    firm: z.strictObject({
      ...firmShape,
      codiceFiscale: z.union([CodiceFiscale, Redacted]),
      pec: z.optional(z.union([Email, Redacted])),
      address: z.union([Address, PublicPlace]),
      sites: z.optional(z.array(z.union([Address, PublicPlace]))),
      deMinimis: z.union([z.array(DeMinimisGrant), Redacted]),
      legalForm: z.union([LegalForm, Redacted]),
      /** An ATECO code, or in an anonymous record its division (`25`) or its section (`C`). */
      ateco: z.union([AtecoCode, z.string().check(z.regex(/^[A-U]$/))]),
      staff: Generalisable(firmShape.staff),
      apprentices: z.optional(Generalisable(z.int().check(z.gte(0), z.lte(1_000_000)))),
      turnoverCents: Generalisable(Cents),
      balanceSheetCents: Generalisable(Cents),
      machines: z.optional(Generalisable(z.int().check(z.gte(0), z.lte(1_000_000)))),
      /** In an anonymous record: the firm's EU size class, in place of its figures. */
      sizeClass: z.optional(SmeSize),
    }),
    contact: z.union([ContactPerson, Redacted]),
    consent: z.union([Consent, Redacted]),
  }),
  'An enrolment application as a record stores it: as sent, or with personal data marked as left out (public records).',
);

/** An application as a record stores it (possibly with parts left out). */
export type StoredApplication = z.infer<typeof StoredApplicationSchema>;

/** Whether a stored application had parts left out. */
export function isRedacted(app: StoredApplication): boolean {
  const f = app.firm;
  return 'redacted' in app.contact || 'redacted' in app.consent || !Array.isArray(f.deMinimis) || typeof f.codiceFiscale !== 'string' || 'redacted' in f.address || (f.pec !== undefined && typeof f.pec !== 'string');
}

/** Whether a stored application is an anonymous record's: its figures left out for its size class. */
export function isGeneralised(app: StoredApplication): boolean {
  return app.firm.sizeClass !== undefined || typeof app.firm.staff !== 'number' || typeof app.firm.legalForm !== 'string';
}
