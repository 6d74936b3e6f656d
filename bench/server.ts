/**
 * Applications per second through the server's handler, on SQLite and on
 * PostgreSQL, beside the naive way (read the JSON record, append, write the
 * file back), with 1,000 and 10,000 events already stored. Each application
 * is checked against every rule and stored durably (SQLite: WAL, synchronous
 * FULL; PostgreSQL: default commit; the naive file: written and fsynced).
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandler, openStore, type Store } from '../src/server/index.js';
import type { BenchResult } from './harness.js';
import { syntheticRecord } from './synthetic.js';

const SENDS = 100;
const NOW = () => new Date('2010-02-15T10:00:00+01:00');

/** `n` applications of new firms (after the first `skip` of the synthetic cohort). */
function newApplications(skip: number, n: number): Record<string, any>[] {
  const events = syntheticRecord(skip + n).events.filter((e) => e.type === 'enrolment.applied').slice(skip);
  return events.map((e) => {
    const a = structuredClone((e as { application: Record<string, any> }).application);
    a.idempotencyKey = `bench-new-${a.firm.partitaIva}`;
    return a;
  });
}

async function throughHandler(store: Store, existing: number): Promise<BenchResult> {
  const programme = `bench-${existing}-${Date.now()}`;
  const seed = syntheticRecord(existing).events.filter((e) => e.type === 'enrolment.applied');
  // The synthetic cohort under its own programme id (the MechNet rules), stored in one append.
  const definition = { ...(await import('../src/index.js')).mechnetDefinition, id: programme };
  await store.putProgramme(programme, definition);
  const events = seed.map((e) => ({ ...e, application: { ...(e as any).application, programme } }));
  const r = await store.append(programme, events as never, { expectedVersion: 0 });
  if (!r.ok) throw new Error('could not seed the store');
  const handler = createHandler({ store, programme, now: NOW });
  // Loading the record once (every event checked) is the start-up cost, not the per-request one.
  const t0 = performance.now();
  await handler(new Request('http://bench/api/health'));
  const startup = performance.now() - t0;
  const apps: Record<string, any>[] = newApplications(existing, SENDS).map((a) => ({ ...a, programme }));
  const times: number[] = [];
  for (const a of apps) {
    const started = performance.now();
    const res = await handler(
      new Request('http://bench/api/enrolments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': a.idempotencyKey },
        body: JSON.stringify(a),
      }),
    );
    if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
    times.push(performance.now() - started);
  }
  const meanMs = times.reduce((x, y) => x + y, 0) / times.length;
  return {
    name: `handler on ${store.engine}: ${existing.toLocaleString('en')} events stored`,
    runs: times.length,
    meanMs,
    minMs: Math.min(...times),
    note: `${(1000 / meanMs).toFixed(0)} applications/s; start-up ${startup.toFixed(0)} ms`,
  };
}

/** The naive way: the whole record as a JSON file, read, appended to and written back (fsynced) for each application. */
function naiveFile(existing: number): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'mechnet-bench-'));
  const file = join(dir, 'record.json');
  const record = { programme: 'mechnet-varese-2010', events: syntheticRecord(existing).events.filter((e) => e.type === 'enrolment.applied') };
  const write = (text: string) => {
    const fd = openSync(file, 'w');
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
  };
  write(JSON.stringify(record));
  const apps = newApplications(existing, SENDS);
  const times: number[] = [];
  let n = existing;
  for (const a of apps) {
    const started = performance.now();
    const r = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
    r.events.push({ id: `n${++n}`, type: 'enrolment.applied', date: '2010-02-15', author: 'Modulo', firm: a.firm.partitaIva, application: a });
    write(JSON.stringify(r));
    times.push(performance.now() - started);
  }
  const meanMs = times.reduce((x, y) => x + y, 0) / times.length;
  return {
    name: `naive JSON file: ${existing.toLocaleString('en')} events`,
    runs: times.length,
    meanMs,
    minMs: Math.min(...times),
    note: `${(1000 / meanMs).toFixed(0)} applications/s; no rule checked, one writer only`,
  };
}

/** The server benchmarks; PostgreSQL when a cluster can be started here. */
export async function serverBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'mechnet-bench-'));
  const sqlite = await openStore(`sqlite:${join(dir, 'bench.sqlite')}`);
  await sqlite.migrate();
  let pg: { url: string; stop(): void } | undefined;
  let postgres: Store | undefined;
  try {
    // @ts-expect-error: a plain .mjs script of the repository, without types
    const { startPostgres } = (await import('../scripts/postgres.mjs')) as { startPostgres: (o?: object) => Promise<{ url: string; stop(): void }> };
    pg = await startPostgres({ log: () => undefined });
    postgres = await openStore(pg.url);
    await postgres.migrate();
  } catch (e) {
    console.error(`bench: no PostgreSQL (${(e as Error).message}); its rows are left out`);
  }
  try {
    for (const existing of [1000, 10_000]) {
      results.push(naiveFile(existing));
      results.push(await throughHandler(sqlite, existing));
      if (postgres) results.push(await throughHandler(postgres, existing));
    }
  } finally {
    await sqlite.close();
    await postgres?.close();
    pg?.stop();
  }
  return results;
}
