/**
 * The guides' code examples run as written, so the docs cannot rot
 * (docs/developer.md, "How these pages are tested", states the convention):
 *
 * - every fenced ```ts / ```js block of docs/developer.md and
 *   docs/programme-author.md is saved as a module, with `mechnet`,
 *   `mechnet/report` and `mechnet/server` mapped to this checkout's sources,
 *   and run from the repository root; it must finish and print something,
 *   and each `//=> text` comment on a `console.log` line must be among the
 *   printed lines, in order;
 * - a block whose info string has the word `no-run` is not run; a ts, js, tsx
 *   or jsx block must either run or say `no-run`;
 * - every ```json block of programme-author.md says what it is: `json event`
 *   (checked with EventSchema), `json definition` (a whole definition,
 *   parseDefinition) or `json definition <key>` (the value of that top-level
 *   key, put into the MechNet preset and checked with parseDefinition); the
 *   page has an example of every event type.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { applyEvents, checkApplication, mechnetDefinition, parseDefinition, parseRecord, programmeReport, verificationSchedule } from '../../src/index.js';
import { renderMarkdown } from '../../src/report/index.js';
import { validApplication } from '../fixtures/sample.js';
import { EventSchema } from '../../src/record/events.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = join(root, '.tmp', 'docs-snippets');
mkdirSync(tmp, { recursive: true });

/** A fenced block of a Markdown page: its info string (language and words after it), its code, its line. */
interface Block {
  lang: string;
  words: string[];
  code: string;
  line: number;
}

function blocksOf(markdown: string): Block[] {
  const out: Block[] = [];
  const re = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of markdown.matchAll(re)) {
    const [lang = '', ...words] = m[1]!.trim().split(/\s+/);
    out.push({ lang, words, code: m[2]!, line: markdown.slice(0, m.index).split('\n').length });
  }
  return out;
}

const RUNNABLE = new Set(['ts', 'js']);
const CODE = new Set(['ts', 'js', 'tsx', 'jsx']);

/** The block as a module of this checkout: `mechnet/...` imports point at `src/`. */
function asModule(code: string): string {
  const entries: Record<string, string> = {
    mechnet: 'index.ts',
    'mechnet/report': 'report/index.ts',
    'mechnet/server': 'server/index.ts',
  };
  return code.replace(/(from\s+|import\s+|import\()(['"])(mechnet(?:\/[a-z]+)?)\2/g, (all, lead: string, quote: string, spec: string) => {
    const file = entries[spec];
    if (!file) throw new Error(`the docs import ${spec}, which this test does not map to a source file`);
    return `${lead}${quote}${pathToFileURL(join(root, 'src', file)).href}${quote}`;
  });
}

/** The `//=> text` expectations of a block, in order. */
function expectations(code: string): string[] {
  return code
    .split('\n')
    .filter((l) => /console\.log\(/.test(l) && /\/\/=> /.test(l))
    .map((l) => l.slice(l.indexOf('//=> ') + 5).trim());
}

async function run(page: string, k: number, block: Block): Promise<void> {
  const file = join(tmp, `${page.replace(/\W+/g, '-')}-${k + 1}.${block.lang === 'js' ? 'mjs' : 'ts'}`);
  writeFileSync(file, asModule(block.code));
  const log = console.log;
  const printed: string[] = [];
  console.log = (...args: unknown[]) => void printed.push(...format(...args).split('\n'));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await import(`${pathToFileURL(file).href}?${Date.now()}`);
  } finally {
    console.log = log;
    process.chdir(cwd);
  }
  assert.ok(printed.length > 0, 'the block shows something');
  let at = 0;
  for (const want of expectations(block.code)) {
    const found = printed.findIndex((line, i) => i >= at && line.trim() === want);
    assert.ok(found >= 0, `expected the line ${JSON.stringify(want)} to be printed (after line ${at}); printed:\n${printed.join('\n')}`);
    at = found + 1;
  }
}

for (const page of ['docs/developer.md', 'docs/programme-author.md']) {
  const blocks = blocksOf(readFileSync(join(root, page), 'utf8'));

  describe(`the examples of ${page} run as written`, () => {
    const runnable = blocks.filter((b) => RUNNABLE.has(b.lang) && !b.words.includes('no-run'));

    it('has examples to run', () => assert.ok(runnable.length >= 2, `found ${runnable.length} runnable blocks`));

    it('marks every code block that is not run with no-run', () => {
      const unmarked = blocks.filter((b) => CODE.has(b.lang) && !RUNNABLE.has(b.lang) && !b.words.includes('no-run'));
      assert.deepEqual(unmarked.map((b) => `line ${b.line}: \`\`\`${b.lang}`), []);
    });

    blocks.forEach((block, k) => {
      if (!RUNNABLE.has(block.lang) || block.words.includes('no-run')) return;
      const title = block.code.split('\n').find((l) => l.trim() !== '' && !l.startsWith('import ') && !l.startsWith('//')) ?? '';
      it(`line ${block.line}: ${title.trim().slice(0, 70)}`, () => run(page, k, block));
    });
  });
}

describe('the JSON examples of docs/programme-author.md are accepted by the library', () => {
  const blocks = blocksOf(readFileSync(join(root, 'docs/programme-author.md'), 'utf8')).filter((b) => b.lang === 'json');

  it('labels every json block: event, definition or definition <key>', () => {
    const unlabelled = blocks.filter((b) => !['event', 'definition'].includes(b.words[0] ?? ''));
    assert.deepEqual(unlabelled.map((b) => `line ${b.line}`), []);
  });

  const events = blocks.filter((b) => b.words[0] === 'event');
  const definitions = blocks.filter((b) => b.words[0] === 'definition');

  it('has an example of every event type', () => {
    const shown = new Set(events.map((b) => (JSON.parse(b.code) as { type: string }).type));
    const options = (EventSchema as unknown as { _zod: { def: { options: { _zod: { def: { shape: { type: { _zod: { def: { values: string[] } } } } } } }[] } } })._zod.def.options;
    const all = options.map((o) => o._zod.def.shape.type._zod.def.values[0]!);
    assert.equal(all.length, 30);
    assert.deepEqual(all.filter((t) => !shown.has(t)), [], 'event types without an example');
  });

  for (const b of events) {
    it(`line ${b.line}: the event example is accepted by EventSchema`, () => {
      const value: unknown = JSON.parse(b.code);
      const r = EventSchema.safeParse(value);
      assert.ok(r.success, `line ${b.line}: ${JSON.stringify(r.error?.issues)}`);
    });
  }

  for (const b of definitions) {
    const key = b.words[1];
    it(`line ${b.line}: the definition example${key ? ` (${key})` : ''} is accepted by parseDefinition`, () => {
      const value: unknown = JSON.parse(b.code);
      const definition = key ? { ...structuredClone(mechnetDefinition), [key]: value } : value;
      parseDefinition(definition, { lang: 'en' });
    });
  }
});

describe('a third programme written from the programme author\'s guide alone', () => {
  it('assembles from the guide\'s definition blocks, validates, takes a small record and renders its report', () => {
    const blocks = blocksOf(readFileSync(join(root, 'docs/programme-author.md'), 'utf8')).filter((b) => b.lang === 'json' && b.words[0] === 'definition' && b.words[1]);
    const definition = parseDefinition(Object.fromEntries(blocks.map((b) => [b.words[1]!, JSON.parse(b.code) as unknown])));
    assert.equal(definition.id, 'rete-legno-friuli-2027');
    // nothing of MechNet left: another sector, territory and cadence
    assert.notDeepEqual(definition.eligibility.sector, mechnetDefinition.eligibility.sector);
    assert.notDeepEqual(definition.eligibility.territory, mechnetDefinition.eligibility.territory);
    assert.notDeepEqual(definition.calendar.verification.cadence, mechnetDefinition.calendar.verification.cadence);
    assert.ok(verificationSchedule(definition).length > 0);

    // a wood workshop of Udine applies on the first day of the edition and is accepted
    const base = validApplication();
    const application = {
      ...base,
      programme: definition.id,
      submittedAt: `${definition.calendar.start}T09:00:00+01:00`,
      consent: { ...base.consent, noticeVersion: definition.eligibility.consent.noticeVersion, givenAt: `${definition.calendar.start}T09:00:00+01:00` },
      firm: {
        ...base.firm,
        name: 'Falegnameria Friulana S.r.l.',
        ateco: `${definition.eligibility.sector.prefixes[0]}.23.10`,
        address: { street: 'Via Cividale 12', postalCode: '33100', municipality: 'Udine', province: definition.eligibility.territory.provinces[0]! },
      },
    };
    const check = checkApplication(definition, application, { asOf: definition.calendar.start, lang: 'en' });
    assert.equal(check.outcome, 'accept', JSON.stringify(check.reasons));
    const record = applyEvents(parseRecord({ programme: definition, events: [] }), [
      { id: 'e1', type: 'enrolment.applied', date: definition.calendar.start, author: 'Modulo web', firm: base.firm.partitaIva, application },
      { id: 'e2', type: 'enrolment.accepted', date: definition.calendar.start, author: 'Ufficio', firm: base.firm.partitaIva },
    ]);
    const report = renderMarkdown(programmeReport(record, { asOf: definition.calendar.start, lang: 'en' }));
    assert.match(report, /Rete Legno Friuli/);
    assert.match(report, /Falegnameria Friulana S\.r\.l\./);
  });
});
