/** The command line's help: each paragraph once, every command in both languages, the server's limits named with their defaults. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { DEFAULT_RATE_LIMITS } from '../../src/server/rate-limit.js';
import { DEFAULT_SERVER_LIMITS } from '../../src/server/node.js';

function help(...args: string[]): string {
  let out = '';
  const code = main([...args, '--help'], { write: (s: string) => (out += s) }, { write: () => undefined });
  assert.equal(code, 0);
  return out;
}

const COMMANDS = ['validate', 'report', 'schedule', 'import', 'publish', 'serve', 'init', 'migrate', 'export', 'load', 'applications', 'add', 'send', 'outbox'];

describe('the help of the command line', () => {
  for (const lang of ['it', 'en']) {
    it(`says each paragraph once, for the whole and for every command (${lang})`, () => {
      for (const command of [undefined, ...COMMANDS]) {
        const text = help(...(command ? [command] : []), '--lang', lang);
        const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
        const seen = new Set<string>();
        for (const p of paragraphs) {
          assert.ok(!seen.has(p), `${command ?? 'mechnet'} --help --lang ${lang} repeats: ${p.split('\n')[0]}`);
          seen.add(p);
        }
      }
    });

    it(`the commands that read a record say how to name its definition (${lang})`, () => {
      for (const command of ['validate', 'report', 'schedule', 'import']) {
        assert.match(help(command, '--lang', lang), /--definition FILE/, command);
      }
    });

    it(`serve lists its limits with the defaults the server applies (${lang})`, () => {
      const text = help('serve', '--lang', lang);
      for (const option of ['--origin', '--trust-proxy', '--post-rate', '--get-rate', '--max-connections', '--headers-timeout', '--request-timeout', '--keep-alive-timeout', '--max-header-size', '--body-limit']) {
        assert.ok(text.includes(option), option);
      }
      const line = (option: string) => text.split('\n').find((l) => l.trim().startsWith(option))!;
      assert.match(line('--post-rate'), new RegExp(`\\(${DEFAULT_RATE_LIMITS.post.points}[;)]`));
      assert.match(line('--get-rate'), new RegExp(`\\(${DEFAULT_RATE_LIMITS.get.points}[;)]`));
      assert.match(line('--max-connections'), new RegExp(`\\(${DEFAULT_SERVER_LIMITS.maxConnections}\\)`));
      assert.match(line('--headers-timeout'), new RegExp(`\\(${DEFAULT_SERVER_LIMITS.headersTimeoutMs / 1000}\\)`));
      assert.match(line('--request-timeout'), new RegExp(`\\(${DEFAULT_SERVER_LIMITS.requestTimeoutMs / 1000}\\)`));
      assert.match(line('--keep-alive-timeout'), new RegExp(`\\(${DEFAULT_SERVER_LIMITS.keepAliveTimeoutMs / 1000}\\)`));
      assert.match(line('--max-header-size'), new RegExp(`\\(${DEFAULT_SERVER_LIMITS.maxHeaderSize}\\)`));
    });
  }
});

describe('mechnet serve refuses wrong options before it starts', () => {
  const serve = async (...extra: string[]) => {
    let err = '';
    const code = await main(['serve', '--store', 'sqlite:/nonexistent-folder/x.sqlite', '--programme', 'mechnet-varese-2010', '--lang', 'en', ...extra], { write: () => undefined }, { write: (s: string) => (err += s) });
    return { code, err };
  };
  for (const [args, said] of [
    [['--origin', 'www.example.it'], /--origin www\.example\.it: not an origin/],
    [['--origin', 'https://www.example.it/'], /not an origin/],
    [['--max-connections', '0'], /--max-connections needs a whole number from 1/],
    [['--request-timeout', 'ten'], /--request-timeout needs a whole number/],
    [['--post-rate', '1.5'], /--post-rate needs a whole number from 0/],
    [['--proxy-hops', '2'], /--proxy-hops is meaningful only with --trust-proxy/],
    [['--static', '/nonexistent-folder'], /--static \/nonexistent-folder: no such folder/],
    [['--smtp-host', 'mail.example.it', '--smtp-port', '0'], /--smtp-port needs a whole number from 1 to 65535/],
    [['--send-every', '0'], /--send-every needs a whole number from 1/],
  ] as const) {
    it(`${args.join(' ')}: exit 2 and what is wrong`, async () => {
      const { code, err } = await serve(...args);
      assert.equal(code, 2);
      assert.match(err, said);
    });
  }
});

describe('a defect of the library on the command line', () => {
  it('is said once, with what failed inside, and exits 3 (not 1, which blames the data)', async () => {
    const { mock } = await import('node:test');
    const { join } = await import('node:path');
    const file = join(import.meta.dirname, '..', '..', 'examples', 'mechnet-varese-2010.json');
    // The number formatter behind every figure of the report throws: a defect, the record is fine.
    const stub = mock.getter(Intl.NumberFormat.prototype, 'format', () => {
      throw new RangeError('planted defect');
    });
    let err = '';
    let code: number;
    try {
      code = await main(['report', file, '--as-of', '2011-12-31', '--lang', 'en'], { write: () => undefined }, { write: (s: string) => (err += s) });
    } finally {
      stub.mock.restore();
    }
    assert.ok(stub.mock.callCount() > 0, 'the planted defect was reached');
    assert.equal(code, 3);
    const lines = err.trim().split('\n');
    assert.equal(lines.length, 2, err);
    assert.match(lines[0]!, /^mechnet: Internal error in the mechnet library: please report it/);
    assert.match(lines[1]!, /RangeError: planted defect/);
  });
});
