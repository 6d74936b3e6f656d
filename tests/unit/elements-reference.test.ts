/**
 * docs/elements-reference.md is the Custom Elements Manifest in words: it
 * must equal what scripts/elements-reference.mjs makes of the manifest the
 * build wrote (`npm run build`, then `node scripts/elements-reference.mjs`
 * after changing an element), and name every element the loader knows.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../../components/cdn/tags.js';
import { elementsReference } from '../../scripts/elements-reference.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the elements reference', () => {
  it('is the manifest of this build, and lists every element', () => {
    const manifestFile = join(root, 'custom-elements.json');
    assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run npm run build');
    const fresh = elementsReference(JSON.parse(readFileSync(manifestFile, 'utf8')));
    const committed = readFileSync(join(root, 'docs', 'elements-reference.md'), 'utf8');
    assert.equal(committed, fresh, 'docs/elements-reference.md is stale: run node scripts/elements-reference.mjs');
    for (const tag of TAGS) assert.match(committed, new RegExp(`## \`<${tag}>\``), tag);
    assert.match(committed, /\| `mechnet-submit` \|/);
  });
});
