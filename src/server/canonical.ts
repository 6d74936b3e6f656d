/**
 * The fingerprint of a request body: the hash of its JSON in one canonical
 * spelling (keys sorted, no blanks), so that the same application sent again
 * with its keys in another order or other spacing is recognised as a retry.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted and no blanks: equal values give equal text
 * whatever order their keys were written in.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The SHA-256 of a body: of its canonical JSON when it is JSON, else of its
 * text as received. Two bodies with the same JSON value have the same hash.
 *
 * @example
 * ```ts
 * bodyHash('{"a":1,"b":2}') === bodyHash('{ "b": 2, "a": 1 }'); // true
 * ```
 */
export function bodyHash(text: string): string {
  let canonical = text;
  try {
    canonical = `json:${canonicalJson(JSON.parse(text))}`;
  } catch {
    canonical = `text:${text}`;
  }
  return createHash('sha256').update(canonical).digest('hex');
}
