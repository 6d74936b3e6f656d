/**
 * Faults a Chamber's server will meet: PostgreSQL stopped and started in the
 * middle of a stream of applications, and SQLite on a disk that fills up and
 * then has room again. Every 201 is durable, every other answer can be
 * retried with the same key, nothing is stored twice, and the server process
 * lives through it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startPostgres } from '../../scripts/postgres.mjs';
import { parseRecord } from '../../src/index.js';
import { openStore } from '../../src/server/index.js';
import { application, definitionFile, openProgramme, post, startServer, tempDir } from './support/fixtures.js';

type Server = Awaited<ReturnType<typeof startServer>>;

/** Sends one application until it is stored, retrying with the same key; records every answer it got. */
async function sendUntilStored(server: () => Server, app: Record<string, unknown>, seen: number[], deadline: number): Promise<string> {
  for (;;) {
    try {
      const r = await fetch(post(server().url, app));
      seen.push(r.status);
      const body = (await r.json()) as { id?: string };
      if (r.status === 201) return body.id!;
      assert.ok(r.status === 503 || r.status === 429, `an answer that cannot be retried: ${r.status} ${JSON.stringify(body)}`);
      assert.ok(Number(r.headers.get('retry-after')) >= 1, 'Retry-After says when');
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      seen.push(0); // the connection broke: retried like a timeout
    }
    if (Date.now() > deadline) throw new Error('not stored before the deadline');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function pool<T>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

describe('faults', () => {
  it('PostgreSQL stopped and started in the middle: every 201 durable, the rest 503 and retried with the same key, nothing twice', { timeout: 240_000 }, async () => {
    const pg = await startPostgres({ log: () => undefined });
    const id = `f-${randomUUID().slice(0, 8)}`;
    const file = definitionFile(tempDir(), openProgramme(id));
    const server = await startServer(pg.url, file);
    try {
      const apps = Array.from({ length: 300 }, (_, i) => application(id, 5000 + i));
      const seen: number[] = [];
      const ids: string[] = [];
      let sent = 0;
      const deadline = Date.now() + 180_000;
      const restart = (async () => {
        while (sent < 100) await new Promise((r) => setTimeout(r, 20));
        pg.halt();
        await new Promise((r) => setTimeout(r, 2000));
        pg.resume();
      })();
      await pool(apps, 8, async (app) => {
        ids.push(await sendUntilStored(() => server, app, seen, deadline));
        sent++;
      });
      await restart;
      assert.equal(server.child.exitCode, null, `the server lived through it: ${server.log()}`);
      assert.ok(seen.some((s) => s === 503), `some answers were 503 while the database was down: ${[...new Set(seen)]}`);
      const store = await openStore(pg.url);
      try {
        const events = (await store.events(id)).map((e) => e.event);
        assert.equal(events.length, 300, 'each application stored once');
        assert.deepEqual(new Set(events.map((e) => e.id)), new Set(ids), 'every 201 is in the database');
        parseRecord({ programme: openProgramme(id), events });
      } finally {
        await store.close();
      }
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
    } finally {
      server.child.kill('SIGTERM');
      pg.stop();
    }
  });

  const canMount = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v mount']).status === 0;
  it('SQLite on a full disk: 503 and nothing half-written; it goes on when space returns', { timeout: 180_000, skip: canMount ? false : 'needs root to mount a small tmpfs' }, async () => {
    const dir = join(tempDir(), 'small');
    mkdirSync(dir);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { encoding: 'utf8' });
    if (mount.status !== 0) {
      // A container without the right to mount: nothing to test here.
      console.log(`# not run: mount failed: ${mount.stderr.trim()}`);
      return;
    }
    const url = `sqlite:${join(dir, 'mechnet.sqlite')}`;
    const id = `f-${randomUUID().slice(0, 8)}`;
    const file = definitionFile(tempDir(), openProgramme(id));
    const server = await startServer(url, file);
    try {
      const stored = new Map<string, string>();
      const full: Record<string, unknown>[] = [];
      for (let i = 0; i < 2000 && full.length < 5; i++) {
        const app = application(id, 8000 + i);
        const r = await fetch(post(server.url, app));
        const body = (await r.json()) as { id?: string };
        if (r.status === 201) stored.set(app.idempotencyKey, body.id!);
        else {
          assert.equal(r.status, 503, `a full disk is a 503, not ${r.status}: ${JSON.stringify(body)}`);
          assert.ok(Number(r.headers.get('retry-after')) >= 1);
          full.push(app);
        }
      }
      assert.ok(full.length > 0, 'the disk filled up');
      assert.equal(server.child.exitCode, null, 'the server lived through it');
      const check = async (expected: number) => {
        const store = await openStore(url, { readonly: true });
        try {
          const events = (await store.events(id)).map((e) => e.event);
          assert.equal(events.length, expected, 'only what was answered 201 is stored');
          parseRecord({ programme: openProgramme(id), events });
        } finally {
          await store.close();
        }
      };
      await check(stored.size);
      assert.equal(spawnSync('mount', ['-o', 'remount,size=16m', dir]).status, 0);
      for (const app of full) {
        const r = await fetch(post(server.url, app));
        assert.equal(r.status, 201, 'the same application goes through once there is room');
      }
      await check(stored.size + full.length);
      assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
    } finally {
      server.child.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      spawnSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
