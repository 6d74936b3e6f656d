/**
 * The CDN build loads a preset only when a record names it
 * (components/cdn/presets.ts stands in for src/programme/presets.ts): it must
 * know every preset of the library, give the same definitions, and say no for
 * an id that is not one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPreset, PRESET_FILES, presets as loaded } from '../../components/cdn/presets.js';
import { loadPreset as loadBuiltIn, presets } from '../../src/programme/presets.js';

describe('presets on demand (CDN build)', () => {
  it('knows every preset of the library, and loads each as the library has it', async () => {
    assert.deepEqual(Object.keys(PRESET_FILES).sort(), Object.keys(presets).sort());
    assert.deepEqual(Object.keys(loaded), [], 'nothing is loaded before a record asks');
    for (const id of Object.keys(presets)) {
      assert.equal(await loadPreset(id), true);
      assert.equal(loaded[id], presets[id], id);
    }
    assert.equal(await loadPreset('no-such-programme'), false);
    assert.equal(await loadBuiltIn('mechnet-varese-2010'), true);
    assert.equal(await loadBuiltIn('no-such-programme'), false);
  });
});
