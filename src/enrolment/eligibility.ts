/**
 * The eligibility of an enrolment application against a programme
 * definition (rule-book §2): every rule, every reason, in Italian and English.
 */
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang, LocalText } from '../i18n/lang.js';
import { reasonMessages, type ReasonCode } from '../i18n/reasons.js';
import type { IssuePath } from '../errors/issue.js';
import { ProgrammeDefinitionSchema, type ProgrammeDefinition } from '../programme/schema.js';
import * as z from 'zod/mini';
import { ensure, langOf } from '../model/guard.js';
import { DATE_RANGE, IsoDate, LangSchema } from '../model/schemas.js';
import { isIsoDate } from '../model/calendar.js';
import type { EnrolmentStatus } from '../record/state.js';
import { datePart } from '../model/calendar.js';
import { EnrolmentApplicationSchema, type EnrolmentApplication } from './application.js';
import { ArtisanLimitTableSchema, limitsFor, withinLimits, type ArtisanLimitTable } from './artisan.js';
import { isAtecoCode, normalizeAteco, prefixOf, versionDoubt } from './ateco.js';
import { DeMinimisRegimeSchema, headroomOf, type DeMinimisHeadroom, type DeMinimisRegime } from './de-minimis.js';
import { checkCodiceFiscale, checkPartitaIva, normalizeCodiceFiscale, normalizePartitaIva } from './identifiers.js';
import { safeParseApplication } from './parse.js';
import { smeClass, type SmeClassification } from './sme.js';

/** How much a reason weighs: an error makes the application ineligible. */
export type ReasonSeverity = 'error' | 'warning' | 'info';

/** One finding of an eligibility check. */
export interface EligibilityReason {
  /** Stable code: a rule's code, or the code of a shape problem of the application. */
  code: ReasonCode | IssueCode;
  severity: ReasonSeverity;
  /** Path of the application field it concerns, e.g. `['firm', 'ateco']`. */
  path: IssuePath;
  /** The message in the language asked for. */
  message: string;
  messages: LocalText;
  params: MessageParams;
}

/** What to do with an application. */
export type EligibilityOutcome = 'accept' | 'waitlist' | 'reject';

/** The answer of {@link checkEligibility}. */
export interface EligibilityResult {
  /** No rule fails (a full programme still waitlists an eligible firm). */
  eligible: boolean;
  outcome: EligibilityOutcome;
  /** Position on the waitlist, from 1, when `outcome` is `waitlist`. */
  waitlistPosition?: number;
  /** Every finding, errors, warnings and passed checks, in rule order. */
  reasons: EligibilityReason[];
  /** The SME size found. */
  size?: SmeClassification;
  /** The de minimis position with the programme's aid. */
  deMinimis?: DeMinimisHeadroom;
}

/** An enrolment already in the edition. */
export interface EnrolledFirm {
  partitaIva: string;
  status: EnrolmentStatus;
}

/** Options of {@link checkEligibility}. */
export interface EligibilityOptions {
  /** The date of the decision, `YYYY-MM-DD`; default: the day the application was submitted. */
  asOf?: string;
  /** The enrolments before this one, in order of application (e.g. `firmStates(record)`). */
  enrolled?: readonly EnrolledFirm[];
  /** Language of each reason's `message`. Default `it`. */
  lang?: Lang;
  /** Artisan limit tables; default the library's. */
  artisanTables?: readonly ArtisanLimitTable[];
  /** De minimis regimes; default the library's. */
  regimes?: readonly DeMinimisRegime[];
}

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
  return eligibility(
    ensure(ProgrammeDefinitionSchema, definition, ['definition'], lang),
    ensure(EnrolmentApplicationSchema, application, ['application'], lang),
    plainOptions(options) ? options : ensure(EligibilityOptionsSchema, options ?? {}, ['options'], lang),
  );
}

const STATUSES = new Set(['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn']);

/**
 * The common options (a date, the enrolled firms, a language), recognised
 * without a schema: they are checked on every call, often with the same
 * list of enrolled firms.
 */
function plainOptions(options: unknown): options is EligibilityOptions {
  try {
    return plainOptionsOrThrow(options);
  } catch {
    return false; // a getter that throws: the schema will say so
  }
}

function plainOptionsOrThrow(options: unknown): boolean {
  if (options === undefined) return false;
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return false;
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== 'asOf' && key !== 'enrolled' && key !== 'lang') return false;
  if (o.lang !== undefined && o.lang !== 'it' && o.lang !== 'en') return false;
  if (o.asOf !== undefined && !(isIsoDate(o.asOf) && o.asOf >= DATE_RANGE.min && o.asOf <= DATE_RANGE.max)) return false;
  if (o.enrolled !== undefined) {
    if (!Array.isArray(o.enrolled)) return false;
    for (const e of o.enrolled as unknown[]) {
      if (e === null || typeof e !== 'object') return false;
      const { partitaIva, status } = e as { partitaIva?: unknown; status?: unknown };
      if (typeof partitaIva !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) return false;
    }
  }
  return true;
}

/** {@link checkEligibility} on checked arguments. */
export function eligibility(
  definition: ProgrammeDefinition,
  application: EnrolmentApplication,
  options: EligibilityOptions = {},
): EligibilityResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'it';
  const reasons: EligibilityReason[] = [];
  const add = (
    code: ReasonCode,
    severity: ReasonSeverity,
    path: IssuePath,
    params: MessageParams | ((l: Lang) => MessageParams) = {},
  ) => {
    const messages = reasonMessages(code, params);
    const p = typeof params === 'function' ? params(lang) : params;
    reasons.push({ code, severity, path, message: messages[lang], messages, params: p });
  };
  const rules = definition.eligibility;
  const firm = application.firm;
  const asOf = options.asOf ?? datePart(application.submittedAt);

  // Programme and edition
  if (application.programme !== definition.id) {
    add('programme', 'error', ['programme'], { name: application.programme, other: definition.id });
  }
  if (asOf > definition.calendar.end) add('edition_closed', 'error', ['submittedAt'], { name: definition.calendar.end });

  // Identifiers
  const piva = checkPartitaIva(firm.partitaIva);
  if (!piva.valid) add(`partita_iva_${piva.problem!}`, 'error', ['firm', 'partitaIva']);
  const cf = checkCodiceFiscale(firm.codiceFiscale);
  if (!cf.valid) add(`codice_fiscale_${cf.problem!}` as ReasonCode, 'error', ['firm', 'codiceFiscale']);

  // Sector
  const sector = rules.sector;
  if (!isAtecoCode(firm.ateco)) add('ateco_format', 'error', ['firm', 'ateco']);
  else if (prefixOf(firm.ateco, sector.prefixes)) add('sector_ok', 'info', ['firm', 'ateco'], { name: firm.ateco });
  else add('sector', 'error', ['firm', 'ateco'], { name: firm.ateco, values: sector.prefixes.join(', ') });
  if (versionDoubt(sector.classification, asOf)) {
    add('ateco_version', 'warning', ['firm', 'ateco'], { name: sector.classification });
  }

  // Territory
  const provinces = rules.territory.provinces;
  const inTerritory =
    provinces.includes(firm.address.province) ||
    (rules.territory.basis === 'seat-or-site' && (firm.sites ?? []).some((s) => provinces.includes(s.province)));
  add(inTerritory ? 'territory_ok' : 'territory', inTerritory ? 'info' : 'error', ['firm', 'address', 'province'], {
    name: firm.address.province,
    values: provinces.join(', '),
  });

  // Size
  const size = smeClass(
    { staff: firm.staff, turnoverCents: firm.turnoverCents, balanceSheetCents: firm.balanceSheetCents },
    { partners: firm.group?.partners, linked: firm.group?.linked, publicShare: firm.group?.publicShare },
  );
  const sizeOk = rules.sizes.includes(size.size);
  add(sizeOk ? 'size_ok' : 'size', sizeOk ? 'info' : 'error', ['firm', 'staff'], { name: size.size, values: rules.sizes.join(', ') });

  // Artisan status and limits
  if (rules.artisan === 'required' && !firm.artisan) add('artisan_required', 'error', ['firm', 'artisan']);
  if (rules.artisan === 'excluded' && firm.artisan) add('artisan_excluded', 'error', ['firm', 'artisan']);
  if (firm.artisan) {
    const table = limitsFor(rules.territory.region, asOf, options.artisanTables);
    const activity = firm.artisanActivity ?? 'not-in-series';
    const check = withinLimits({ staff: firm.staff, apprentices: firm.apprentices }, activity, table);
    if (!check.within) {
      add('artisan_limits', rules.artisan === 'required' ? 'error' : 'warning', ['firm', 'staff'], {
        name: String(firm.staff),
        count: firm.staff,
        ...(firm.apprentices ? { part: firm.apprentices } : {}),
        limit: check.limit.base,
        max: check.limit.max,
      });
    }
  }

  // De minimis
  const aidCents = rules.deMinimis.aidPerFirmCents;
  const deMinimis = headroomOf(firm.deMinimis, { date: asOf, aidCents, regimes: options.regimes });
  if (!deMinimis) add('de_minimis_unknown_regime', 'warning', ['firm', 'deMinimis'], { name: asOf });
  else {
    const money: MessageParams = {
      usedCents: deMinimis.usedCents,
      ceilingCents: deMinimis.ceilingCents,
      other: deMinimis.regime.id,
      leftCents: deMinimis.admissible ? deMinimis.afterCents : deMinimis.headroomCents,
      aidCents,
    };
    add(deMinimis.admissible ? 'de_minimis_headroom' : 'de_minimis_ceiling', deMinimis.admissible ? 'info' : 'error', ['firm', 'deMinimis'], money);
  }

  // Consent: the notice shown must be the current one; purposes must be known. Never required.
  const consent = rules.consent;
  if (application.consent.noticeVersion !== consent.noticeVersion) {
    add('consent_notice', 'error', ['consent', 'noticeVersion'], {
      name: application.consent.noticeVersion,
      other: consent.noticeVersion,
    });
  }
  const known = new Set(consent.purposes.map((p) => p.id));
  for (const id of Object.keys(application.consent.purposes)) {
    if (!known.has(id)) add('consent_purpose', 'error', ['consent', 'purposes', id], { name: id });
  }

  // Duplicates and capacity
  const enrolled = options.enrolled ?? [];
  const pivaKey = piva.normalized;
  if (enrolled.some((e) => normalizePartitaIva(e.partitaIva) === pivaKey)) {
    add('duplicate', 'error', ['firm', 'partitaIva'], { name: pivaKey });
  }
  const eligible = !reasons.some((r) => r.severity === 'error');
  let outcome: EligibilityOutcome = eligible ? 'accept' : 'reject';
  let waitlistPosition: number | undefined;
  if (eligible) {
    const taken = enrolled.filter((e) => e.status === 'accepted' || e.status === 'applied').length;
    if (taken >= rules.capacity) {
      if (rules.waitlist) {
        waitlistPosition = enrolled.filter((e) => e.status === 'waitlisted').length + 1;
        outcome = 'waitlist';
        add('waitlist', 'info', [], { limit: rules.capacity, name: String(waitlistPosition) });
      } else {
        outcome = 'reject';
        add('capacity_full', 'error', [], { limit: rules.capacity });
      }
    }
  }
  return {
    eligible: eligible && outcome !== 'reject',
    outcome,
    ...(waitlistPosition !== undefined ? { waitlistPosition } : {}),
    reasons,
    size,
    ...(deMinimis ? { deMinimis } : {}),
  };
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
  definition = ensure(ProgrammeDefinitionSchema, definition, ['definition'], lang);
  options = ensure(EligibilityOptionsSchema, options ?? {}, ['options'], lang);
  const parsed = safeParseApplication(normalizeInput(input), { lang });
  if (!parsed.success) {
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
  return { ...eligibility(definition, parsed.data, options), application: parsed.data };
}

/** Normalises the identifiers people type in many ways, leaving everything else as it is. */
function normalizeInput(input: unknown): unknown {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return input; // the parser reports the syntax error with its line and column
    }
  }
  if (!value || typeof value !== 'object') return value;
  const app = value as { firm?: Record<string, unknown> };
  const firm = app.firm;
  if (!firm || typeof firm !== 'object') return value;
  const out: Record<string, unknown> = { ...firm };
  if (typeof firm.partitaIva === 'string') out.partitaIva = normalizePartitaIva(firm.partitaIva);
  if (typeof firm.codiceFiscale === 'string') out.codiceFiscale = normalizeCodiceFiscale(firm.codiceFiscale);
  if (typeof firm.ateco === 'string') out.ateco = normalizeAteco(firm.ateco);
  return { ...(value as object), firm: out };
}
