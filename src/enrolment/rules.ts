/**
 * The rules of eligibility (rule-book §2) on values already validated: the
 * firm's rules (edition, identifiers, sector, territory, size, artisan
 * status, de minimis) and the application's (consent, duplicates, places).
 * The public functions in `eligibility.ts` check their arguments at the door
 * and call these; the enrolment form calls {@link firmEligibility} directly
 * on a definition it has already validated.
 */
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang, LocalText } from '../i18n/lang.js';
import { reasonMessages, type ReasonCode } from '../i18n/reasons.js';
import type { IssuePath } from '../errors/issue.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import { readWith, reading } from '../model/guard.js';
import { datePart } from '../model/calendar.js';
import { dateText } from '../i18n/numbers.js';
import type * as z from 'zod/mini';
import { ApplicantFirm as ApplicantFirmSchema, type ApplicantFirm, type EnrolmentApplication, type EnrolmentStatus } from './application.js';
import { limitsFor, withinLimits, type ArtisanLimitTable } from './artisan.js';
import { atecoChange, isAtecoCode, normalizeAteco, prefixOf, versionDoubt } from './ateco.js';
import { headroomOf, type DeMinimisHeadroom, type DeMinimisRegime } from './de-minimis.js';
import { checkCodiceFiscale, checkPartitaIva, normalizeCodiceFiscale, normalizePartitaIva } from './identifiers.js';
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

/**
 * What eligibility needs to know of the enrolments before an application:
 * whether a partita IVA (normalised) is among them, and how many hold or
 * wait for a place. Made from a list of enrolled firms by
 * {@link enrolmentOf}, or from a record's fold without a scan. @internal
 */
export interface Enrolment {
  has(partitaIva: string): boolean;
  /** Firms accepted or awaiting a decision. */
  taken: number;
  /** Firms on the waitlist. */
  waiting: number;
}

/** The enrolments of a list of enrolled firms. @internal */
export function enrolmentOf(enrolled: readonly EnrolledFirm[]): Enrolment {
  const keys = new Set(enrolled.map((e) => normalizePartitaIva(e.partitaIva)));
  let taken = 0;
  let waiting = 0;
  for (const e of enrolled) {
    if (e.status === 'accepted' || e.status === 'applied') taken++;
    else if (e.status === 'waitlisted') waiting++;
  }
  return { has: (k) => keys.has(k), taken, waiting };
}

/** A reason adder: code, severity, path and parameters, with messages in both languages. */
type AddReason = (code: ReasonCode, severity: ReasonSeverity, path: IssuePath, params?: MessageParams | ((l: Lang) => MessageParams)) => void;

/** The list of reasons of a check, and the function that adds to it. */
function reasonList(lang: Lang): { reasons: EligibilityReason[]; add: AddReason } {
  const reasons: EligibilityReason[] = [];
  const add: AddReason = (code, severity, path, params = {}) => {
    const messages = reasonMessages(code, params);
    const p = typeof params === 'function' ? params(lang) : params;
    reasons.push({ code, severity, path, message: messages[lang], messages, params: p });
  };
  return { reasons, add };
}

/** Whether the rules that read a field of the firm can judge it (`['firm', 'ateco']`). */
type Judged = (path: IssuePath) => boolean;

/**
 * The rules of §2 about the firm itself, as of a date: the edition still
 * open, identifiers, sector, territory, size, artisan status and limits, de
 * minimis ceiling. Returns the size and de minimis position found. A rule
 * runs only when `judged` says every field it reads is there and well formed
 * (all of them, for a firm that parsed).
 */
function firmRules(
  definition: ProgrammeDefinition,
  firm: ApplicantFirm,
  asOf: string,
  options: Pick<EligibilityOptions, 'artisanTables' | 'regimes'>,
  add: AddReason,
  judged: Judged = () => true,
): { size?: SmeClassification; deMinimis?: DeMinimisHeadroom } {
  const rules = definition.eligibility;
  const has = (...fields: string[]) => fields.every((f) => judged(['firm', ...f.split('.')]));
  const end = definition.calendar.end;
  if (asOf > end) add('edition_closed', 'error', ['submittedAt'], (l) => ({ name: dateText(end, l) }));

  // Identifiers
  if (has('partitaIva')) {
    const piva = checkPartitaIva(firm.partitaIva);
    if (!piva.valid) add(`partita_iva_${piva.problem!}`, 'error', ['firm', 'partitaIva']);
  }
  // Confirmation `pec`: the one-time link goes to the firm's certified address (rule-book §2).
  if (definition.enrolment?.confirmation === 'pec' && firm.pec === undefined && judged(['firm', 'pec'])) add('pec_required', 'error', ['firm', 'pec']);
  if (has('codiceFiscale')) {
    const cf = checkCodiceFiscale(firm.codiceFiscale);
    if (!cf.valid) add(`codice_fiscale_${cf.problem!}` as ReasonCode, 'error', ['firm', 'codiceFiscale']);
  }

  // Sector
  const sector = rules.sector;
  if (has('ateco')) {
    const code = firm.ateco;
    if (!isAtecoCode(code)) add('ateco_format', 'error', ['firm', 'ateco']);
    else {
      if (prefixOf(code, sector.prefixes)) add('sector_ok', 'info', ['firm', 'ateco'], { name: code });
      else add('sector', 'error', ['firm', 'ateco'], { name: code, values: sector.prefixes.join(', ') });
      // Only a code whose meaning changed between the two classifications (or one the library cannot tell) is in doubt.
      const change = versionDoubt(sector.classification, asOf) ? atecoChange(code) : 'same';
      if (change !== 'same') add('ateco_version', 'warning', ['firm', 'ateco'], { name: sector.classification, ...(change === 'changed' ? { other: code } : {}) });
    }
  }

  // Territory
  const provinces = rules.territory.provinces;
  const bySite = rules.territory.basis === 'seat-or-site';
  if (has('address.province') && (!bySite || has('sites'))) {
    const inTerritory = provinces.includes(firm.address.province) || (bySite && (firm.sites ?? []).some((s) => provinces.includes(s.province)));
    add(inTerritory ? 'territory_ok' : 'territory', inTerritory ? 'info' : 'error', ['firm', 'address', 'province'], {
      name: firm.address.province,
      values: provinces.join(', '),
    });
  }

  // Size
  let size: SmeClassification | undefined;
  if (has('staff', 'turnoverCents', 'balanceSheetCents', 'group')) {
    size = smeClass(
      { staff: firm.staff, turnoverCents: firm.turnoverCents, balanceSheetCents: firm.balanceSheetCents },
      { partners: firm.group?.partners, linked: firm.group?.linked, publicShare: firm.group?.publicShare },
    );
    const sizeOk = rules.sizes.includes(size.size);
    add(sizeOk ? 'size_ok' : 'size', sizeOk ? 'info' : 'error', ['firm', 'staff'], { name: size.size, values: rules.sizes.join(', ') });
  }

  // Artisan status and limits
  if (has('artisan')) {
    if (rules.artisan === 'required' && !firm.artisan) add('artisan_required', 'error', ['firm', 'artisan']);
    if (rules.artisan === 'excluded' && firm.artisan) add('artisan_excluded', 'error', ['firm', 'artisan']);
    if (firm.artisan && has('staff', 'apprentices', 'artisanActivity')) {
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
  }

  // De minimis
  const aidCents = rules.deMinimis.aidPerFirmCents;
  const deMinimis = has('deMinimis') ? headroomOf(firm.deMinimis, { date: asOf, aidCents, regimes: options.regimes }) : null;
  if (deMinimis === undefined) add('de_minimis_unknown_regime', 'warning', ['firm', 'deMinimis'], { name: asOf });
  else if (deMinimis) {
    const money: MessageParams = {
      usedCents: deMinimis.usedCents,
      ceilingCents: deMinimis.ceilingCents,
      other: deMinimis.regime.id,
      leftCents: deMinimis.admissible ? deMinimis.afterCents : deMinimis.headroomCents,
      aidCents,
    };
    add(deMinimis.admissible ? 'de_minimis_headroom' : 'de_minimis_ceiling', deMinimis.admissible ? 'info' : 'error', ['firm', 'deMinimis'], money);
  }
  return { ...(size ? { size } : {}), ...(deMinimis ? { deMinimis } : {}) };
}

/** {@link checkEligibility} on checked arguments. */
export function eligibility(
  definition: ProgrammeDefinition,
  application: EnrolmentApplication,
  options: EligibilityOptions = {},
  enrolment: Enrolment = enrolmentOf(options.enrolled ?? []),
): EligibilityResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'it';
  const { reasons, add } = reasonList(lang);
  const rules = definition.eligibility;
  const asOf = options.asOf ?? datePart(application.submittedAt);

  // Programme
  if (application.programme !== definition.id) {
    add('programme', 'error', ['programme'], { name: application.programme, other: definition.id });
  }
  // The firm
  const { size, deMinimis } = firmRules(definition, application.firm, asOf, options, add);
  const piva = checkPartitaIva(application.firm.partitaIva);

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
  const pivaKey = piva.normalized;
  if (enrolment.has(pivaKey)) {
    add('duplicate', 'error', ['firm', 'partitaIva'], { name: pivaKey });
  }
  const eligible = !reasons.some((r) => r.severity === 'error');
  let outcome: EligibilityOutcome = eligible ? 'accept' : 'reject';
  let waitlistPosition: number | undefined;
  if (eligible) {
    const { taken, waiting } = enrolment;
    // Full, or others already wait: a freed place goes to the first waiting, not to a newcomer.
    if (taken >= rules.capacity || waiting > 0) {
      if (rules.waitlist) {
        // Every application ahead in order, decided or not, beyond the places.
        const ahead = taken + waiting;
        waitlistPosition = ahead - rules.capacity + 1;
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
    ...(size ? { size } : {}),
    ...(deMinimis ? { deMinimis } : {}),
  };
}

/** The answer of {@link checkFirmEligibility}. */
export interface FirmEligibility extends EligibilityResult {
  /** Whether every field of the firm was there and well formed, so that every rule could be judged. */
  complete: boolean;
}

/**
 * {@link checkFirmEligibility} on a definition already validated (the preset,
 * or one from `parseDefinition`): what the enrolment form calls as the firm
 * types, without checking the definition again at each keystroke.
 */
export function firmEligibility(d: ProgrammeDefinition, firm: unknown, asOf: string, lang: Lang): FirmEligibility {
  const { reasons, add } = reasonList(lang);
  // The firm as the form has it, read once: normalised, then parsed by zod into plain data.
  const normalized = reading(() => normalizeFirm(firm), ['firm'], lang);
  const parsed = readWith(ApplicantFirmSchema, normalized, ['firm'], lang);
  if (!parsed.success) {
    const issues = parsed.issues;
    // The rules whose fields are all there and well formed are judged anyway: a wrong check digit is told
    // while the rest of the firm is still being typed. Their failures only: what passed is told once complete.
    const within = (a: IssuePath, b: IssuePath) => a.length <= b.length && a.every((x, i) => x === b[i]);
    const partial = reading(() => wellFormed(ApplicantFirmSchema, normalized), ['firm'], lang) as ApplicantFirm;
    firmRules(d, partial ?? {}, asOf, {}, add, (path) => !issues.some((i) => within(i.path, path) || within(path, i.path)));
    return {
      complete: false,
      eligible: false,
      outcome: 'reject',
      reasons: [
        ...issues.map((i) => ({ code: i.code, severity: 'error' as const, path: i.path, message: i.messages[lang], messages: i.messages, params: i.params })),
        ...reasons.filter((r) => r.severity !== 'info'),
      ],
    };
  }
  const { size, deMinimis } = firmRules(d, parsed.data, asOf, {}, add);
  const eligible = !reasons.some((r) => r.severity === 'error');
  return { complete: true, eligible, outcome: eligible ? 'accept' : 'reject', reasons, ...(size ? { size } : {}), ...(deMinimis ? { deMinimis } : {}) };
}

/** What is well formed in a value, member by member of an object schema: each valid member kept, the rest left out. */
function wellFormed(schema: z.ZodMiniType, value: unknown): unknown {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodMiniType> };
  if (def.type === 'object' && value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, member] of Object.entries(def.shape!)) {
      const v = wellFormed(member, (value as Record<string, unknown>)[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** A firm with its partita IVA, codice fiscale and ATECO code normalised; anything else as it is. */
export function normalizeFirm(firm: unknown): unknown {
  if (!firm || typeof firm !== 'object') return firm;
  const f = firm as Record<string, unknown>;
  const out: Record<string, unknown> = { ...f };
  if (typeof f.partitaIva === 'string') out.partitaIva = normalizePartitaIva(f.partitaIva);
  if (typeof f.codiceFiscale === 'string') out.codiceFiscale = normalizeCodiceFiscale(f.codiceFiscale);
  if (typeof f.ateco === 'string') out.ateco = normalizeAteco(f.ateco);
  return out;
}
