/**
 * The README's code examples run as written: each ```ts block is saved as a
 * module that imports the library from this checkout, and run. A block whose
 * comment says it throws (`// throws MechnetError('code', issue_code)`) must
 * throw exactly that. A block that starts a server runs on a free port and a
 * temporary database, and the server is asked for its health, then closed.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  MechnetError,
} from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const tmp = join(root, '.tmp', 'readme');
mkdirSync(tmp, { recursive: true });

/** The block as a module of this checkout: `mechnet` is `src/index.ts`, files are read from the repository root. */
function asModule(code: string): string {
  const entry = (path: string) => pathToFileURL(join(root, 'src', path)).href;
  const serves = code.includes('createServer(') || code.includes('createNodeServer(');
  const module = code
    .replaceAll("from 'mechnet/report'", `from '${entry('report/index.ts')}'`)
    .replaceAll("from 'mechnet/server'", `from '${entry('server/index.ts')}'`)
    .replaceAll("'.data/mechnet.sqlite'", JSON.stringify(join(mkdtempSync(join(tmpdir(), 'mechnet-readme-')), 'mechnet.sqlite')))
    .replace(/\.listen\(8080,/, '.listen(0,')
    .replaceAll("from 'mechnet'", `from '${entry('index.ts')}'`)
    .replace(/readFileSync\('([^']+)'/g, (_, file: string) => `readFileSync(${JSON.stringify(join(root, file))}`);
  if (!serves) return module;
  // The server answers, then stops: the test must end.
  return `${module}
await new Promise((r) => server.once('listening', r));
const health = await fetch(\`http://127.0.0.1:\${(server.address() as { port: number }).port}/api/health\`);
console.log(health.status, await health.json());
server.close();
await store.close();
`;
}

describe("the README's examples run as written", () => {
  it('has examples to run', () => assert.ok(blocks.length >= 3, `found ${blocks.length} blocks`));

  blocks.forEach((code, k) => {
    const throws = /\/\/ throws MechnetError\('(\w+)', (\w+)\)/.exec(code);
    const title = code.split('\n').find((l) => /^(const|console|import \{ [a-z])/.test(l) && !l.startsWith('import { readFileSync'))!;
    it(`block ${k + 1}: ${title.slice(0, 80)}${throws ? ` (throws ${throws[1]} / ${throws[2]})` : ''}`, async () => {
      const file = join(tmp, `block-${k + 1}.ts`);
      writeFileSync(file, asModule(code));
      const log = console.log;
      const printed: unknown[][] = [];
      console.log = (...args: unknown[]) => void printed.push(args);
      try {
        await import(`${pathToFileURL(file).href}?${Date.now()}`);
        assert.equal(throws, null, 'the block was expected to throw');
        assert.ok(printed.length > 0, 'the block shows something');
      } catch (e) {
        if (!throws) throw e;
        assert.ok(e instanceof MechnetError, `expected MechnetError, got ${String(e)}`);
        assert.equal(e.code, throws[1]);
        assert.deepEqual(e.issues.map((i) => i.code), [throws[2]]);
      } finally {
        console.log = log;
      }
    });
  });
});
