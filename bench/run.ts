// npm run bench: timings of the library's main operations on this machine.
// Numbers go in the closing notes of issues and in docs; tests never assert times.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import {
  allocate,
  checkEligibility,
  type CollaborationFigures,
  compareGroupGain,
  economicAdvantage,
  evaluatePlan,
  evaluationSettings,
  firmStates,
  mechnetDefinition,
  parseRecord,
  type ProgrammeRecord,
  programmeReport,
  shapley,
  type EnrolmentApplication,
} from '../src/index.js';
import { renderMarkdown } from '../src/report/index.js';
import { bench, report, type BenchResult } from './harness.js';
import { browserBench } from './browser.js';
import { naiveProgress } from './naive.js';
import { deepFreeze } from '../src/model/freeze.js';
import { forgetFolds as forgetState } from '../src/lifecycle/state.js';
import { purchasingGame } from '../src/economics/savings.js';
import { syntheticEconomicsRecord, syntheticLifecycleRecord, syntheticPlans, syntheticRecord } from './synthetic.js';

const sampleText = readFileSync(new URL('../examples/mechnet-varese-2010.json', import.meta.url), 'utf8');
const results: BenchResult[] = [];

/** A figure of the goals: measured, beside its baseline of the same run. */
interface Goal {
  figure: string;
  measured: string;
  baseline: string;
  ratio?: number;
  goal: string;
  met: boolean;
}
const goals: Goal[] = [];
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';

results.push(bench('parseRecord: sample record (JSON text)', () => parseRecord(sampleText)));
for (const firms of [100, 1000]) {
  const record = syntheticRecord(firms);
  results.push(
    bench(`parseRecord: synthetic, ${firms} firms`, () => parseRecord(record), { note: `${record.events.length} events` }),
  );
}
const big: ProgrammeRecord = parseRecord(syntheticRecord(1000));
results.push(bench('firmStates: synthetic, 1000 firms (remembered fold)', () => firmStates(big)));

// Eligibility: 10,000 applications against the MechNet preset, each with the
// cohort of 13 enrolled firms (duplicates and capacity are checked too).
const applications = syntheticRecord(10_000).events.flatMap((e) => (e.type === 'enrolment.applied' ? [e.application as EnrolmentApplication] : []));
const enrolled = firmStates(parseRecord(sampleText));
results.push(
  bench('checkEligibility: 10,000 applications', () => {
    for (const a of applications) checkEligibility(mechnetDefinition, a, { enrolled });
  }, { minRuns: 3, note: 'MechNet preset, 13 enrolled' }),
);
{
  const perApplication = (results.at(-1)!.meanMs * 1000) / applications.length;
  goals.push({ figure: '`checkEligibility`, per application', measured: `${perApplication.toFixed(1)} µs`, baseline: '-', goal: '<= 10 µs', met: perApplication <= 10 });
}

// Lifecycle: fold a record and compute every firm's state, from 10,000 to
// 100,000 events (1,000 firms), to show the growth is linear.
for (const firms of [100, 500, 1000]) {
  const record = parseRecord(syntheticLifecycleRecord(firms));
  const events = record.events.length;
  // The remembered fold is forgotten before each run, so each run folds every event.
  const r = bench(`fold + firmStates: ${firms} firms`, () => {
    forgetState(record);
    firmStates(record);
  }, { minRuns: 3 });
  r.note = `${events} events, ${((r.meanMs * 1000) / events).toFixed(2)} µs/event`;
  results.push(r);
}
{
  const fold = results.at(-1)!;
  const record = syntheticLifecycleRecord(1000);
  const r = bench('parseRecord (with every rule): 1,000 firms', () => parseRecord(record), { minRuns: 3 });
  r.note = `${record.events.length} events, ${((r.meanMs * 1000) / record.events.length).toFixed(2)} µs/event`;
  results.push(r);
  const ratio = r.meanMs / fold.meanMs;
  goals.push({ figure: `\`parseRecord\` with every rule, ${record.events.length.toLocaleString('en')} events`, measured: ms(r.meanMs), baseline: `fold + \`firmStates\` ${ms(fold.meanMs)}`, ratio, goal: '<= 2 x the fold', met: ratio <= 2 });
}

// Plans: 10,000 plans x 10 indicators x 12 measurements each. Frozen, as in a
// record from parseRecord (checked once, remembered), and plain objects,
// checked at every call; beside the naive baseline of the same arithmetic in
// binary floating point without any check.
{
  const settings = evaluationSettings(mechnetDefinition);
  const plans = syntheticPlans(10_000);
  const frozen = plans.map(({ plan, measurements }) => ({ plan: deepFreeze(structuredClone(plan)), measurements: deepFreeze(structuredClone(measurements)) }));
  const perIndicator = (r: BenchResult) => `${((r.meanMs * 1000) / 100_000).toFixed(2)} µs/indicator`;
  const a = bench('evaluatePlan: 10,000 frozen plans x 10 indicators x 12 measurements', () => {
    for (const { plan, measurements } of frozen) evaluatePlan(plan, measurements, '2011-12-31', settings, { start: '2010-06-15' });
  }, { minRuns: 3 });
  a.note = perIndicator(a);
  results.push(a);
  const b = bench('evaluatePlan: the same plans as plain objects (checked each call)', () => {
    for (const { plan, measurements } of plans) evaluatePlan(plan, measurements, '2011-12-31', settings, { start: '2010-06-15' });
  }, { minRuns: 3 });
  b.note = perIndicator(b);
  results.push(b);
  const c = bench('  naive baseline: floating-point progress, no checks', () => {
    for (const { plan, measurements } of plans) naiveProgress(plan, measurements, '2011-12-31');
  }, { minRuns: 3 });
  c.note = perIndicator(c);
  results.push(c);
  const ratio = a.meanMs / c.meanMs;
  goals.push({ figure: '`evaluatePlan`, per indicator, frozen plans', measured: `${((a.meanMs * 1000) / 100_000).toFixed(2)} µs`, baseline: `naive float ${((c.meanMs * 1000) / 100_000).toFixed(2)} µs`, ratio, goal: '<= 5 x naive, exact', met: ratio <= 5 });
}

// Shapley: exact for 20 members, sampled for 200 (interval width reported).
{
  const volumes = (n: number) => Array.from({ length: n }, (_, i) => 5 + ((i * 37) % 50));
  const game = (v: number[]) => ({
    size: v.length,
    value(m: Uint8Array) {
      let q = 0;
      let own = 0;
      for (let i = 0; i < v.length; i++) if (m[i]) (q += v[i]!), (own += v[i]! ** 1.2);
      return 100 * (q ** 1.2 - own);
    },
  });
  results.push(bench("shapley: exact, 20 members, a caller's game (2^20 calls of its value)", () => shapley(game(volumes(20))), { minRuns: 3, warmup: 1 }));
  // The library's own purchasing game lists its coalitions' values by subset sums.
  const purchase = purchasingGame({
    kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
    priceCurve: [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 100, priceCents: 96_000 }, { minQuantity: 300, priceCents: 92_000 }],
    members: volumes(20).map((q, k) => ({ firm: String(10_000_000_000 + k * 7), quantity: q, priceBeforeCents: 95_000 + k * 100, priceGroupCents: 92_000 })),
  });
  const { values: _listed, ...oneByOne } = purchase;
  const oneAtATime = bench('shapley: exact, 20 members, purchasing game, one value at a time', () => shapley(oneByOne), { minRuns: 3, warmup: 1 });
  results.push(oneAtATime);
  const listed = bench('shapley: exact, 20 members, purchasing game (its listed values)', () => shapley(purchase), { minRuns: 5, warmup: 1 });
  results.push(listed);
  goals.push({ figure: 'exact Shapley, 20 members, purchasing game', measured: ms(listed.meanMs), baseline: `one value at a time ${ms(oneAtATime.meanMs)}`, ratio: listed.meanMs / oneAtATime.meanMs, goal: '<= 50 ms', met: listed.meanMs <= 50 });
  let width = 0;
  const r = bench('shapley: sampled, 200 members, 2,000 permutations', () => {
    const s = shapley(game(volumes(200)), { samples: 2000, seed: 1 });
    const rel = s.intervals!.map(([lo, hi], i) => (hi - lo) / s.values[i]!);
    width = rel.reduce((a, b) => a + b, 0) / rel.length;
  }, { minRuns: 3, warmup: 1 });
  r.note = `mean 95% interval width ${(width * 100).toFixed(1)}% of the value`;
  results.push(r);
}

// Allocation: many small splits, as the savings of a large programme make them.
{
  const integer = Array.from({ length: 100_000 }, (_, k) => Array.from({ length: 13 }, (_, i) => 1 + ((k * 7 + i * 13) % 97)));
  const fractional = integer.map((ws) => ws.map((w) => w / 8 + 0.1));
  results.push(bench('allocate: 100,000 splits, 13 whole-number weights', () => {
    for (let k = 0; k < integer.length; k++) allocate(1_000_000 + k, integer[k]!);
  }, { minRuns: 3 }));
  results.push(bench('allocate: 100,000 splits, 13 fractional weights', () => {
    for (let k = 0; k < fractional.length; k++) allocate(1_000_000 + k, fractional[k]!);
  }, { minRuns: 3 }));
  const group = (n: number): Extract<CollaborationFigures, { kind: 'purchasing' }> => ({
    kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
    priceCurve: [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 100, priceCents: 96_000 }, { minQuantity: 300, priceCents: 92_000 }],
    members: Array.from({ length: n }, (_, k) => ({ firm: String(10_000_000_000 + k * 7), quantity: 5 + ((k * 37) % 50), priceBeforeCents: 95_000 + k * 100, priceGroupCents: 92_000 })),
  });
  const g13 = group(13);
  results.push(bench('compareGroupGain: 13 firms, price curve (exact core check)', () => compareGroupGain(g13), { minRuns: 3 }));
  const g30 = group(30);
  results.push(bench('compareGroupGain: 30 firms, price curve', () => compareGroupGain(g30), { minRuns: 3, warmup: 1 }));
}

// Savings of a 2,000-firm programme (collaborations of every kind, figures for two periods).
{
  const record = parseRecord(syntheticEconomicsRecord(2000));
  const r = bench('economicAdvantage: 2,000 firms', () => {
    forgetState(record);
    economicAdvantage(record);
  }, { minRuns: 3 });
  r.note = `${record.events.length} events`;
  results.push(r);
  const rep = bench('programmeReport + renderMarkdown: 2,000 firms', () => {
    forgetState(record);
    renderMarkdown(programmeReport(record, { asOf: '2011-12-31' }));
  }, { minRuns: 3 });
  rep.note = `${record.events.length} events`;
  results.push(rep);
  const adv = results.at(-2)!;
  const ratio = rep.meanMs / adv.meanMs;
  goals.push({ figure: `\`programmeReport\` + Markdown, 2,000 firms (${record.events.length.toLocaleString('en')} events)`, measured: ms(rep.meanMs), baseline: `\`economicAdvantage\` ${ms(adv.meanMs)}`, ratio, goal: '<= 2 x `economicAdvantage`', met: ratio <= 2 });
}

report(results);

console.log('\nThe server: one application at a time through createHandler (every rule checked, stored durably), beside the naive JSON file.\n');
// In a process of its own: a fresh heap (see bench/server.ts).
const server = await new Promise<BenchResult[]>((done, fail) => {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./server.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.on('error', fail);
  child.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').at(-1)!) as BenchResult[]) : fail(new Error(`bench/server.ts exited with ${code}`))));
});
report(server);
{
  const handler = server.filter((r) => r.name.startsWith('handler on sqlite'));
  const raw = server.find((r) => r.name.startsWith('raw SQLite append'));
  if (handler.length > 0 && raw) {
    // Medians: a few applications wait on the disk's fsync (or a collection) many times longer than the rest, and move the mean from run to run.
    const rates = handler.map((r) => 1000 / (r.medianMs ?? r.meanMs));
    const spread = Math.max(...rates) / Math.min(...rates) - 1;
    const share = Math.min(...rates) / (1000 / (raw.medianMs ?? raw.meanMs));
    goals.push({
      figure: `handler on SQLite, median applications/s at ${handler.map((r) => r.name.replace(/^handler on sqlite: | events stored$/g, '')).join(' / ')} events`,
      measured: rates.map((x) => `${x.toFixed(0)}/s`).join(' / '),
      baseline: `fastest / slowest ${(1 + spread).toFixed(2)}`,
      ratio: 1 + spread,
      goal: 'flat within 20 %',
      met: spread <= 0.2,
    });
    goals.push({
      figure: 'handler on SQLite, median applications/s, beside a raw append of one row',
      measured: `${Math.min(...rates).toFixed(0)}/s`,
      baseline: `raw fsync'd SQLite append ${(1000 / (raw.medianMs ?? raw.meanMs)).toFixed(0)}/s`,
      ratio: share,
      goal: '>= 80 % of the raw append',
      met: share >= 0.8,
    });
  }
}

console.log('\nThe elements in Chromium: first render on a synthetic record, beside the naive way of computing the same figures.\n');
const browser = await browserBench();
report(browser);
for (const r of browser.filter((x) => x.name.startsWith('first render'))) {
  const tag = /<[^>]+>/.exec(r.name)?.[0] ?? r.name;
  goals.push({ figure: `first render of \`${tag}\`, ${r.note?.split(';')[0] ?? ''}`, measured: ms(r.meanMs), baseline: '-', goal: '<= 50 ms', met: r.meanMs <= 50 });
}

// docs/performance.md: the goals of the last run, each figure beside its baseline, with the machine it ran on.
const cpu = cpus();
const lines = [
  '# Performance',
  '',
  'How fast the main operations of the library are, each beside a baseline measured in the same run, against the goals the library holds itself to.',
  'Each figure is the mean of several runs; the ratio to its baseline is what to compare between machines. The pages\' weights are in [size.md](size.md) (enforced by the size budgets in CI).',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}.`,
  '',
  '| figure | measured | baseline (same run) | ratio | goal | met |',
  '|---|---|---|---|---|---|',
  ...goals.map((g) => `| ${g.figure} | ${g.measured} | ${g.baseline} | ${g.ratio === undefined ? '-' : g.ratio.toFixed(2)} | ${g.goal} | ${g.met ? 'yes' : 'no'} |`),
  '',
];
writeFileSync(new URL('../docs/performance.md', import.meta.url), lines.join('\n'));
console.log(`\nwrote docs/performance.md: ${goals.filter((g) => g.met).length} of ${goals.length} goals met`);
