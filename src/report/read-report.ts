/**
 * Reading a report given to a renderer: what {@link programmeReport} returns,
 * as it is or read back from its JSON. The report is read once into plain
 * data (every getter, proxy trap and `toJSON` runs there, and a throw there
 * is an unreadable input); the copy is then checked for everything the
 * renderers read, with the path of each problem. A renderer works on the
 * checked copy only, so a throw while rendering is a defect of the library.
 *
 * The check is written here by hand, without zod, to keep `mechnet/report`
 * light: it covers exactly what the renderers read, and lets other fields
 * be (a report from a later version may have more).
 */
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import type { Lang } from '../i18n/lang.js';
import { reading, refuse, refuseAll, typeName } from '../model/guard.js';
import { reportLabels } from './labels.js';
import type { ProgrammeReport } from './report.js';

/** A check of one value: adds its issues (path first) to `out`. */
type Check = (v: unknown, path: IssuePath, out: MechnetIssue[], lang: Lang) => void;

/** Past this many issues the check stops: the first ones say enough. */
const MAX_ISSUES = 20;
/** Deeper than this, a value is not a report (a report is about six levels deep). */
const MAX_DEPTH = 32;
/** Longer lists are not a report's (a programme has at most a million firms). */
const MAX_ITEMS = 1_000_000;

const kindOf = (v: unknown, expected: string, path: IssuePath, out: MechnetIssue[], lang: Lang) =>
  out.push(v === undefined ? makeIssue('required', path, {}, lang) : makeIssue('invalid_type', path, { expected, received: typeName(v) }, lang));

const text: Check = (v, path, out, lang) => {
  if (typeof v !== 'string') kindOf(v, 'string', path, out, lang);
};
const number: Check = (v, path, out, lang) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) kindOf(v, 'number', path, out, lang);
};
const boolean: Check = (v, path, out, lang) => {
  if (typeof v !== 'boolean') kindOf(v, 'boolean', path, out, lang);
};
const date: Check = (v, path, out, lang) => {
  if (typeof v !== 'string') kindOf(v, 'string', path, out, lang);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(makeIssue('invalid_date', path, {}, lang));
};
const anything: Check = () => {};
const maybe =
  (check: Check): Check =>
  (v, path, out, lang) => {
    if (v !== undefined) check(v, path, out, lang);
  };
const oneOf =
  (values: readonly string[]): Check =>
  (v, path, out, lang) => {
    if (typeof v !== 'string' || !values.includes(v)) {
      out.push(v === undefined ? makeIssue('required', path, {}, lang) : makeIssue('invalid_value', path, { values: values.join(', ') }, lang));
    }
  };
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const list =
  (item: Check): Check =>
  (v, path, out, lang) => {
    if (!Array.isArray(v)) return kindOf(v, 'array', path, out, lang);
    for (let i = 0; i < v.length && out.length < MAX_ISSUES; i++) item(v[i], [...path, i], out, lang);
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, path, out, lang) => {
    if (!isRecord(v)) return kindOf(v, 'object', path, out, lang);
    for (const [key, check] of Object.entries(fields)) {
      if (out.length >= MAX_ISSUES) return;
      check(v[key], [...path, key], out, lang);
    }
  };
/** An object whose keys are among `keys` (any of them), each value checked. */
const keyed =
  (keys: readonly string[], value: Check): Check =>
  (v, path, out, lang) => {
    if (!isRecord(v)) return kindOf(v, 'object', path, out, lang);
    for (const [key, x] of Object.entries(v)) {
      if (!keys.includes(key)) out.push(makeIssue('unknown_key', [...path, key], { name: key }, lang));
      else value(x, [...path, key], out, lang);
    }
  };
const pair: Check = (v, path, out, lang) => {
  if (!Array.isArray(v) || v.length !== 2) return kindOf(v, 'array', path, out, lang);
  number(v[0], [...path, 0], out, lang);
  number(v[1], [...path, 1], out, lang);
};

const STATUSES = Object.keys(reportLabels.it.statuses);
const KINDS = Object.keys(reportLabels.it.kinds);
const amounts = shape({ hardCents: number, avoidanceCents: number, gainCents: number });
const level = shape({ label: text });

const indicator = shape({
  objective: text,
  indicator: text,
  name: text,
  kind: text,
  unit: maybe(text),
  baseline: maybe(number),
  target: maybe(number),
  band: maybe(pair),
  baselineLevel: maybe(level),
  targetLevel: maybe(level),
  latest: maybe(shape({ date, value: maybe(number), level: maybe(text), levelLabel: maybe(text), done: maybe(boolean) })),
  expected: number,
  achievement: maybe(number),
  status: oneOf(STATUSES),
  forecast: maybe(number),
  deadline: date,
});

const firm = shape({
  partitaIva: text,
  name: text,
  phase: text,
  plan: maybe(shape({ score: maybe(number), status: oneOf(STATUSES), indicators: maybe(list(indicator)) })),
  verifications: shape({ held: number, overdue: number }),
  advantage: maybe(shape({ netCents: number, realised: amounts, programmeCostCents: number })),
});

/** Everything the renderers read of a report. */
const report = shape({
  asOf: date,
  lang: oneOf(['it', 'en']),
  firm: maybe(text),
  programme: shape({ name: text, promoters: list(text), funder: text, start: date, end: date }),
  phases: list(shape({ phase: text, label: text, count: number, passed: maybe(number) })),
  evaluation: shape({ score: maybe(number), counts: keyed(STATUSES, number) }),
  firms: list(firm),
  collaborations: list(shape({ id: text, title: text, kind: text, firms: list(anything), status: text, since: date })),
  aggregations: list(shape({ id: text, name: text, status: text, since: date, signatories: list(anything), registeredBy: list(anything) })),
  advantage: shape({
    netCents: number,
    negotiated: shape({ hardCents: number, gainCents: number }),
    firmsCostCents: maybe(number),
    programmeCostCents: number,
    publicFundingCents: number,
    netPerPublicEuro: maybe(number),
    byKind: keyed(KINDS, amounts),
    realised: amounts,
  }),
  overdue: list(shape({ firm: text, name: text, scheduled: date, daysOverdue: number })),
  exceptions: maybe(list(shape({ firm: text, name: text, date, waives: list(text), reason: text, approvedBy: text }))),
  virtualFirm: maybe(shape({ year: maybe(number), firms: number, employees: number, machines: number, turnoverCents: number })),
});

/**
 * A value read into plain data, as `JSON.stringify` reads it (`toJSON` first,
 * own enumerable keys): arrays and plain objects copied, anything else as it
 * is (the check then says what it is).
 */
function plainCopy(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (depth > MAX_DEPTH) refuse('invalid_report', ['report']);
  const toJSON = (v as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return plainCopy(toJSON.call(v), depth + 1);
  if (Array.isArray(v)) {
    const n = v.length;
    if (n > MAX_ITEMS) refuse('invalid_report', ['report']);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = plainCopy(v[i], depth + 1);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = plainCopy((v as Record<string, unknown>)[key], depth + 1);
    // An own `__proto__` key (JSON.parse makes them) stays a key, never the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: x, enumerable: true, writable: true, configurable: true });
    else out[key] = x;
  }
  return out;
}

/**
 * A report given to a renderer, read once into plain data and checked.
 *
 * @throws {@link MechnetError} (`invalid_input`): issue `invalid_report`
 * first, then every problem found with its path; `unreadable` when reading
 * the report throws.
 */
export function readReport(value: unknown): ProgrammeReport {
  const copy = reading(() => plainCopy(value, 0), ['report']);
  const lang: Lang = isRecord(copy) && copy.lang === 'en' ? 'en' : 'it';
  const issues: MechnetIssue[] = [];
  report(copy, ['report'], issues, lang);
  if (issues.length > 0) refuseAll([makeIssue('invalid_report', ['report'], {}, lang), ...issues.slice(0, MAX_ISSUES)], lang);
  return copy as ProgrammeReport;
}

/** The options of the CSV renderer, read once and checked. */
export function readCsvOptions(options: unknown): { separator?: ',' | ';' } {
  const separator = reading(() => (options === undefined || options === null ? undefined : (options as { separator?: unknown }).separator), ['options']);
  if (separator !== undefined && separator !== ',' && separator !== ';') refuse('invalid_value', ['options', 'separator'], { values: ', ;' });
  return separator === undefined ? {} : { separator };
}
