/**
 * A reader of a document's shape driven by a table: the table is made at
 * build time from the document's JSON Schema (itself generated from the zod
 * schemas, which stay the one source), and the reader runs the library's
 * named checks (`model/shape-checks.ts`, brought by the table) where the table says. It answers only
 * "this value has the shape" (with a plain copy of it) or "it has not": the
 * words of a refusal are zod's, asked only for a value the reader refused.
 * So a page that shows a valid record never downloads zod, and a server
 * reads 100,000 events without zod's bookkeeping.
 *
 * Never more lenient than zod: a value the reader accepts, zod accepts with
 * the same copy (a property test holds the two together); a value the reader
 * cannot judge (a text with blanks around it, which zod would trim; an inline
 * definition, whose rules are not in the table) is refused, and zod reads it.
 */
import type { Check, CheckContext, ShapeCheckName } from './shape-checks.js';

/** A named check of a node: one of the library's checks, or `trim` (a text without blanks around it). */
export type ShapeCheckRef = ShapeCheckName | 'trim';

/**
 * One node of a table; children are indexes into the table's nodes. Kinds:
 * `s` text, `n` number, `b` boolean, `l` one value, `e` one of some values,
 * `a` list, `t` list of fixed length, `o` object with named fields and no
 * other, `m` object as a map (keys and values of one shape), `u` one of some
 * shapes (`d`: the field that tells them apart), `any` anything, `x` not
 * judged here (always refused, so that zod reads it).
 */
export type ShapeNode = (
  | { k: 's'; min?: number; max?: number; re?: number }
  | { k: 'n'; int?: 1; min?: number; xmin?: number; max?: number; xmax?: number }
  | { k: 'b' }
  | { k: 'l'; v: string | number | boolean | null }
  | { k: 'e'; v: (string | number)[] }
  | { k: 'a'; i: number; min?: number; max?: number }
  | { k: 't'; i: number[] }
  | { k: 'o'; p: [key: string, node: number, required: 0 | 1][] }
  | { k: 'm'; key: number; v: number }
  | { k: 'u'; o: number[]; d?: string }
  | { k: 'any' }
  | { k: 'x' }
) & { c?: ShapeCheckRef[] };

/** A table: its nodes, the regular expressions and the checks they name, and the node of the document. */
export interface ShapeTable {
  readonly nodes: readonly ShapeNode[];
  readonly patterns: readonly string[];
  readonly checks: Readonly<Partial<Record<ShapeCheckName, Check>>>;
  readonly root: number;
}

/** What the reader answers for a value it refuses. */
export const REFUSED: unique symbol = Symbol('refused');

/**
 * A node made into a function: the copy of a value it reads, or
 * {@link REFUSED}. An object's function may be given one field already read
 * (the field a union chose it by): each field of a value is read once.
 */
type ReadFn = (v: unknown, readKey?: string, readValue?: unknown) => unknown;

const compiledTables = new WeakMap<ShapeTable, { plain?: ReadFn[]; frozen?: ReadFn[] }>();

/** The context the named checks add issues to: any issue is a refusal. */
const noIssues: CheckContext = { issues: [] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Each node of a table made once into a function (children called through the list, so shared nodes are made once). */
function compile(table: ShapeTable, freeze: boolean): ReadFn[] {
  const res = table.patterns.map((p) => new RegExp(p));
  const fns: ReadFn[] = [];
  const done = freeze ? Object.freeze : <T>(x: T) => x;
  const make = (n: ShapeNode): ReadFn => {
    switch (n.k) {
      case 's': {
        const { min = 0, max = Infinity } = n;
        const re = n.re === undefined ? undefined : res[n.re]!;
        return (v) => (typeof v === 'string' && v.length >= min && v.length <= max && (re === undefined || re.test(v)) ? v : REFUSED);
      }
      case 'n': {
        const { min = -Infinity, xmin, max = Infinity, xmax } = n;
        const kind = n.int ? Number.isSafeInteger : Number.isFinite;
        return (v) =>
          typeof v === 'number' && kind(v) && v >= min && v <= max && (xmin === undefined || v > xmin) && (xmax === undefined || v < xmax)
            ? v
            : REFUSED;
      }
      case 'b':
        return (v) => (typeof v === 'boolean' ? v : REFUSED);
      case 'l': {
        const value = n.v;
        return (v) => (v === value ? v : REFUSED);
      }
      case 'e': {
        const values = new Set<unknown>(n.v);
        return (v) => (values.has(v) ? v : REFUSED);
      }
      case 'a': {
        const { i: item, min = 0, max = Infinity } = n;
        return (v) => {
          if (!Array.isArray(v) || v.length < min || v.length > max) return REFUSED;
          const read = fns[item]!;
          const list = new Array<unknown>(v.length);
          for (let i = 0; i < v.length; i++) {
            const x = read(v[i]);
            if (x === REFUSED) return REFUSED;
            list[i] = x;
          }
          return done(list);
        };
      }
      case 't': {
        const items = n.i;
        return (v) => {
          if (!Array.isArray(v) || v.length !== items.length) return REFUSED;
          const list = new Array<unknown>(v.length);
          for (let i = 0; i < v.length; i++) {
            const x = fns[items[i]!]!(v[i]);
            if (x === REFUSED) return REFUSED;
            list[i] = x;
          }
          return done(list);
        };
      }
      case 'o': {
        const fields = n.p;
        const known = new Set(fields.map(([key]) => key));
        const required = fields.filter(([, , r]) => r === 1).length;
        return (v, readKey, readValue) => {
          if (!isObject(v)) return REFUSED;
          const copy: Record<string, unknown> = {};
          let seen = 0;
          let present = 0;
          for (let i = 0; i < fields.length; i++) {
            const [key, node, isRequired] = fields[i]!;
            const value = key === readKey ? readValue : v[key];
            if (value === undefined) {
              if (isRequired) return REFUSED;
              if (key in v) {
                copy[key] = undefined;
                present++;
              }
              continue;
            }
            const x = fns[node]!(value);
            if (x === REFUSED) return REFUSED;
            copy[key] = x;
            present++;
            if (isRequired) seen++;
          }
          // A field the shape does not have: refused (the fields read above are all the object may hold).
          if (seen !== required) return REFUSED;
          const keys = Object.keys(v);
          if (keys.length !== present || Object.getPrototypeOf(v) !== Object.prototype) {
            for (const key of keys) if (!known.has(key)) return REFUSED;
          }
          return done(copy);
        };
      }
      case 'm': {
        const { key: keyNode, v: valueNode } = n;
        return (v) => {
          if (!isObject(v)) return REFUSED;
          const copy: Record<string, unknown> = {};
          for (const key of Object.keys(v)) {
            if (fns[keyNode]!(key) === REFUSED) return REFUSED;
            const x = fns[valueNode]!(v[key]);
            if (x === REFUSED) return REFUSED;
            copy[key] = x;
          }
          return done(copy);
        };
      }
      case 'u': {
        const { o: options, d } = n;
        if (d !== undefined) {
          const byValue = new Map<unknown, number>();
          for (const o of options) {
            const option = table.nodes[o] as Extract<ShapeNode, { k: 'o' }>;
            byValue.set((table.nodes[option.p.find(([key]) => key === d)![1]] as Extract<ShapeNode, { k: 'l' }>).v, o);
          }
          return (v) => {
            if (!isObject(v)) return REFUSED;
            const tag = v[d];
            const option = byValue.get(tag);
            return option === undefined ? REFUSED : fns[option]!(v, d, tag);
          };
        }
        return (v) => {
          for (const option of options) {
            const x = fns[option]!(v);
            if (x !== REFUSED) return x;
          }
          return REFUSED;
        };
      }
      case 'any':
        return (v) => v;
      case 'x':
        return () => REFUSED;
    }
  };
  const withChecks = (n: ShapeNode): ReadFn => {
    const read = make(n);
    if (n.c === undefined) return read;
    const checks = n.c.map((name): ((x: unknown) => boolean) => {
      if (name === 'trim') return (x) => (x as string).trim() === x;
      const check = table.checks[name];
      if (!check) throw new Error(`shape table: the check ${name} is named but not given`);
      return (x) => {
        check(x, noIssues);
        if (noIssues.issues.length === 0) return true;
        noIssues.issues.length = 0;
        return false;
      };
    });
    return (v) => {
      const x = read(v);
      if (x === REFUSED) return REFUSED;
      for (const ok of checks) if (!ok(x)) return REFUSED;
      return x;
    };
  };
  for (const n of table.nodes) fns.push(withChecks(n));
  return fns;
}

/**
 * Reads `value` with the shape of node `at` of `table` (the document's own
 * node when `at` is left out): a plain copy of it (frozen throughout with
 * `freeze`; remembering which objects the library made is the caller's, see
 * `markMade`: remembering each of a large record's objects costs more than
 * reading it), or {@link REFUSED}.
 *
 * @example
 * ```ts
 * const copy = readShape(applicationTable, JSON.parse(text));
 * if (copy === REFUSED) parseApplication(text); // zod says why
 * ```
 */
export function readShape(table: ShapeTable, value: unknown, options: { at?: number; freeze?: boolean } = {}): unknown {
  let made = compiledTables.get(table);
  if (!made) compiledTables.set(table, (made = {}));
  const fns = options.freeze ? (made.frozen ??= compile(table, true)) : (made.plain ??= compile(table, false));
  return fns[options.at ?? table.root]!(value);
}

/**
 * {@link readShape} as a quick reader (for `ensure`, `readWith`, a record's
 * events): the copy, or `undefined` for a value it refuses or cannot read (a
 * getter that throws: zod then says where).
 */
export function quickReader(table: ShapeTable, options: { at?: number; freeze?: boolean } = {}): (value: unknown) => unknown {
  return (value) => {
    try {
      const read = readShape(table, value, options);
      return read === REFUSED ? undefined : read;
    } catch {
      return undefined;
    }
  };
}
