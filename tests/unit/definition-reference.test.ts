/**
 * docs/definition-reference.md is generated from the definition's JSON
 * Schema (and the TSDoc of its fields): the committed file must equal a fresh
 * generation, so the reference never drifts from the schema. When this test
 * fails, run `npx tsx scripts/docs-reference.ts` and commit the result.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { jsonSchema } from '../../src/schema/json-schema.js';
import { REFERENCE_FILE, renderDefinitionReference } from '../../scripts/docs-reference.js';

/** Every field path of a JSON Schema, written as the reference writes them. */
function paths(s: Record<string, unknown>, prefix: string, out: string[]): string[] {
  const props = s.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, child] of Object.entries(props ?? {})) {
    if (key === '$schema') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    paths(child, path, out);
    const items = child.items as Record<string, unknown> | undefined;
    if (items) paths(items, `${path}[]`, out);
    const alternatives = child.anyOf as Record<string, unknown>[] | undefined;
    alternatives?.forEach((alt, i) => paths(alt, `${path}{${i + 1}}`, out));
  }
  return out;
}

describe('docs/definition-reference.md (generated from the definition schema)', () => {
  const committed = readFileSync(REFERENCE_FILE, 'utf8');
  const fresh = renderDefinitionReference();

  it('equals a fresh generation (run npx tsx scripts/docs-reference.ts when the schema changed)', () => {
    assert.equal(committed, fresh);
  });

  it('has a row for every field of the JSON Schema of the definition', () => {
    const all = paths(jsonSchema('definition'), '', []);
    assert.ok(all.length > 50, `found ${all.length} fields`);
    const missing = all.filter((p) => !fresh.includes(`| \`${p}\` |`));
    assert.deepEqual(missing, []);
  });

  it("shows the MechNet preset's values (capacity 13, cap 1.2, quarterly cadence)", () => {
    assert.match(fresh, /\| `eligibility\.capacity` \|.*\| `13` \|/);
    assert.match(fresh, /\| `evaluation\.cap` \|.*\| `1\.2` \|/);
    assert.match(fresh, /\| `calendar\.verification\.cadence` \|.*`\{"every":3,"unit":"month"\}` \|/);
  });
});
