/**
 * The public record: what a public page may download. The same programme,
 * the same events and the same figures, without personal data; a firm named
 * only when it was admitted and consented to publication; with `anonymous`,
 * nobody named and what re-identifies a firm generalised until every group
 * of alike firms is at least the definition's minimum (rule-book §12).
 *
 * Anonymisation works on the structure of the events: the fields that carry
 * identities are replaced or re-keyed, and only free texts are cleaned of the
 * hidden firms' names, by whole words. Dates, codes and ids are never
 * searched.
 */
import * as z from 'zod/mini';
import { partitaIvaCheckDigit } from '../enrolment/identifiers.js';
import type { StoredApplication } from '../enrolment/application.js';
import { smeClass } from '../enrolment/sme.js';
import { provinceRegion } from '../i18n/provinces.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { deepFreeze } from '../model/freeze.js';
import { IsoDate, LangSchema } from '../model/schemas.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeRecord, Redaction } from '../record/schema.js';
import type { ProgrammeEvent } from '../record/events.js';
import type { ProgrammeFold } from '../record/state.js';
import { checkedRecord } from './parse-record.js';
import { vouchRecord } from './vouch.js';
import { recordIntegrity } from './integrity.js';
import { resolveDefinition } from '../programme/resolve.js';
import { rememberState } from './state-cache.js';
import { stateOf } from './state.js';
import { shapeOf } from './record-shape.js';

/** Options of {@link publicRecord}. */
export interface PublicRecordOptions {
  /** Nobody named, and what re-identifies a firm generalised (rule-book §12). Default false. */
  anonymous?: boolean;
  /** The day of publishing: admissions and consent as they stand on it. Default: every event of the record. */
  asOf?: string;
  /** Language of errors. */
  lang?: 'it' | 'en';
}

const OptionsSchema = z.object({ anonymous: z.optional(z.boolean()), asOf: z.optional(IsoDate), lang: z.optional(LangSchema) });

const REDACTED = Object.freeze({ redacted: true as const });

/** The smallest group of alike firms an anonymous record keeps when the definition does not say. */
export const DEFAULT_MINIMUM_GROUP = 3;

/** Who records each kind of event, by role: a public record names roles, not people. */
const ROLE: Record<string, string> = {
  'enrolment.applied': "l'impresa richiedente",
  'manager.days-logged': 'il temporary manager',
  'analysis.recorded': 'il temporary manager',
  'measurement.recorded': 'il temporary manager',
  'verification.held': 'il temporary manager',
  'offer.declared': "l'impresa",
  'need.declared': "l'impresa",
};
const OFFICE = "l'ufficio del programma";

/** The keys of free texts: the only strings searched for hidden firms' names. */
const FREE_TEXT = new Set([
  'title',
  'name',
  'description',
  'text',
  'machineType',
  'service',
  'skill',
  'brand',
  'unit',
  'supplier',
  'numerator',
  'denominator',
  'label',
  'profile',
  'expertise',
  'joiningRules',
  'withdrawalRules',
  'commonBody',
  'decisionRules',
  'registry',
  'source',
  'it',
  'en',
]);

/** Longest free text the record's schema takes (`Text`). */
const TEXT_MAX = 2000;

/**
 * A key for a firm not named that no firm can have: a partita IVA whose
 * office code is 000 (no office has it).
 */
function placeholderPartitaIva(n: number): string {
  const body = `${String(n).padStart(7, '0')}000`;
  return `${body}${partitaIvaCheckDigit(body)}`;
}

/** A firm of the record and how the public record shows it. */
interface Shown {
  key: string;
  name: string;
  named: boolean;
}

/**
 * The record without personal data, for a public page or a public JSON file
 * (what `GET /api/record.json` and `mechnet publish` serve).
 *
 * - Left out everywhere: contact persons, e-mails, phones, consent records,
 *   de minimis detail, a person's codice fiscale, free-text notes (notes,
 *   findings, activities, reasons for withdrawing), erasures; authors, plan
 *   owners, managers and those who approved an exception are named by their
 *   role; event, collaboration, aggregation and manager ids and the
 *   applications' keys are re-keyed (`event-1`, `manager-1`, ...).
 * - A firm is named (name, partita IVA, address) only if it was admitted and
 *   its consent allows the definition's `publication.purpose` on the day of
 *   publishing; every other firm is "Impresa n", with a placeholder key no
 *   firm can have and only its province. Free texts (collaboration titles,
 *   indicator names, ...) lose the names of the firms not named, by whole
 *   words.
 * - With `anonymous`, nobody is named, the firms' figures become their EU
 *   size class, ATECO codes their division, times the day, registration
 *   dates the month; then the province becomes the region, and the legal
 *   form is left out, until every group of firms sharing ATECO division,
 *   place, legal form and size class has at least the definition's
 *   `publication.minimumGroup` firms (default 3). If even then a group is
 *   smaller, it refuses with a sentence saying what to change.
 *
 * The record says what was done in `redaction`: the level, how many firms
 * are named and why the others are not, and for an anonymous record `k`
 * (the smallest group) and what was generalised. The result is a valid
 * record (`parseRecord` and `parseRecordShape` accept it), and every view
 * the elements show gives the figures of the full record.
 *
 * @example
 * ```ts
 * const shown = publicRecord(record, { asOf: '2012-06-30' });
 * shown.redaction; // { level: 'public', named: 8, unnamed: { notAdmitted: 0, withoutConsent: 5, anonymous: 0 } }
 * const anonymous = publicRecord(record, { anonymous: true });
 * anonymous.redaction?.k; // 3 or more
 * JSON.stringify(anonymous).includes('@'); // false: no e-mail address left
 * ```
 */
export function publicRecord(record: ProgrammeRecord, options: PublicRecordOptions = {}): ProgrammeRecord {
  const lang = langOf(options);
  return guarded(options, () => {
    const o = ensure(OptionsSchema, options ?? {}, ['options'], lang);
    const full = checkedRecord(record, lang);
    const definition = resolveDefinition(full, { lang });
    const anonymous = o.anonymous ?? false;
    const state = stateOf(full, o.asOf);
    const shown = whoIsShown(full, definition, state, anonymous);
    const redaction = summary(shown, state, definition, anonymous);

    const generalise = anonymous ? generalisation(full, shown, definition, lang) : undefined;
    if (generalise) Object.assign(redaction, { k: generalise.k, minimumGroup: generalise.minimumGroup, generalised: generalise.generalised });

    const events = rewriteEvents(full.events, shown, definition, generalise);
    const out: ProgrammeRecord = {
      ...(full.$schema !== undefined ? { $schema: full.$schema } : {}),
      programme: full.programme,
      redaction,
      events,
    };
    // Made from a valid record: checked once more (every rule, and the shape the elements read), else refused rather than served broken.
    const { issues, state: shownState } = recordIntegrity(out, definition, lang, 1);
    if (issues.length > 0) throw new Error(`mechnet: the public record is not valid (${issues[0]!.message}); please report this`);
    shapeOf(out, lang);
    deepFreeze(out);
    rememberState(out, shownState);
    return vouchRecord(out);
  });
}

/** Every firm of the record, in order of application, with the key and name it has in public. */
function whoIsShown(full: ProgrammeRecord, definition: ProgrammeDefinition, state: ProgrammeFold, anonymous: boolean): Map<string, Shown> {
  const firms: string[] = [];
  for (const e of full.events) if (e.type === 'enrolment.applied' && !firms.includes(e.firm)) firms.push(e.firm);
  const purpose = definition.publication?.purpose;
  const out = new Map<string, Shown>();
  for (const firm of firms) {
    // In order of application, as the elements number firms (`anonymous`): the events' order says as much.
    const n = firms.indexOf(firm) + 1;
    const f = state.firms.get(firm);
    const named = !anonymous && purpose !== undefined && f?.acceptedOn !== undefined && f.consent.purposes[purpose]?.given === true;
    out.set(firm, named ? { key: firm, name: f!.firm.name, named } : { key: placeholderPartitaIva(n), name: `Impresa ${n}`, named });
  }
  return out;
}

/** How many firms are named, and why the others are not. */
function summary(shown: Map<string, Shown>, state: ProgrammeFold, definition: ProgrammeDefinition, anonymous: boolean): Redaction {
  const purpose = definition.publication?.purpose;
  const unnamed = { notAdmitted: 0, withoutConsent: 0, anonymous: 0 };
  let named = 0;
  for (const [firm, s] of shown) {
    const f = state.firms.get(firm);
    if (s.named) named += 1;
    else if (f?.acceptedOn === undefined) unnamed.notAdmitted += 1;
    else if (purpose === undefined || f.consent.purposes[purpose]?.given !== true) unnamed.withoutConsent += 1;
    else unnamed.anonymous += 1;
  }
  return { level: anonymous ? 'anonymous' : 'public', named, unnamed };
}

/** What an anonymous record generalises, chosen so that the smallest group of alike firms reaches the minimum. */
interface Generalisation {
  k: number;
  minimumGroup: number;
  generalised: NonNullable<Redaction['generalised']>;
  region: boolean;
  legalForm: boolean;
  section: boolean;
  size: boolean;
  sizes: Map<string, string>;
}

/** The sections of the ATECO (NACE) classification by their first division. */
const SECTIONS: [number, string][] = [
  [1, 'A'], [5, 'B'], [10, 'C'], [35, 'D'], [36, 'E'], [41, 'F'], [45, 'G'], [49, 'H'], [55, 'I'], [58, 'J'], [64, 'K'],
  [68, 'L'], [69, 'M'], [77, 'N'], [84, 'O'], [85, 'P'], [86, 'Q'], [90, 'R'], [94, 'S'], [97, 'T'], [99, 'U'],
];

/** The ATECO section (a letter) of a code: `25.62.00` is in section C, manufacturing. */
export function atecoSection(code: string): string {
  const division = Number(code.slice(0, 2));
  let section = 'A';
  for (const [first, letter] of SECTIONS) if (division >= first) section = letter;
  return section;
}

/** The quasi-identifiers of each firm (rule-book §12) at the three steps, and the first step that reaches the minimum. */
function generalisation(full: ProgrammeRecord, shown: Map<string, Shown>, definition: ProgrammeDefinition, lang: 'it' | 'en'): Generalisation {
  const minimumGroup = definition.publication?.minimumGroup ?? DEFAULT_MINIMUM_GROUP;
  const sizes = new Map<string, string>();
  const rows: { division: string; section: string; province: string; region: string; legalForm: string; size: string }[] = [];
  for (const e of full.events) {
    if (e.type !== 'enrolment.applied' || sizes.has(e.firm) || !shown.has(e.firm)) continue;
    const f = e.application.firm;
    const size = typeof f.staff === 'number' && typeof f.turnoverCents === 'number' && typeof f.balanceSheetCents === 'number'
      ? smeClass({ staff: f.staff, turnoverCents: f.turnoverCents, balanceSheetCents: f.balanceSheetCents }).size
      : (f.sizeClass ?? 'unknown');
    sizes.set(e.firm, size);
    const province = f.address.province ?? '';
    rows.push({ division: f.ateco.slice(0, 2), section: /^\d/.test(f.ateco) ? atecoSection(f.ateco) : f.ateco, province, region: regionOf(province, definition), legalForm: String(f.legalForm), size });
  }
  const smallest = (key: (r: (typeof rows)[number]) => string): number => {
    const groups = new Map<string, number>();
    for (const r of rows) groups.set(key(r), (groups.get(key(r)) ?? 0) + 1);
    return groups.size === 0 ? 0 : Math.min(...groups.values());
  };
  // Each step generalises one thing more: the province to the region, then no legal form, the ATECO section, no size class.
  const steps = [
    { region: false, legalForm: true, section: false, size: true },
    { region: true, legalForm: true, section: false, size: true },
    { region: true, legalForm: false, section: false, size: true },
    { region: true, legalForm: false, section: true, size: true },
    { region: true, legalForm: false, section: true, size: false },
  ].map((s) => ({
    ...s,
    k: smallest((r) => [s.section ? r.section : r.division, s.region ? r.region : r.province, s.legalForm ? r.legalForm : '', s.size ? r.size : ''].join('|')),
  }));
  const chosen = rows.length === 0 ? steps[0]! : steps.find((s) => s.k >= minimumGroup);
  if (!chosen) {
    const k = steps.at(-1)!.k;
    throw new MechnetError('invalid_record', [makeIssue('publication_group_too_small', ['programme', 'publication', 'minimumGroup'], { count: k, limit: minimumGroup }, lang)], lang);
  }
  const generalised: Generalisation['generalised'] = [
    chosen.section ? 'ateco-section' : 'ateco-division',
    chosen.size ? 'size-class' : 'no-size-class',
    'day',
    'registration-month',
    ...(chosen.region ? (['region'] as const) : []),
    ...(chosen.legalForm ? [] : (['legal-form'] as const)),
  ];
  return { k: chosen.k, minimumGroup, generalised, region: chosen.region, legalForm: chosen.legalForm, section: chosen.section, size: chosen.size, sizes };
}

/** The region of a province (the programme's own for its provinces; `altro` for a code no table knows). */
function regionOf(province: string, definition: ProgrammeDefinition): string {
  if (definition.eligibility.territory.provinces.includes(province)) return definition.eligibility.territory.region;
  return provinceRegion(province) ?? 'altro';
}

/** Every event as the public record shows it. */
function rewriteEvents(
  source: readonly ProgrammeEvent[],
  shown: Map<string, Shown>,
  definition: ProgrammeDefinition,
  generalise: Generalisation | undefined,
): ProgrammeEvent[] {
  const hidden = hiddenWords(source, shown);
  const managers = new Map<string, string>();
  const collaborations = new Map<string, string>();
  const aggregations = new Map<string, string>();
  const rekey = (map: Map<string, string>, prefix: string, id: string): string => {
    let k = map.get(id);
    if (k === undefined) map.set(id, (k = `${prefix}-${map.size + 1}`));
    return k;
  };
  const firmKey = (piva: string) => shown.get(piva)?.key ?? piva;

  const out: ProgrammeEvent[] = [];
  // The events' new ids, for the events that name another (a confirmation names the application it confirms).
  const renamed = new Map<string, string>();
  let applications = 0;
  for (const s of source) {
    // Consent records and erasures stay with the programme office; an anonymous record leaves the yearly figures out.
    if (s.type === 'consent.given' || s.type === 'consent.withdrawn' || s.type === 'erasure') continue;
    if (generalise && s.type === 'firm.figures-recorded') continue;
    const e = structuredClone(s) as ProgrammeEvent & Record<string, unknown>;
    e.id = `event-${out.length + 1}`;
    renamed.set(s.id, e.id);
    e.author = ROLE[e.type] ?? OFFICE;
    delete e.note;
    if ('manager' in e && typeof e.manager === 'string') e.manager = rekey(managers, 'manager', e.manager);
    if ('collaboration' in e && typeof e.collaboration === 'string') e.collaboration = rekey(collaborations, 'collaboration', e.collaboration);
    if ('aggregation' in e && typeof e.aggregation === 'string') e.aggregation = rekey(aggregations, 'aggregation', e.aggregation);
    switch (e.type) {
      case 'enrolment.applied':
        applications += 1;
        e.application = redactApplication(e.application, shown.get(e.firm)!, applications, definition, generalise, generalise?.sizes.get(e.firm));
        break;
      case 'enrolment.accepted':
        if (e.exception) e.exception.approvedBy = OFFICE;
        break;
      case 'enrolment.confirmed':
        e.application = renamed.get(e.application) ?? e.application;
        if (e.how !== undefined) e.how = 'riservato';
        break;
      case 'enrolment.rejected':
        if (e.application !== undefined) e.application = renamed.get(e.application) ?? e.application;
        break;
      case 'firm.withdrawn':
        e.reason = 'riservato';
        break;
      case 'manager.registered': {
        const id = rekey(managers, 'manager', e.manager.id);
        const n = id.slice('manager-'.length);
        e.manager = { ...e.manager, id, name: `Temporary manager ${n}` };
        delete (e.manager as { email?: string }).email;
        break;
      }
      case 'manager.days-logged':
        delete e.activity;
        break;
      case 'analysis.recorded':
        delete e.summary;
        e.areas = e.areas.map(({ findings: _findings, ...area }) => area);
        break;
      case 'plan.approved':
        e.plan = { ...e.plan, owner: 'il titolare', manager: rekey(managers, 'manager', e.plan.manager) };
        break;
      case 'verification.held':
        delete e.notes;
        break;
      case 'collaboration.proposed':
        e.collaboration = { ...e.collaboration, id: rekey(collaborations, 'collaboration', e.collaboration.id) };
        break;
      case 'collaboration.ended':
        delete e.reason;
        break;
      case 'aggregation.proposed':
        e.aggregation = { ...e.aggregation, id: rekey(aggregations, 'aggregation', e.aggregation.id) };
        break;
      case 'aggregation.registered':
        if (generalise) {
          // The month of the registration, not before the event ahead of it (the record stays in date order).
          const month = `${e.date.slice(0, 8)}01`;
          const before = out.at(-1)?.date ?? month;
          e.date = month > before ? month : before;
          delete e.registry;
        }
        break;
      default:
        break;
    }
    const rewritten = walk(e, undefined, firmKey, hidden) as ProgrammeEvent;
    // A firm's own name is as decided above (named, or "Impresa n"), never cleaned of another's words.
    if (rewritten.type === 'enrolment.applied' && e.type === 'enrolment.applied') rewritten.application.firm.name = e.application.firm.name;
    out.push(rewritten);
  }
  return out;
}

/** An application without its personal parts; for a firm not named, without what identifies it; anonymous, generalised. */
function redactApplication(
  app: StoredApplication,
  shown: Shown,
  n: number,
  definition: ProgrammeDefinition,
  generalise: Generalisation | undefined,
  size: string | undefined,
): StoredApplication {
  const f = app.firm;
  const personalCf = typeof f.codiceFiscale === 'string' && f.codiceFiscale.length === 16;
  const firm: StoredApplication['firm'] = {
    ...f,
    codiceFiscale: !shown.named || personalCf ? REDACTED : f.codiceFiscale,
    deMinimis: REDACTED,
  };
  // The PEC address served the confirmation only (and a sole trader's may name a person).
  if (firm.pec !== undefined) firm.pec = REDACTED;
  const place = (p: { province?: string | undefined }) =>
    generalise?.region ? { region: regionOf(p.province ?? '', definition), redacted: true as const } : { province: p.province ?? '', redacted: true as const };
  if (!shown.named) {
    firm.name = shown.name;
    firm.partitaIva = shown.key;
    firm.address = place(f.address);
    // The provinces stay (a programme may admit a firm by an operating site's province), or only the region.
    if (f.sites) firm.sites = f.sites.map(place);
    delete firm.group;
  }
  const out: StoredApplication = {
    ...app,
    idempotencyKey: `application-${String(n).padStart(4, '0')}`,
    firm,
    contact: REDACTED,
    consent: REDACTED,
  };
  if (generalise) {
    firm.ateco = generalise.section ? atecoSection(f.ateco) : f.ateco.slice(0, 2);
    firm.staff = REDACTED;
    firm.turnoverCents = REDACTED;
    firm.balanceSheetCents = REDACTED;
    if (f.apprentices !== undefined) firm.apprentices = REDACTED;
    if (f.machines !== undefined) firm.machines = REDACTED;
    if (generalise.size && size !== undefined && size !== 'unknown') firm.sizeClass = size as NonNullable<StoredApplication['firm']['sizeClass']>;
    else delete firm.sizeClass;
    if (!generalise.legalForm) firm.legalForm = REDACTED;
    delete firm.artisanActivity;
    out.submittedAt = `${app.submittedAt.slice(0, 10)}T00:00:00Z`;
  }
  return out;
}

/** Words of firm names that do not tell a firm apart (kinds of work, legal forms, joiners). */
const GENERIC = new Set(
  (
    'officina officine meccanica meccaniche torneria tornerie fresature rettifiche utensili precisione elettromeccanica montaggi ' +
    'industriali industria industrie automazioni strumenti galvanotecnica lavorazioni carpenteria stampi costruzioni impianti ' +
    'tecnologie minuterie metalli metallurgica acciai figli fratelli f.lli srl srls snc sas spa sapa ' +
    'di e c and group italia impresa'
  ).split(' '),
);

/** The names of the firms not named, and their distinctive words (three letters or more), as whole-word patterns, longest first. */
function hiddenWords(events: readonly ProgrammeEvent[], shown: Map<string, Shown>): [RegExp, string][] {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = (t: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, 'giu');
  const found = new Map<string, string>();
  const keep = new Set<string>();
  for (const e of events) {
    if (e.type !== 'enrolment.applied') continue;
    const s = shown.get(e.firm)!;
    const name = e.application.firm.name.trim();
    if (s.named) {
      keep.add(name.toLocaleLowerCase('it'));
      continue;
    }
    found.set(name.toLocaleLowerCase('it'), s.name);
    found.set(e.firm, s.name);
    for (const word of name.split(/[^\p{L}\p{N}'’]+/u)) {
      const w = word.replace(/^['’]+|['’]+$/g, '');
      if ([...w].length < 3 || GENERIC.has(w.toLocaleLowerCase('it'))) continue;
      if (!found.has(w.toLocaleLowerCase('it'))) found.set(w.toLocaleLowerCase('it'), s.name);
    }
  }
  return [...found]
    .filter(([w]) => !keep.has(w))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w, name]) => [whole(w), name]);
}

/** The event with every partita IVA re-keyed (values and keys) and every free text cleaned of hidden names. */
function walk(value: unknown, key: string | undefined, firmKey: (piva: string) => string, hidden: readonly [RegExp, string][]): unknown {
  if (typeof value === 'string') {
    if (/^\d{11}$/.test(value)) return firmKey(value);
    if (key === undefined || !FREE_TEXT.has(key) || hidden.length === 0) return value;
    let out = value;
    for (const [re, name] of hidden) out = out.replace(re, name);
    return [...out].length > TEXT_MAX ? [...out].slice(0, TEXT_MAX).join('') : out;
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, key, firmKey, hidden));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [/^\d{11}$/.test(k) ? firmKey(k) : k, walk(v, k, firmKey, hidden)]));
  }
  return value;
}
