/**
 * What the firm typed, kept as text, and the application JSON made from it.
 * Numbers and amounts are read with the library's `readNumber` and
 * `readEuros`; identifiers are normalised by the library; every rule is
 * judged by the library, never here.
 */
import { readEuros, readNumber } from '../../src/i18n/read.js';
import { normalizeAteco } from '../../src/enrolment/ateco.js';
import { normalizeCodiceFiscale, normalizePartitaIva } from '../../src/enrolment/identifiers.js';
import type { ProgrammeDefinition } from '../../src/programme/index.js';

/** The values of the controls, by their name (the dotted path of the field). */
export type Values = Record<string, string | boolean>;

/** A draft: the values, how many rows of sites and grants, and the form session's key. */
export interface Draft {
  values: Values;
  sites: number;
  grants: number;
  idempotencyKey: string;
}

/** Fields written in euros (sent as cents). */
export const MONEY = /(turnoverCents|balanceSheetCents|amountCents)$/;
/** Fields that are numbers (staff may have decimals). */
export const NUMBERS = /^firm\.(staff|apprentices|machines)$/;
/** Fields that are whole numbers. */
export const WHOLE = /^firm\.(apprentices|machines)$/;

/** A field that cannot be read as what it is: the reason, for the form's own message. */
export type ReadProblem = 'notEuros' | 'notNumber' | 'notWholeNumber';

/** The problems of reading the typed numbers and amounts, by field name. */
export function readProblems(values: Values): Map<string, ReadProblem> {
  const out = new Map<string, ReadProblem>();
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (MONEY.test(name) && readEuros(v) === undefined) out.set(name, 'notEuros');
    else if (NUMBERS.test(name)) {
      const n = readNumber(v);
      if (n === undefined) out.set(name, 'notNumber');
      else if (WHOLE.test(name) && !Number.isInteger(n)) out.set(name, 'notWholeNumber');
    }
  }
  return out;
}

const text = (values: Values, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/** A value as the application carries it: numbers read, empty fields left out. */
function value(values: Values, name: string): unknown {
  const t = text(values, name);
  if (t === undefined) return undefined;
  if (MONEY.test(name)) return readEuros(t) ?? t;
  if (NUMBERS.test(name)) return readNumber(t) ?? t;
  return t;
}

/** An object without its undefined members. */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function address(values: Values, prefix: string): Record<string, unknown> {
  return compact({
    street: text(values, `${prefix}.street`),
    postalCode: text(values, `${prefix}.postalCode`),
    municipality: text(values, `${prefix}.municipality`),
    province: text(values, `${prefix}.province`)?.toUpperCase(),
  });
}

/** The firm part of the application. */
export function firmOf(values: Values, draft: Pick<Draft, 'sites' | 'grants'>): Record<string, unknown> {
  const piva = text(values, 'firm.partitaIva');
  const cf = text(values, 'firm.codiceFiscale');
  const ateco = text(values, 'firm.ateco');
  const artisan = values['firm.artisan'] === true;
  return compact({
    name: text(values, 'firm.name'),
    legalForm: text(values, 'firm.legalForm'),
    partitaIva: piva === undefined ? undefined : normalizePartitaIva(piva),
    codiceFiscale: cf === undefined ? undefined : normalizeCodiceFiscale(cf),
    address: address(values, 'firm.address'),
    ...(draft.sites > 0 ? { sites: Array.from({ length: draft.sites }, (_, i) => address(values, `firm.sites.${i}`)) } : {}),
    ateco: ateco === undefined ? undefined : normalizeAteco(ateco),
    pec: text(values, 'firm.pec'),
    staff: value(values, 'firm.staff'),
    apprentices: artisan ? value(values, 'firm.apprentices') : undefined,
    turnoverCents: value(values, 'firm.turnoverCents'),
    balanceSheetCents: value(values, 'firm.balanceSheetCents'),
    artisan,
    artisanActivity: artisan ? text(values, 'firm.artisanActivity') : undefined,
    machines: value(values, 'firm.machines'),
    deMinimis: Array.from({ length: draft.grants }, (_, i) =>
      compact({
        date: text(values, `firm.deMinimis.${i}.date`),
        amountCents: value(values, `firm.deMinimis.${i}.amountCents`),
        grantor: text(values, `firm.deMinimis.${i}.grantor`),
      }),
    ),
  });
}

/** The application JSON the form sends, in the wire format of `EnrolmentApplicationSchema`. */
export function applicationOf(draft: Draft, definition: ProgrammeDefinition, submittedAt: string): Record<string, unknown> {
  const { values } = draft;
  return {
    programme: definition.id,
    idempotencyKey: draft.idempotencyKey,
    submittedAt,
    firm: firmOf(values, draft),
    contact: compact({
      name: text(values, 'contact.name'),
      role: text(values, 'contact.role'),
      email: text(values, 'contact.email'),
      phone: text(values, 'contact.phone'),
    }),
    interests: {
      kinds: definition.collaboration.kinds.filter((k) => values[`interests.kinds.${k}`] === true),
      aggregation: values['interests.aggregation'] === true,
    },
    consent: {
      noticeVersion: definition.eligibility.consent.noticeVersion,
      purposes: Object.fromEntries(definition.eligibility.consent.purposes.map((p) => [p.id, values[`consent.purposes.${p.id}`] === true])),
      givenAt: submittedAt,
    },
  };
}

/** The name of the control a path of the application points at (`['firm', 'deMinimis', 0, 'date']` is `firm.deMinimis.0.date`). */
export function fieldName(path: readonly (string | number)[]): string {
  return path.join('.');
}
