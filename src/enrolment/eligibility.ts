/**
 * The eligibility of an enrolment application against a programme
 * definition (rule-book §2): every rule, every reason, in Italian and English.
 */
import { applicationTable } from './application-table.js';
import { quickReader } from '../model/shape-reader.js';
import { ProgrammeDefinitionSchema, type ProgrammeDefinition } from '../programme/schema.js';
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { ensure, guarded, langOf, reading } from '../model/guard.js';
import { DATE_RANGE, IsoDate, LangSchema } from '../model/schemas.js';
import { isIsoDate } from '../model/calendar.js';
import { EnrolmentApplicationSchema, type EnrolmentApplication } from './application.js';
import { ArtisanLimitTableSchema } from './artisan.js';
import { DeMinimisRegimeSchema } from './de-minimis.js';
import { safeParseApplication } from './parse.js';
import { eligibility, firmEligibility, normalizeFirm, type Enrolment, type EligibilityOptions, type EligibilityResult, type EnrolledFirm, type FirmEligibility } from './rules.js';

export type {
  EligibilityOptions,
  EligibilityOutcome,
  EligibilityReason,
  EligibilityResult,
  EnrolledFirm,
  FirmEligibility,
  ReasonSeverity,
} from './rules.js';

const EligibilityOptionsSchema = z.object({
  asOf: z.optional(IsoDate),
  enrolled: z.optional(
    z.array(z.object({ partitaIva: z.string(), status: z.enum(['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn']) })),
  ),
  lang: z.optional(LangSchema),
  artisanTables: z.optional(z.array(ArtisanLimitTableSchema)),
  regimes: z.optional(z.array(DeMinimisRegimeSchema)),
});

/**
 * Checks an application against every eligibility rule of a programme:
 * programme and dates, identifiers, sector (ATECO prefixes), territory,
 * size (EU SME), artisan status and limits, de minimis ceiling, consent,
 * duplicates by partita IVA, and capacity with a waitlist in order of
 * application. Reports every finding, not only the first failure.
 *
 * @example
 * ```ts
 * import { checkEligibility, firmStates, mechnetDefinition } from 'mechnet';
 *
 * const result = checkEligibility(mechnetDefinition, application, {
 *   enrolled: firmStates(record),
 *   lang: 'en',
 * });
 * result.outcome; // 'accept' | 'waitlist' | 'reject'
 * for (const r of result.reasons.filter((r) => r.severity === 'error')) {
 *   console.log(r.path.join('.'), r.message);
 * }
 * ```
 */
export function checkEligibility(
  definition: ProgrammeDefinition,
  application: EnrolmentApplication,
  options: EligibilityOptions = {},
): EligibilityResult {
  const lang = langOf(options);
  return guarded(options, () =>
    eligibility(
      ensure(ProgrammeDefinitionSchema, definition, ['definition'], lang),
      ensure(EnrolmentApplicationSchema, application, ['application'], lang, readApplicationQuickly),
      plainOptions(options) ?? ensure(EligibilityOptionsSchema, options ?? {}, ['options'], lang),
    ),
  );
}

/** An application read by the shape reader's table (zod reads one it refuses). */
const readApplicationQuickly = /* @__PURE__ */ quickReader(applicationTable);

const STATUSES = new Set(['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn']);

/**
 * The common options (a date, the enrolled firms, a language), recognised
 * without a schema: they are checked on every call, often with the same
 * list of enrolled firms. Returns a copy of what it read (each field read
 * once), or undefined for the schema to judge.
 */
function plainOptions(options: unknown): EligibilityOptions | undefined {
  try {
    return plainOptionsOrThrow(options);
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    return undefined; // a getter that throws: the schema will say so
  }
}

function plainOptionsOrThrow(options: unknown): EligibilityOptions | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== 'asOf' && key !== 'enrolled' && key !== 'lang') return undefined;
  const { lang, asOf, enrolled } = o;
  if (lang !== undefined && lang !== 'it' && lang !== 'en') return undefined;
  if (asOf !== undefined && !(isIsoDate(asOf) && asOf >= DATE_RANGE.min && asOf <= DATE_RANGE.max)) return undefined;
  let firms: EnrolledFirm[] | undefined;
  if (enrolled !== undefined) {
    if (!Array.isArray(enrolled)) return undefined;
    firms = [];
    for (const e of enrolled as unknown[]) {
      if (e === null || typeof e !== 'object') return undefined;
      const { partitaIva, status } = e as { partitaIva?: unknown; status?: unknown };
      if (typeof partitaIva !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) return undefined;
      firms.push({ partitaIva, status: status as EnrolledFirm['status'] });
    }
  }
  return { ...(asOf !== undefined ? { asOf: asOf as string } : {}), ...(firms ? { enrolled: firms } : {}), ...(lang !== undefined ? { lang } : {}) };
}

/** Options of {@link checkFirmEligibility}. */
export interface FirmEligibilityOptions {
  /** The date of the judgement, `YYYY-MM-DD` (a form passes today's date). */
  asOf: string;
  /** Language of each reason's `message`. Default `it`. */
  lang?: Lang;
}

const FirmEligibilityOptionsSchema = z.object({ asOf: IsoDate, lang: z.optional(LangSchema) });

/**
 * Whether a programme can accept a firm, judged on the firm alone as of a
 * date: the edition still open, its identifiers, sector, territory, size,
 * artisan status and limits and de minimis ceiling. What an enrolment form
 * tells the firm as it types, before the rest of the application (contact,
 * consent) is filled in. Fields of the firm that are missing or malformed
 * come back as error reasons with their paths (`['firm', 'ateco']`), like
 * {@link checkApplication}; places and duplicates are judged only on the whole
 * application.
 *
 * @example
 * ```ts
 * const r = checkFirmEligibility(mechnetDefinition, form.firm, { asOf: '2010-02-15', lang: 'en' });
 * r.eligible; // false
 * r.reasons.filter((x) => x.severity === 'error').map((x) => x.message);
 * // ['The registered seat (province TO) is not in the programme's territory (VA)']
 * ```
 */
export function checkFirmEligibility(definition: ProgrammeDefinition, firm: unknown, options: FirmEligibilityOptions): FirmEligibility {
  const lang = langOf(options);
  return guarded(options, () => {
    const d = ensure(ProgrammeDefinitionSchema, definition, ['definition'], lang);
    const o = ensure(FirmEligibilityOptionsSchema, options, ['options'], lang);
    return firmEligibility(d, firm, o.asOf, lang);
  });
}

/** The answer of {@link checkApplication}: the eligibility, and the application as validated. */
export interface ApplicationCheck extends EligibilityResult {
  /** The application, normalised and typed, when its shape is valid. */
  application?: EnrolmentApplication;
}

/**
 * Everything a back end needs in one call: reads the application as the
 * enrolment form sends it (a value or JSON text), normalises its
 * identifiers, checks its shape and then every eligibility rule. Shape
 * problems come back as reasons with severity `error` and the field's path.
 *
 * @example
 * ```ts
 * const check = checkApplication(mechnetDefinition, await request.text(), {
 *   enrolled: firmStates(record),
 * });
 * if (check.outcome === 'reject') return Response.json(check.reasons, { status: 422 });
 * ```
 */
export function checkApplication(
  definition: ProgrammeDefinition,
  input: unknown,
  options: EligibilityOptions = {},
): ApplicationCheck {
  const lang = langOf(options);
  return guarded(options, () => {
    const d = ensure(ProgrammeDefinitionSchema, definition, ['definition'], lang);
    const o = plainOptions(options) ?? ensure(EligibilityOptionsSchema, options ?? {}, ['options'], lang);
    return applicationChecked(d, input, o);
  });
}

/**
 * {@link checkApplication} for a definition and options already checked, and
 * the enrolments before the application given by what counts of them (the
 * server gives them from the record's fold, without a list of every firm).
 * @internal
 */
export function applicationChecked(definition: ProgrammeDefinition, input: unknown, o: EligibilityOptions, enrolment?: Enrolment): ApplicationCheck {
  const lang = langOf(o);
  const value = normalizeInput(input, lang);
  // The shape reader's table first; zod reads an application it refuses, and says what is wrong.
  const quick = readApplicationQuickly(value) as EnrolmentApplication | undefined;
  if (quick) return { ...eligibility(definition, quick, o, enrolment), application: quick };
  const parsed = safeParseApplication(value, { lang });
  if (!parsed.success) {
    // A defect of the library is not a reason to reject the firm.
    if (parsed.error.code === 'internal') throw parsed.error;
    return {
      eligible: false,
      outcome: 'reject',
      reasons: parsed.error.issues.map((i) => ({
        code: i.code,
        severity: 'error' as const,
        path: i.path,
        message: i.messages[lang],
        messages: i.messages,
        params: i.params,
      })),
    };
  }
  return { ...eligibility(definition, parsed.data, o, enrolment), application: parsed.data };
}

/**
 * Normalises the identifiers people type in many ways, leaving everything
 * else as it is. It reads the caller's value: a throw there is an
 * unreadable input.
 */
function normalizeInput(input: unknown, lang: Lang): unknown {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return input; // the parser reports the syntax error with its line and column
    }
  }
  if (!value || typeof value !== 'object') return value;
  return reading(
    () => {
      const app = value as { firm?: unknown };
      const firm = app.firm;
      return firm && typeof firm === 'object' ? { ...(value as object), firm: normalizeFirm(firm) } : value;
    },
    [],
    lang,
  );
}
