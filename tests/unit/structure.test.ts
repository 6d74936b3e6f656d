/**
 * The shape of the code: the import rules of `.dependency-cruiser.cjs` hold
 * for src/ and components/, and each rule catches what it is for (a small
 * tree in tests/fixtures/structure breaks each once).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../../components/cdn/tags.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');

/** The rules broken in a tree, as `rule: from -> to`. */
function violations(cwd: string): string[] {
  let out: string;
  try {
    out = execFileSync(depcruise, ['src', 'components', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const result = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the shape of the code', () => {
  it('src/ and components/ break no import rule: no circle, no domain importing elements or Node, model below sections, no rule importing a view, the form reaching no record rule', () => {
    assert.deepEqual(violations(root), []);
  });

  it('each rule catches what it is for', () => {
    const found = violations(join(root, 'tests', 'fixtures', 'structure')).map((v) => v.split(':')[0]);
    assert.deepEqual([...new Set(found)].sort(), ['domain-not-adapters', 'domain-not-elements', 'form-not-record-rules', 'model-below-sections', 'no-circular', 'rule-not-view']);
  });
});

describe('the CDN loader', () => {
  it('knows every element: one tag per file in components/define/', () => {
    const files = readdirSync(join(root, 'components', 'define'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    assert.deepEqual([...TAGS].sort(), files);
  });
});
