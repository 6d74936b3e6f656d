/**
 * Writes `docs/definition-reference.md`: every field of the programme
 * definition, with its type, constraints, meaning and the MechNet preset's
 * value, generated so that it cannot drift from the schema.
 *
 *   npx tsx scripts/docs-reference.ts          (writes the file)
 *   npx tsx scripts/docs-reference.ts --check  (exit 1 when the file is stale)
 *
 * Sources, all read at generation time:
 * - the structure, types, constraints, required fields and type descriptions
 *   come from the published JSON Schema, `jsonSchema('definition')` (made from
 *   the zod schemas the library validates with);
 * - a field's own meaning comes from the TSDoc comment on that field in
 *   `src/programme/schema.ts` when the JSON Schema has no description of its
 *   own for it (zod schemas shared by many fields, such as a text or an
 *   amount in cents, describe the type, not the field);
 * - the "MechNet" column is the value in the `mechnetDefinition` preset.
 *
 * `tests/unit/definition-reference.test.ts` fails when the committed file
 * differs from a fresh generation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { mechnetDefinition } from '../src/programme/index.js';
import { jsonSchema } from '../src/schema/json-schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the reference is written. */
export const REFERENCE_FILE = join(root, 'docs', 'definition-reference.md');
const SCHEMA_SOURCE = join(root, 'src', 'programme', 'schema.ts');

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

// ---------------------------------------------------------------------------
// TSDoc of the fields, read from the zod source with the TypeScript parser
// ---------------------------------------------------------------------------

/** A field of a `z.strictObject({ ... })` literal: its comment, and the expression of its schema. */
interface SourceField {
  doc: string | undefined;
  expr: ts.Expression;
}

class SchemaSource {
  private readonly file: ts.SourceFile;
  private readonly consts = new Map<string, ts.Expression>();
  private readonly constDocs = new Map<string, string>();

  constructor(path: string) {
    const text = readFileSync(path, 'utf8');
    this.file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    for (const st of this.file.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        this.consts.set(d.name.text, d.initializer);
        const doc = this.docOf(st);
        if (doc) this.constDocs.set(d.name.text, doc);
      }
    }
  }

  /** The expression of a top-level constant of the file. */
  constant(name: string): ts.Expression {
    const e = this.consts.get(name);
    if (!e) throw new Error(`docs-reference: no constant ${name} in ${SCHEMA_SOURCE}`);
    return e;
  }

  /**
   * The fields of every object literal that the schema expression builds
   * (following constants of the same file, through z.array, z.optional,
   * unions and checks), first occurrence of a name first.
   */
  fields(expr: ts.Expression | undefined): Map<string, SourceField> {
    const out = new Map<string, SourceField>();
    if (!expr) return out;
    const seen = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && this.consts.has(node.text) && !seen.has(node.text)) {
        seen.add(node.text);
        visit(this.consts.get(node.text)!);
        return;
      }
      if (ts.isCallExpression(node) && /(?:^|\.)(?:strictObject|object|looseObject)$/.test(node.expression.getText(this.file))) {
        const arg = node.arguments[0];
        if (arg && ts.isObjectLiteralExpression(arg)) {
          for (const p of arg.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const name = p.name.getText(this.file).replace(/^['"]|['"]$/g, '');
            if (!out.has(name)) out.set(name, { doc: this.docOf(p) ?? this.namedDoc(p.initializer), expr: p.initializer });
          }
          return;
        }
      }
      // Refinements (`.check(z.superRefine(...))`) build no fields.
      if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
      ts.forEachChild(node, visit);
    };
    visit(expr);
    return out;
  }

  /**
   * The comment of the documented constant a field's schema is made of
   * (`calendar: EditionCalendar`, `promoters: z.array(Organisation)`), when
   * the field has no comment of its own.
   */
  private namedDoc(expr: ts.Expression): string | undefined {
    let e: ts.Expression = expr;
    for (;;) {
      if (!ts.isCallExpression(e)) break;
      const callee = e.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'check') e = callee.expression;
      else if (/^z\.(?:array|optional)$/.test(callee.getText(this.file)) && e.arguments[0]) e = e.arguments[0];
      else break;
    }
    return ts.isIdentifier(e) ? this.constDocs.get(e.text) : undefined;
  }

  private docOf(node: ts.Node): string | undefined {
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const last = docs.at(-1);
    if (!last) return undefined;
    const text = ts.getTextOfJSDocComment(last.comment);
    return text ? text.replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '`$1`').replace(/\s+/g, ' ').trim() : undefined;
  }
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

interface Row {
  path: string;
  type: string;
  required: boolean;
  unit: string;
  meaning: string;
  mechnet: string;
}


function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map((a) => (a.properties ? `\`{ ${Object.keys(a.properties).join(', ')} }\`` : typeOf(a))).join(' or ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return `one of ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  const t = Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
  if (t === 'array') return `list of ${s.items ? typeOf(s.items).replace(/^one of /, '') : 'any'}`;
  if (t === 'string' && s.format === 'date') return 'date';
  if (t === 'string' && s.format && !s.format.startsWith('mechnet:')) return `string (${s.format})`;
  if (t === 'object' && isLocalText(s)) return 'text in `it` and `en`';
  return t;
}

function isLocalText(s: JsonSchema): boolean {
  const keys = Object.keys(s.properties ?? {});
  return keys.length === 2 && keys.includes('it') && keys.includes('en');
}

function constraints(s: JsonSchema): string[] {
  const c: string[] = [];
  const num = (v: number) => v.toLocaleString('en-GB');
  if (s.minimum !== undefined && s.maximum !== undefined) c.push(`${num(s.minimum)} to ${num(s.maximum)}`);
  else if (s.minimum !== undefined) c.push(`at least ${num(s.minimum)}`);
  else if (s.maximum !== undefined) c.push(`at most ${num(s.maximum)}`);
  if (s.exclusiveMinimum !== undefined) c.push(`more than ${num(s.exclusiveMinimum)}`);
  if (s.exclusiveMaximum !== undefined) c.push(`less than ${num(s.exclusiveMaximum)}`);
  if (s.minItems !== undefined && s.minItems > 0) c.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  if (s.maxItems !== undefined) c.push(`at most ${s.maxItems} items`);
  return c;
}

function unitOf(name: string, s: JsonSchema): string {
  if (/Cents$/.test(name) || /integer euro cents/.test(s.description ?? '')) return 'euro cents (EUR 1.00 = 100)';
  if (/Days$/.test(name)) return 'days';
  if (typeOf(s) === 'date') return '`YYYY-MM-DD`';
  return '';
}

/** The value of the preset at a path; under a list, the first item's (marked "e.g."). */
function presetValue(path: (string | '[]')[]): { value: unknown; example: boolean } | undefined {
  let v: unknown = mechnetDefinition;
  let example = false;
  for (const k of path) {
    if (v === undefined || v === null) return undefined;
    if (k === '[]') {
      if (!Array.isArray(v) || v.length === 0) return undefined;
      v = v[0];
      example = true;
    } else v = (v as Record<string, unknown>)[k];
  }
  return v === undefined ? undefined : { value: v, example };
}

function showValue(found: { value: unknown; example: boolean } | undefined, s: JsonSchema): string {
  if (!found) return '';
  const { value, example } = found;
  let text: string;
  if (Array.isArray(value)) {
    if (value.every((x) => typeof x !== 'object' || x === null)) text = `\`${JSON.stringify(value)}\``;
    else text = `${value.length} item${value.length === 1 ? '' : 's'}`;
  } else if (value !== null && typeof value === 'object') {
    if (isLocalText(s)) return ''; // the `it` and `en` rows show it
    if (s.anyOf) text = `\`${JSON.stringify(value)}\``;
    else return '';
  } else text = `\`${JSON.stringify(value)}\``;
  return example ? `e.g. ${text}` : text;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim();
}

function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?:)]$/.test(t) ? t : `${t}.`;
}

function collect(
  s: JsonSchema,
  path: string[],
  jsonPath: (string | '[]')[],
  required: boolean,
  source: SchemaSource,
  field: SourceField | undefined,
  rows: Row[],
): void {
  const name = path.at(-1) ?? '';
  // The field's own comment first, then what the schema says about its type.
  // The field's own comment, else what the schema says about its type; then its bounds.
  const said = field?.doc ?? s.description;
  const meaning = [...(said ? [sentence(said)] : []), ...constraints(s).map((c) => `${c[0]!.toUpperCase()}${c.slice(1)}.`)].join(' ');
  if (path.length > 0) {
    rows.push({
      path: path.join('.'),
      type: typeOf(s),
      required,
      unit: unitOf(name, s),
      meaning,
      mechnet: showValue(presetValue(jsonPath), s),
    });
  }
  const children = source.fields(field?.expr);
  if (s.properties) {
    const req = new Set(s.required ?? []);
    for (const [key, child] of Object.entries(s.properties)) {
      if (key === '$schema') continue;
      collect(child, [...path, key], [...jsonPath, key], req.has(key), source, children.get(key), rows);
    }
  }
  if (s.items) {
    const item = s.items;
    if (item.properties) {
      const itemField: SourceField | undefined = field ? { doc: undefined, expr: field.expr } : undefined;
      const req = new Set(item.required ?? []);
      for (const [key, child] of Object.entries(item.properties)) {
        collect(child, [...path.slice(0, -1), `${name}[].${key}`].filter(Boolean), [...jsonPath, '[]', key], req.has(key), source, itemField ? source.fields(itemField.expr).get(key) : undefined, rows);
      }
    }
  }
  if (s.anyOf) {
    s.anyOf.forEach((alt, i) => {
      if (!alt.properties) return;
      const req = new Set(alt.required ?? []);
      for (const [key, child] of Object.entries(alt.properties)) {
        const altPath = [...path.slice(0, -1), `${name}{${i + 1}}.${key}`].filter(Boolean);
        collect(child, altPath, [...jsonPath, key], req.has(key), source, children.get(key), rows);
      }
    });
  }
}

/** The sections of the reference: one table per top-level field. */
function sections(): { key: string; rows: Row[] }[] {
  const schema = jsonSchema('definition') as JsonSchema;
  const source = new SchemaSource(SCHEMA_SOURCE);
  const top = source.fields(source.constant('ProgrammeDefinitionSchema'));
  const req = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => key !== '$schema')
    .map(([key, s]) => {
      const rows: Row[] = [];
      collect(s, [key], [key], req.has(key), source, top.get(key), rows);
      return { key, rows };
    });
}

/** The Markdown of the reference, as `docs/definition-reference.md` holds it. */
export function renderDefinitionReference(): string {
  const schema = jsonSchema('definition') as JsonSchema;
  const out: string[] = [
    '# Programme definition: field reference',
    '',
    '<!-- Generated by `npx tsx scripts/docs-reference.ts` from the JSON Schema of the',
    '     definition (`jsonSchema(\'definition\')`, the zod schemas of src/programme/schema.ts)',
    '     and the MechNet preset. Do not edit by hand: a unit test compares this file',
    '     with a fresh generation. -->',
    '',
    sentence(schema.description ?? ''),
    'A definition is one JSON document (or a TypeScript object); check it with',
    '`npx mechnet validate my-programme.json` or `parseDefinition`. How to write',
    'one step by step: [programme-author.md](programme-author.md).',
    '',
    '- **Required**: the definition has no hidden defaults. Every required field',
    '  must be written; an optional field that is left out is simply absent (the',
    '  rule that reads it says what its absence means).',
    '- **MechNet**: the value in the MechNet preset (`mechnetDefinition`),',
    '  the rule-book\'s default; under a list, the first item\'s value ("e.g.").',
    '- Paths: `a.b` is field `b` of object `a`; `a[].b` is field `b` of each item',
    '  of list `a`; `a{2}.b` is field `b` of the second form that `a` may take.',
    '- No other field is allowed: an unknown field is an error (`unknown_key`),',
    '  so a typing mistake is caught rather than ignored. `$schema` may name the',
    '  JSON Schema (`https://unpkg.com/mechnet/schema/definition.schema.json`).',
    '',
    '## Contents',
    '',
  ];
  const secs = sections();
  for (const { key } of secs) out.push(`- [\`${key}\`](#${key.toLowerCase()})`);
  for (const { key, rows } of secs) {
    out.push('', `## ${key}`, '');
    out.push('| Field | Type | Required | Unit | Meaning | MechNet |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      out.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.unit)} | ${cell(r.meaning)} | ${cell(r.mechnet)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderDefinitionReference();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(REFERENCE_FILE, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      console.error(`${REFERENCE_FILE} is stale: run npx tsx scripts/docs-reference.ts`);
      process.exitCode = 1;
    } else console.log(`${REFERENCE_FILE} is up to date.`);
  } else {
    writeFileSync(REFERENCE_FILE, text);
    console.log(`wrote ${REFERENCE_FILE}`);
  }
}
