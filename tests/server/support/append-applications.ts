/**
 * A second process that keeps sending applications to a programme through
 * the handler, on the store given, until it has sent `count` (for the
 * backup-under-load test). Prints `{ "sent": N, "ms": T }` when done.
 *
 *   node --import tsx append-applications.ts STORE_URL PROGRAMME COUNT
 */
import { createHandler, openStore } from '../../../src/server/index.js';
import { application, post } from './fixtures.js';

const [url, programme, count] = process.argv.slice(2);
const store = await openStore(url!);
const handler = createHandler({ store, programme: programme!, rateLimits: false });
const started = performance.now();
let sent = 0;
for (let n = 1; n <= Number(count); n++) {
  const r = await handler(post('http://writer.test', application(programme!, n)));
  if (r.status !== 201) throw new Error(`application ${n}: ${r.status} ${await r.text()}`);
  sent++;
  if (n === 1) process.stdout.write('started\n');
}
await store.close();
process.stdout.write(`${JSON.stringify({ sent, ms: Math.round(performance.now() - started) })}\n`);
