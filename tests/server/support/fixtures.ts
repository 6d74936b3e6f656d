/**
 * What the server tests post: a programme open today (the MechNet preset
 * with an edition around today's date) and valid applications of distinct
 * firms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mechnetDefinition, type ProgrammeDefinition } from '../../../src/index.js';
import { partitaIvaCheckDigit } from '../../../src/enrolment/identifiers.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The preset as a programme of its own, open from a week ago for two years. */
export function openProgramme(id: string): ProgrammeDefinition {
  const d = structuredClone(mechnetDefinition) as ProgrammeDefinition;
  return { ...d, id, calendar: { ...d.calendar, start: day(-7), end: day(730) } };
}

/** The n-th firm's partita IVA (valid check digit; company numbers from 5000000). */
export function partitaIva(n: number): string {
  const first10 = `${String(5_000_000 + n).padStart(7, '0')}021`;
  return `${first10}${partitaIvaCheckDigit(first10)}`;
}

const sample = JSON.parse(readFileSync(new URL('../../../examples/application.json', import.meta.url), 'utf8')) as Record<string, any>;

/** A valid application of the n-th firm to a programme, with its own key. */
export function application(programme: string, n: number, key = `k-${randomUUID()}`): Record<string, any> {
  const a = structuredClone(sample);
  a.programme = programme;
  a.idempotencyKey = key;
  a.submittedAt = new Date().toISOString();
  a.firm.partitaIva = partitaIva(n);
  a.firm.codiceFiscale = partitaIva(n);
  a.firm.name = `Officina di prova ${n} S.r.l.`;
  a.consent.noticeVersion = mechnetDefinition.eligibility.consent.noticeVersion;
  a.consent.givenAt = a.submittedAt;
  return a;
}

/** A POST of an application as the form sends it. */
export function post(base: string, app: Record<string, any>, headers: Record<string, string> = {}): Request {
  return new Request(`${base}/api/enrolments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': app.idempotencyKey, ...headers },
    body: JSON.stringify(app),
  });
}

/** A temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mechnet-server-test-'));
}

/** A `mechnet serve` process on a free port (without rate limits unless `extra` sets them); resolves once it listens. */
export async function startServer(
  store: string,
  programme: string,
  extra: readonly string[] = ['--post-rate', '0', '--get-rate', '0'],
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const cli = new URL('../../../src/cli/main.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--store', store, '--programme', programme, '--port', '0', '--lang', 'en', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const check = () => {
      const m = /on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, child, log: () => out };
}

/** Writes a definition file for `--programme FILE`. */
export function definitionFile(dir: string, definition: ProgrammeDefinition): string {
  const file = join(dir, `${definition.id}.json`);
  writeFileSync(file, JSON.stringify(definition));
  return file;
}
