import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(root, 'examples', 'mechnet-varese-2010.json');

/** Runs the command line as a process, as a user would. */
function mechnet(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mechnet-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('mechnet validate', () => {
  it('exits 0 on the sample record and says what it checked', () => {
    const r = mechnet('validate', sample, '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /valid programme record/);
  });

  it('exits 1 on a broken record and prints every issue as path: message', () => {
    const record = JSON.parse(JSON.stringify({ programme: 'mechnet-varese-2010', events: [{ id: 'e1', type: 'enrolment.accepted', date: '2010-13-01', author: 'x', firm: '1' }] }));
    const r = mechnet('validate', tempFile('r.json', JSON.stringify(record)), '--lang=en');
    assert.equal(r.code, 1);
    assert.match(r.err, /^events\[0\]\.date: Must be an existing date/m);
    assert.match(r.err, /^events\[0\]\.firm: A partita IVA is 11 digits/m);
  });

  it('speaks Italian when asked', () => {
    const r = mechnet('validate', tempFile('d.json', '{"id": "x"}'), '--lang', 'it');
    assert.equal(r.code, 1);
    assert.match(r.err, /^name: Campo obbligatorio$/m);
  });

  it('gives line and column for bad JSON', () => {
    const r = mechnet('validate', tempFile('bad.json', '{\n  "programme": "mechnet-varese-2010",\n  "events": [,]\n}'), '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err, /line 3, column 14/);
  });

  it('exits 2 for a missing file, a missing argument, an unknown option or command', () => {
    assert.equal(mechnet('validate', join(root, 'no-such-file.json')).code, 2);
    assert.match(mechnet('validate', join(root, 'no-such-file.json'), '--lang', 'en').err, /Cannot read .*ENOENT/);
    assert.equal(mechnet('validate').code, 2);
    assert.equal(mechnet('validate', sample, '--colour').code, 2);
    assert.equal(mechnet('frobnicate').code, 2);
    assert.equal(mechnet().code, 2);
  });

  it('shows help with exit 0', () => {
    const main = mechnet('--help', '--lang', 'en');
    assert.equal(main.code, 0);
    assert.match(main.out, /Usage: mechnet <command>/);
    const sub = mechnet('validate', '--help', '--lang', 'en');
    assert.equal(sub.code, 0);
    assert.match(sub.out, /Usage: mechnet validate <file>/);
  });
});
