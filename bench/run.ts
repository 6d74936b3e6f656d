// npm run bench: timings of the library's main operations on this machine.
// Numbers go in the closing notes of issues and in docs; tests never assert times.
import { readFileSync } from 'node:fs';
import { checkEligibility, listFirms, mechnetDefinition, parseRecord, type ProgrammeRecord } from '../src/index.js';
import { bench, report, type BenchResult } from './harness.js';
import { syntheticRecord } from './synthetic.js';

const sampleText = readFileSync(new URL('../examples/mechnet-varese-2010.json', import.meta.url), 'utf8');
const results: BenchResult[] = [];

results.push(bench('parseRecord: sample record (JSON text)', () => parseRecord(sampleText)));
for (const firms of [100, 1000]) {
  const record = syntheticRecord(firms);
  results.push(
    bench(`parseRecord: synthetic, ${firms} firms`, () => parseRecord(record), { note: `${record.events.length} events` }),
  );
}
const big: ProgrammeRecord = parseRecord(syntheticRecord(1000));
results.push(bench('listFirms: synthetic, 1000 firms', () => listFirms(big)));

// Eligibility: 10,000 applications against the MechNet preset, each with the
// cohort of 13 enrolled firms (duplicates and capacity are checked too).
const applications = syntheticRecord(10_000).events.flatMap((e) => (e.type === 'enrolment.applied' ? [e.application] : []));
const enrolled = listFirms(parseRecord(sampleText));
results.push(
  bench('checkEligibility: 10,000 applications', () => {
    for (const a of applications) checkEligibility(mechnetDefinition, a, { enrolled });
  }, { minRuns: 3, note: 'MechNet preset, 13 enrolled' }),
);

report(results);
