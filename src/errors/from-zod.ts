import type { core } from 'zod/mini';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { makeIssue, type IssuePath, type MechnetIssue } from './issue.js';

type ZodIssue = core.$ZodIssue;

/** Format names of our own string schemas, mapped to precise issue codes. */
const FORMAT_CODES: Record<string, IssueCode> = {
  date: 'invalid_date',
  datetime: 'invalid_datetime',
  email: 'invalid_email',
  'mechnet:partita-iva': 'invalid_partita_iva_format',
  'mechnet:codice-fiscale': 'invalid_codice_fiscale_format',
  'mechnet:postal-code': 'invalid_postal_code',
  'mechnet:province': 'invalid_province',
  'mechnet:ateco': 'invalid_ateco_format',
  'mechnet:phone': 'invalid_phone',
  'mechnet:id': 'invalid_id',
};

function typeName(v: unknown): string {
  if (v === null) return 'null';
  try {
    if (Array.isArray(v)) return 'array';
  } catch {
    // a revoked proxy: an object that cannot even be looked at
  }
  return typeof v;
}

/** A segment of a path as issues carry it: a symbol key (zod reports them for records) by its name. */
const segment = (seg: PropertyKey): string | number => (typeof seg === 'symbol' ? String(seg) : seg);

function formatValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/**
 * Turns zod's issues into ours, with Italian and English messages. Union
 * failures are flattened to the most specific issues.
 */
export function fromZodIssues(issues: readonly ZodIssue[], lang: Lang, base: IssuePath = []): MechnetIssue[] {
  const out: MechnetIssue[] = [];
  for (const issue of issues) out.push(...convert(issue, lang, base));
  return out;
}

function convert(issue: ZodIssue, lang: Lang, base: IssuePath): MechnetIssue[] {
  const path: IssuePath = [...base, ...issue.path.map(segment)];
  const mk = (code: IssueCode, params: MessageParams = {}, p: IssuePath = path) => [makeIssue(code, p, params, lang)];
  // A missing field fails whatever check comes first (type, enum, union): it is simply required.
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    return mk('required');
  }
  switch (issue.code) {
    case 'invalid_type': {
      const received = typeName(issue.input);
      const expected = issue.expected;
      // zod reports a fractional number against an integer schema as invalid_type
      return mk('invalid_type', { expected, received: received === expected || expected === 'int' && received === 'number' ? undefined : received });
    }
    case 'too_small':
      return mk('too_small', {
        limit: Number(issue.minimum),
        inclusive: issue.inclusive !== false,
        origin: issue.origin,
      });
    case 'too_big':
      return mk('too_big', {
        limit: Number(issue.maximum),
        inclusive: issue.inclusive !== false,
        origin: issue.origin,
      });
    case 'invalid_format': {
      const code = FORMAT_CODES[issue.format];
      return code ? mk(code) : mk('invalid_format', { name: issue.format });
    }
    case 'not_multiple_of':
      return mk('not_multiple_of', { limit: Number(issue.divisor) });
    case 'unrecognized_keys':
      return issue.keys.map((k) => makeIssue('unknown_key', [...path, segment(k)], { name: String(segment(k)) }, lang));
    case 'invalid_value':
      return mk('invalid_value', { values: formatValues(issue.values) });
    case 'invalid_union': {
      const u = issue as core.$ZodIssueInvalidUnion & { note?: string; discriminator?: string; options?: unknown[] };
      if (u.note === 'No matching discriminator' || u.discriminator) {
        const key = u.discriminator;
        const p = key && path[path.length - 1] !== key ? [...path, key] : path;
        return mk('unknown_variant', { values: u.options ? formatValues(u.options) : undefined }, p);
      }
      // Report the branch that got furthest: the one with the fewest issues.
      const branches = u.errors ?? [];
      if (branches.length > 0) {
        let best = branches[0]!;
        for (const b of branches) if (b.length < best.length) best = b;
        return fromZodIssues(best, lang, path);
      }
      return mk('unknown_variant');
    }
    case 'invalid_key':
    case 'invalid_element':
      return fromZodIssues(issue.issues, lang, path);
    case 'custom': {
      const params = (issue.params ?? {}) as { mechnet?: IssueCode } & MessageParams;
      if (params.mechnet) {
        const { mechnet, ...rest } = params;
        return mk(mechnet, rest);
      }
      return mk('invalid_input', { name: issue.message });
    }
    default:
      return mk('invalid_input');
  }
}
