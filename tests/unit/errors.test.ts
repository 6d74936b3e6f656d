import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatPath,
  MechnetError,
  safeParseRecord,
} from '../../src/index.js';
import { parseJson } from '../../src/model/parse.js';
import { en } from '../../src/i18n/en.js';
import { it as itMessages } from '../../src/i18n/it.js';

describe('messages', () => {
  it('the Italian and English catalogues have the same keys, each giving a non-empty text', () => {
    assert.deepEqual(Object.keys(itMessages).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const a = itMessages[key];
      const b = en[key];
      if (typeof a !== 'function' || typeof b !== 'function') continue;
      const params = { name: 'x', other: 'y', limit: 3, values: 'a, b', expected: 'int', origin: 'number' };
      const ia = (a as (p: object) => string)(params);
      const eb = (b as (p: object) => string)(params);
      assert.ok(ia.length > 0 && eb.length > 0, `empty message for ${key}`);
    }
  });
});

describe('eligibility messages', () => {
  it('Italian and English have the same reasons, each a non-empty text', async () => {
    const { reasonsOf } = await import('../../src/i18n/languages.js');
    assert.deepEqual(Object.keys(reasonsOf('it')).sort(), Object.keys(reasonsOf('en')).sort());
    for (const lang of ['it', 'en'] as const) {
      for (const [code, fn] of Object.entries(reasonsOf(lang))) {
        assert.ok(fn({ name: 'x', other: 'y', values: 'a', limit: 1 }).length > 0, `${lang} ${code}`);
      }
    }
  });
});

describe('formatPath', () => {
  it('writes paths as people read them', () => {
    assert.equal(formatPath(['events', 3, 'firm']), 'events[3].firm');
    assert.equal(formatPath([0, 'a']), '[0].a');
    assert.equal(formatPath([]), '(root)');
  });
});

describe('parseJson', () => {
  it('gives the line and column of a JSON syntax error', () => {
    assert.throws(
      () => parseJson('{\n  "a": 1,\n  "b": }\n', 'en'),
      (e: unknown) => {
        assert.ok(e instanceof MechnetError);
        assert.equal(e.code, 'invalid_json');
        assert.equal(e.issues[0]!.params.line, 3);
        assert.equal(e.issues[0]!.params.column, 8);
        assert.match(e.issues[0]!.messages.it, /riga 3, colonna 8/);
        return true;
      },
    );
  });

  it('reports an empty text as a JSON error, not a crash', () => {
    const r = safeParseRecord('');
    assert.equal(r.success, false);
    assert.equal(r.error!.code, 'invalid_json');
  });
});

describe('MechnetError', () => {
  it('is an Error with name, code, issues and language', () => {
    const r = safeParseRecord({ programme: 'mechnet-varese-2010', events: 'none' }, { lang: 'en' });
    assert.equal(r.success, false);
    const e = r.error!;
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'MechnetError');
    assert.equal(e.code, 'invalid_record');
    assert.equal(e.lang, 'en');
    assert.deepEqual(e.issues.map((i) => [i.path, i.code]), [[['events'], 'invalid_type']]);
    assert.equal(e.issues[0]!.messages.en, 'Must be a list, not a text');
    assert.equal(e.issues[0]!.messages.it, 'Deve essere un elenco, non un testo');
  });

  it('shortens a message with very many issues, but keeps every issue', () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ id: `e${i}` }));
    const r = safeParseRecord({ programme: 'mechnet-varese-2010', events });
    assert.ok(r.error!.issues.length >= 100);
    assert.ok(r.error!.message.split('\n').length <= 22);
  });
});

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid, and points inside the text otherwise', async () => {
    const { jsonErrorOffset } = await import('../../src/model/json-error-offset.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', 'x', ':'), (v, at, junk) => {
        const good = JSON.stringify(v, null, at % 3);
        assert.equal(jsonErrorOffset(good), -1);
        const cut = at % (good.length + 1);
        const bad = good.slice(0, cut) + junk + good.slice(cut);
        let valid = true;
        try {
          JSON.parse(bad);
        } catch {
          valid = false;
        }
        const off = jsonErrorOffset(bad);
        if (valid) assert.equal(off, -1);
        else assert.ok(off >= 0 && off <= bad.length);
      }),
      { numRuns: 500 },
    );
  });
});
