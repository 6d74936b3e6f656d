/**
 * Builds the sample programme record of the MechNet edition that started in
 * Varese in March 2010, writes it to `examples/mechnet-varese-2010.json` (and
 * its public and anonymous records beside it) and
 * validates it with `parseRecord`.
 *
 *   npx tsx scripts/sample/generate.ts     (or: npm run sample)
 *
 * Every firm, person and figure is fictional; the cohort matches the facts of
 * the rule-book (DOMAIN.md §0): 13 firms, one of which withdraws. The 12 agree
 * a strategic plan in the summer of 2010 and measure its indicators at the
 * quarterly verifications up to December 2011; from the offers and needs they
 * declare in the autumn of 2010 they run five collaborations in 2011, hold the
 * March 2012 verification and sign a network contract on 5 March 2012.
 *
 * - `data/`: the tables (firms, managers and assignments, analyses,
 *   verifications, plans, measurements with the intended status of every
 *   indicator, offers and needs, collaborations with the intended savings,
 *   the network contract). Firms are named by key; amounts are in euros or
 *   written with `eur()`.
 * - `build/`: builders that turn the tables into events on a timeline, with
 *   the library's own rules (check digit, calendar, price curves, rounding).
 * - `facts.ts`: what tests and benchmarks need (partite IVA, intended statuses).
 *
 * Events are sorted by date (stable, so events of the same day keep the order
 * they were added in) and numbered `e0001`, `e0002`, ... at the end. To extend
 * the sample, add a table and a builder that calls `timeline.add(...)`, and
 * call it below. The output is deterministic: no clock, no randomness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MechnetError, parseRecord, publicRecord, type ProgrammeRecord } from '../../src/index.js';
import { addCollaborations, addOffersAndNeeds } from './build/collaborations.js';
import { addEnrolments, addFigures2010, addWithdrawals } from './build/enrolment.js';
import { PROGRAMME } from './build/lookups.js';
import { addAnalyses, addAssignments, addDaysLogged, addManagers } from './build/managers.js';
import { addNetworkContract } from './build/network.js';
import { addMeasurements, addPlans } from './build/plans.js';
import { Timeline } from './build/timeline.js';
import { addVerifications } from './build/verifications.js';

const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/mechnet-varese-2010.json');

/** The whole sample record. */
export function buildRecord(): ProgrammeRecord {
  const t = new Timeline();
  addEnrolments(t);
  addManagers(t);
  addAssignments(t);
  addDaysLogged(t);
  addAnalyses(t);
  addWithdrawals(t);
  addVerifications(t);
  addFigures2010(t);
  addPlans(t);
  addMeasurements(t);
  addOffersAndNeeds(t);
  addCollaborations(t);
  addNetworkContract(t);
  return { programme: PROGRAMME, events: t.events() };
}

function main(): void {
  const json = `${JSON.stringify(buildRecord(), null, 2)}\n`;
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);
  try {
    const record = parseRecord(json);
    console.log(`Wrote ${OUTPUT}: ${record.events.length} events, valid.`);
    // The public records the widgets' pages read, as `mechnet publish` writes them.
    for (const [suffix, anonymous] of [['public', false], ['anonymous', true]] as const) {
      const file = OUTPUT.replace(/\.json$/, `.${suffix}.json`);
      writeFileSync(file, `${JSON.stringify(publicRecord(record, { anonymous }), null, 2)}\n`);
      console.log(`Wrote ${file}.`);
    }
  } catch (e) {
    console.error(`Wrote ${OUTPUT}, but it does not parse:`);
    console.error(e instanceof MechnetError ? e.messageIn('en') : e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

// Run only when executed, so other scripts can import buildRecord.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
