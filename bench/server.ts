/**
 * Applications per second through the server's handler, on SQLite and on
 * PostgreSQL, beside the naive way (read the JSON record, append, write the
 * file back), with 1,000 and 10,000 events already stored, and on SQLite
 * with 100,000 beside a raw append of one row. Each application
 * is checked against every rule and stored durably (SQLite: WAL, synchronous
 * FULL; PostgreSQL: default commit; the naive file: written and fsynced).
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { applyEvents, parseRecord, publicRecord, resolveDefinition, type ProgrammeRecord } from '../src/index.js';
import { createHandler, createNodeServer, openStore, type Store } from '../src/server/index.js';
import { median, type BenchResult } from './harness.js';
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
  const handler = createHandler({ store, programme, now: NOW, rateLimits: false });
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
    medianMs: median(times),
    note: `${(1000 / meanMs).toFixed(0)} applications/s (median ${(1000 / median(times)).toFixed(0)}/s); start-up ${startup.toFixed(0)} ms`,
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

/**
 * The floor under any durable store: one event appended to SQLite as the
 * store keeps them (WAL, synchronous FULL, secure_delete, its own
 * transaction), with no rule and no handler, over `existing` rows.
 */
async function rawSqliteAppend(existing: number): Promise<BenchResult> {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'mechnet-bench-')), 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.exec('CREATE TABLE events (programme TEXT NOT NULL, version INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (programme, version))');
  const insert = db.prepare('INSERT INTO events (programme, version, event) VALUES (?, ?, ?)');
  const seed = syntheticRecord(existing).events.filter((e) => e.type === 'enrolment.applied');
  db.transaction(() => seed.forEach((e, i) => insert.run('raw', i + 1, JSON.stringify(e))))();
  const apps = newApplications(existing, SENDS);
  const append = db.transaction((version: number, text: string) => insert.run('raw', version, text));
  const times: number[] = [];
  apps.forEach((a, i) => {
    const started = performance.now();
    append.immediate(existing + i + 1, JSON.stringify({ id: `r${i}`, type: 'enrolment.applied', date: '2010-02-15', author: 'Modulo', firm: a.firm.partitaIva, application: a }));
    times.push(performance.now() - started);
  });
  db.close();
  const meanMs = times.reduce((x, y) => x + y, 0) / times.length;
  const medianMs = median(times);
  return { name: `raw SQLite append: ${existing.toLocaleString('en')} events`, runs: times.length, meanMs, minMs: Math.min(...times), medianMs, note: `${(1000 / meanMs).toFixed(0)} appends/s (median ${(1000 / medianMs).toFixed(0)}/s); no rule, no handler` };
}

/**
 * 20 clients reading `/api/record.json` of the sample record (754 events) as
 * fast as they can while one client sends applications to another programme
 * of the same process: reads per second and the applications' median time,
 * with the record built once per stored version (the handler) or on every
 * read (the way it was built before, kept here as the baseline).
 */
async function readersBesideApplications(store: Store, cached: boolean): Promise<BenchResult> {
  const sample = parseRecord(readFileSync(new URL('../examples/mechnet-varese-2010.json', import.meta.url), 'utf8'));
  const sampleId = `bench-sample-${cached ? 'c' : 'u'}-${Date.now()}`;
  const definition = { ...resolveDefinition(sample), id: sampleId };
  await store.putProgramme(sampleId, definition);
  const seeded = await store.append(sampleId, sample.events.map((e) => ({ ...e, ...(e.type === 'enrolment.applied' ? { application: { ...e.application, programme: sampleId } } : {}) })) as never, { expectedVersion: 0 });
  if (!seeded.ok) throw new Error('could not seed the sample');
  const reads = createHandler({ store, programme: sampleId, rateLimits: false });
  // The baseline: the record kept up to date, its public copy built for every read.
  let kept: { record: ProgrammeRecord; version: number } | undefined;
  const perRead = async (): Promise<Response> => {
    if (!kept) {
      const events = await store.events(sampleId);
      kept = { record: parseRecord({ programme: definition, events: events.map((e) => e.event) }), version: events.at(-1)!.version };
    } else {
      const newer = await store.events(sampleId, kept.version);
      if (newer.length) kept = { record: applyEvents(kept.record, newer.map((e) => e.event)), version: newer.at(-1)!.version };
    }
    return new Response(JSON.stringify(publicRecord(kept.record)), { headers: { 'content-type': 'application/json' } });
  };
  const programme = `bench-open-${cached ? 'c' : 'u'}-${Date.now()}`;
  const { mechnetDefinition } = await import('../src/index.js');
  await store.putProgramme(programme, { ...mechnetDefinition, id: programme });
  const writes = createHandler({ store, programme, basePath: '/w/api', now: NOW, rateLimits: false });
  const server = createNodeServer(async (request) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/w/')) return writes(request);
    return cached ? reads(request) : perRead();
  }, { limits: { maxConnections: 1000 } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await (await fetch(`${base}/api/record.json`)).arrayBuffer();
  let running = true;
  let served = 0;
  const readers = Array.from({ length: 20 }, async () => {
    while (running) {
      const r = await fetch(`${base}/api/record.json`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`record.json answered ${r.status}`);
      served++;
    }
  });
  // Two seconds of reads alone, then applications among the reads.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const alone = served / 2;
  served = 0;
  const apps = newApplications(0, 40).map((a) => ({ ...a, programme, idempotencyKey: `${a.idempotencyKey}-${cached ? 'c' : 'u'}` }));
  const times: number[] = [];
  const started = performance.now();
  for (const a of apps) {
    const t0 = performance.now();
    const r = await fetch(`${base}/w/api/enrolments`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': a.idempotencyKey }, body: JSON.stringify(a) });
    if (r.status !== 201) throw new Error(`unexpected ${r.status}: ${await r.text()}`);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(readers);
  server.close();
  server.closeAllConnections();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return {
    name: `20 readers of record.json (754 events) beside applications, ${store.engine}: ${cached ? 'built once per version' : 'built on every read (before)'}`,
    runs: times.length,
    meanMs: times.reduce((x, y) => x + y, 0) / times.length,
    minMs: times[0]!,
    note: `${alone.toFixed(0)} reads/s alone, ${(served / seconds).toFixed(0)} beside applications (median ${median.toFixed(0)} ms each)`,
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
    const { startPostgres } = await import('../scripts/postgres.mjs');
    pg = await startPostgres({ log: () => undefined });
    postgres = await openStore(pg.url);
    await postgres.migrate();
  } catch (e) {
    console.error(`bench: no PostgreSQL (${(e as Error).message}); its rows are left out`);
  }
  try {
    results.push(await readersBesideApplications(sqlite, false));
    results.push(await readersBesideApplications(sqlite, true));
    for (const existing of [1000, 10_000]) {
      results.push(naiveFile(existing));
      results.push(await throughHandler(sqlite, existing));
      if (postgres) results.push(await throughHandler(postgres, existing));
    }
    // 100,000 events: the handler on SQLite (the naive file would take minutes), and the raw append beside it.
    results.push(await throughHandler(sqlite, 100_000));
    results.push(await rawSqliteAppend(100_000));
  } finally {
    await sqlite.close();
    await postgres?.close();
    pg?.stop();
  }
  return results;
}

// Run on its own (`node --import tsx bench/server.ts`), as `npm run bench` does: a fresh process, so that the heap the
// other benchmarks leave behind (records of 100,000 events) does not put its collections into the server's timings.
// Prints the results as JSON on its last line.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const results = await serverBench();
  console.log(JSON.stringify(results));
  process.exit(0);
}
