// The tables of the shape reader (src/model/shape-reader.ts), made from the
// JSON Schemas of the record and of the enrolment application, which are
// generated from the zod schemas: `npm run build` writes them, and a unit
// test fails when a written table differs from the one the schemas give.
//
//   node --import tsx scripts/shape-tables.ts          (writes the tables)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, dirname } from 'node:path';
import { jsonSchemaWithChecks } from '../src/schema/json-schema.js';
import type { ShapeCheckRef, ShapeNode, ShapeTable } from '../src/model/shape-reader.js';

/** Where each named check is written: its module (from src/) and its name there. */
const CHECKS: Record<string, [module: string, name: string]> = {
  'date-range': ['model/shape-checks', 'dateRangeCheck'],
  decimals: ['model/shape-checks', 'decimalsCheck'],
  indicator: ['plan/checks', 'indicatorCheck'],
  measurement: ['record/event-checks', 'measurementCheck'],
  offer: ['collaboration/checks', 'offerCheck'],
  need: ['collaboration/checks', 'needCheck'],
  'collaboration-figures': ['collaboration/checks', 'collaborationFiguresCheck'],
  'edition-calendar': ['programme/checks', 'editionCalendarCheck'],
};

type Json = Record<string, unknown>;

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'description',
  'title',
  '$id',
  '$schema',
  'anyOf',
  'oneOf',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'prefixItems',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'propertyNames',
  'x-mechnet-checks',
]);

/** Builds a table: identical nodes are written once. */
class TableBuilder {
  nodes: ShapeNode[] = [];
  patterns: string[] = [];
  private byText = new Map<string, number>();

  add(node: ShapeNode): number {
    const text = JSON.stringify(node);
    let at = this.byText.get(text);
    if (at === undefined) {
      at = this.nodes.length;
      this.nodes.push(node);
      this.byText.set(text, at);
    }
    return at;
  }

  pattern(source: string): number {
    let at = this.patterns.indexOf(source);
    if (at < 0) at = this.patterns.push(source) - 1;
    return at;
  }

  node(s: Json, path: string): number {
    for (const key of Object.keys(s))
      if (!KNOWN.has(key)) throw new Error(`shape tables: ${path} has ${key}, which the reader does not know`);
    const checks = (s['x-mechnet-checks'] as string[] | undefined) ?? [];
    // A check without a name (or one the reader does not have) is zod's alone: the reader refuses the value, zod reads it.
    if (checks.some((c) => c !== 'trim' && !(c in CHECKS))) return this.add({ k: 'x' });
    const c = checks.length > 0 ? { c: checks as ShapeCheckRef[] } : {};
    const options = (s.anyOf ?? s.oneOf) as Json[] | undefined;
    if (options) {
      const o = options.map((x, i) => this.node(x, `${path}|${i}`));
      return this.add({ k: 'u', o, ...this.discriminator(o), ...c });
    }
    if ('const' in s) return this.add({ k: 'l', v: s.const as string, ...c });
    if (s.enum) return this.add({ k: 'e', v: s.enum as string[], ...c });
    switch (s.type) {
      case 'string': {
        if (s.format !== undefined && s.pattern === undefined) return this.add({ k: 'x' });
        return this.add({
          k: 's',
          ...(s.minLength !== undefined && { min: s.minLength as number }),
          ...(s.maxLength !== undefined && { max: s.maxLength as number }),
          ...(s.pattern !== undefined && { re: this.pattern(s.pattern as string) }),
          ...c,
        });
      }
      case 'number':
      case 'integer':
        return this.add({
          k: 'n',
          ...(s.type === 'integer' && { int: 1 as const }),
          ...(s.minimum !== undefined && { min: s.minimum as number }),
          ...(s.exclusiveMinimum !== undefined && { xmin: s.exclusiveMinimum as number }),
          ...(s.maximum !== undefined && { max: s.maximum as number }),
          ...(s.exclusiveMaximum !== undefined && { xmax: s.exclusiveMaximum as number }),
          ...c,
        });
      case 'boolean':
        return this.add({ k: 'b', ...c });
      case 'array': {
        if (s.prefixItems) {
          const items = s.prefixItems as Json[];
          if (s.items !== false || s.minItems !== items.length || s.maxItems !== items.length) return this.add({ k: 'x' });
          return this.add({ k: 't', i: items.map((x, i) => this.node(x, `${path}[${i}]`)), ...c });
        }
        return this.add({
          k: 'a',
          i: this.node(s.items as Json, `${path}[]`),
          ...(s.minItems !== undefined && { min: s.minItems as number }),
          ...(s.maxItems !== undefined && { max: s.maxItems as number }),
          ...c,
        });
      }
      case 'object': {
        if (s.propertyNames) {
          return this.add({
            k: 'm',
            key: this.node(s.propertyNames as Json, `${path}{key}`),
            v: this.node(s.additionalProperties as Json, `${path}{}`),
            ...c,
          });
        }
        if (s.additionalProperties !== false) return this.add({ k: 'x' });
        const required = new Set((s.required as string[] | undefined) ?? []);
        const p = Object.entries((s.properties as Record<string, Json>) ?? {}).map(
          ([key, x]) => [key, this.node(x, `${path}.${key}`), required.has(key) ? 1 : 0] as [string, number, 0 | 1],
        );
        return this.add({ k: 'o', p, ...c });
      }
      case undefined:
        if (Object.keys(s).every((k) => k === 'description' || k === 'title')) return this.add({ k: 'any', ...c });
        return this.add({ k: 'x' });
      default:
        return this.add({ k: 'x' });
    }
  }

  /** The field all options are objects with, each with a value of its own in it. */
  private discriminator(options: number[]): { d?: string } {
    const objects = options.map((o) => this.nodes[o]!);
    if (!objects.every((o) => o.k === 'o')) return {};
    const first = objects[0] as Extract<ShapeNode, { k: 'o' }>;
    for (const [key] of first.p) {
      const values = objects.map((o) => {
        const field = (o as Extract<ShapeNode, { k: 'o' }>).p.find(([k]) => k === key);
        const node = field && field[2] === 1 ? this.nodes[field[1]]! : undefined;
        return node?.k === 'l' && node.c === undefined ? node.v : undefined;
      });
      if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return { d: key };
    }
    return {};
  }
}

/** The table of a document, and the nodes named by `at` (paths of JSON Schema keywords from the root). */
export function shapeTable(name: 'record' | 'application'): { table: Omit<ShapeTable, 'checks'>; checks: string[]; events?: number } {
  const b = new TableBuilder();
  const schema = jsonSchemaWithChecks(name);
  const root = b.node(schema, name);
  const table = { nodes: b.nodes, patterns: b.patterns, root };
  const checks = [...new Set(b.nodes.flatMap((n) => n.c ?? []))].filter((c) => c !== 'trim').sort();
  if (name !== 'record') return { table, checks };
  const recordNode = b.nodes[root] as Extract<ShapeNode, { k: 'o' }>;
  const eventsList = b.nodes[recordNode.p.find(([key]) => key === 'events')![1]] as Extract<ShapeNode, { k: 'a' }>;
  return { table, checks, events: eventsList.i };
}

const HEADER = `// Made by \`npm run build\` (scripts/shape-tables.ts) from the JSON Schema, itself generated
// from the zod schemas: do not edit. The shape reader (src/model/shape-reader.ts) reads it.`;

function source(exportName: string, what: string, made: ReturnType<typeof shapeTable>): string {
  const { table } = made;
  const byModule = new Map<string, string[]>();
  for (const c of made.checks) {
    const [module, name] = CHECKS[c]!;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  const imports = [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import { ${names.sort().join(', ')} } from '../${module}.js';`);
  const lines = [
    HEADER,
    ...imports,
    `import type { ShapeTable } from '../model/shape-reader.js';`,
    '',
    `/** The shape of ${what}, for the shape reader. */`,
    `export const ${exportName}: ShapeTable = {`,
    `  root: ${table.root},`,
    `  checks: { ${made.checks.map((c) => `${c.includes('-') ? `'${c}'` : c}: ${CHECKS[c]![1]}`).join(', ')} },`,
    `  patterns: [`,
    ...table.patterns.map((p) => `    ${JSON.stringify(p)},`),
    `  ],`,
    `  nodes: [`,
    ...table.nodes.map((n) => `    ${JSON.stringify(n)},`),
    `  ],`,
    `};`,
  ];
  if (made.events !== undefined)
    lines.push('', `/** The node of one event in {@link ${exportName}}. */`, `export const EVENT_NODE = ${made.events};`);
  return `${lines.join('\n')}\n`;
}

/** The files the tables are written to, with their text. */
export function shapeTableFiles(): { path: string; text: string }[] {
  return [
    { path: 'src/record/shape-table.ts', text: source('recordTable', 'a programme record and its events', shapeTable('record')) },
    { path: 'src/enrolment/application-table.ts', text: source('applicationTable', 'an enrolment application', shapeTable('application')) },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const { path, text } of shapeTableFiles()) writeFileSync(resolve(root, path), text);
}
