import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type IssueCode,
  mechnetDefinition,
  MechnetError,
  parseDefinition,
  safeParseDefinition,
} from '../../src/index.js';
import { clone } from '../fixtures/sample.js';

/** Expects `input` to fail with an issue of `code` at `path`. */
function expectIssue(input: unknown, path: (string | number)[], code: IssueCode): void {
  const r = safeParseDefinition(input);
  assert.equal(r.success, false, 'expected the definition to be rejected');
  assert.equal(r.error!.code, 'invalid_definition');
  const found = r.error!.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  assert.ok(found, `no issue at ${JSON.stringify(path)}; got ${JSON.stringify(r.error!.issues.map((i) => [i.path, i.code]))}`);
  assert.equal(found.code, code);
  assert.ok(found.messages.it.length > 0 && found.messages.en.length > 0);
  assert.notEqual(found.messages.it, found.messages.en);
}

describe('parseDefinition', () => {
  it('accepts the MechNet preset and returns it typed', () => {
    const d = parseDefinition(clone(mechnetDefinition));
    assert.equal(d.id, 'mechnet-varese-2010');
    assert.equal(d.eligibility.capacity, 13);
    assert.deepEqual(d.eligibility.territory.provinces, ['VA']);
    assert.equal(d.evaluation.cap, 1.2);
  });

  it('accepts JSON text', () => {
    assert.equal(parseDefinition(JSON.stringify(mechnetDefinition)).id, 'mechnet-varese-2010');
  });

  it('keeps the preset frozen so that no caller can change it', () => {
    assert.ok(Object.isFrozen(mechnetDefinition));
    assert.ok(Object.isFrozen(mechnetDefinition.eligibility.sector.prefixes));
  });

  it('accepts a second programme written as data only (reuse without code changes)', () => {
    const other = clone(mechnetDefinition) as Record<string, unknown> & typeof mechnetDefinition;
    other.id = 'textile-como-2027';
    other.name = { it: 'TexNet Como', en: 'TexNet Como' };
    other.eligibility.sector = { classification: 'ATECO 2025', prefixes: ['13', '14'] };
    other.eligibility.territory.provinces = ['CO', 'LC'];
    other.calendar.verification.cadence = { dates: ['2027-06-30', '2027-12-31'] };
    other.phases = other.phases.filter((p) => p.id !== 'aggregation');
    assert.equal(parseDefinition(other).eligibility.sector.classification, 'ATECO 2025');
  });

  const broken: [string, (d: any) => void, (string | number)[], IssueCode][] = [
    ['missing id', (d) => delete d.id, ['id'], 'required'],
    ['id with spaces', (d) => (d.id = 'Mech Net'), ['id'], 'invalid_id'],
    ['end before start', (d) => (d.calendar.end = '2009-12-31'), ['calendar', 'end'], 'end_before_start'],
    ['impossible date', (d) => (d.calendar.start = '2010-02-30'), ['calendar', 'start'], 'invalid_date'],
    ['zero capacity', (d) => (d.eligibility.capacity = 0), ['eligibility', 'capacity'], 'too_small'],
    ['fractional capacity', (d) => (d.eligibility.capacity = 13.5), ['eligibility', 'capacity'], 'invalid_type'],
    ['lower-case province', (d) => (d.eligibility.territory.provinces = ['va']), ['eligibility', 'territory', 'provinces', 0], 'invalid_province'],
    ['unknown size', (d) => (d.eligibility.sizes = ['tiny']), ['eligibility', 'sizes', 0], 'invalid_value'],
    ['misspelt field', (d) => (d.evaluation.capp = 1.2), ['evaluation', 'capp'], 'unknown_key'],
    ['cap below 1', (d) => (d.evaluation.cap = 0.9), ['evaluation', 'cap'], 'too_small'],
    ['thresholds crossed', (d) => (d.evaluation.thresholds.behind = 0.99), ['evaluation', 'thresholds', 'behind'], 'too_big'],
    ['phases out of order', (d) => d.phases.reverse(), ['phases', 0, 'id'], 'phase_order'],
    ['no completed phase', (d) => d.phases.pop(), ['phases', 4, 'id'], 'phase_order'],
    ['repeated analysis area', (d) => d.analysis.areas.push(d.analysis.areas[0]), ['analysis', 'areas', 6, 'id'], 'duplicate_value'],
    ['public funding above cost', (d) => (d.money.publicFundingCents = d.money.costCents + 1), ['money', 'publicFundingCents'], 'too_big'],
    ['money as euros with decimals', (d) => (d.money.costCents = 300000.5), ['money', 'costCents'], 'invalid_type'],
    ['unknown cadence shape', (d) => (d.calendar.verification.cadence = { every: 3 }), ['calendar', 'verification', 'cadence', 'unit'], 'required'],
    ['bad contact email', (d) => (d.contact.email = 'innovazione-at-va'), ['contact', 'email'], 'invalid_email'],
    ['empty sector prefixes', (d) => (d.eligibility.sector.prefixes = []), ['eligibility', 'sector', 'prefixes'], 'too_small'],
    ['bad ATECO prefix', (d) => (d.eligibility.sector.prefixes = ['2']), ['eligibility', 'sector', 'prefixes', 0], 'invalid_ateco_format'],
  ];
  for (const [name, breakIt, path, code] of broken) {
    it(`rejects a definition with ${name}, at ${path.join('.')}`, () => {
      const d = clone(mechnetDefinition);
      breakIt(d);
      expectIssue(d, path, code);
    });
  }

  it('reports every issue, not only the first', () => {
    const d: any = clone(mechnetDefinition);
    delete d.id;
    d.eligibility.capacity = -1;
    d.contact.email = 'x';
    const r = safeParseDefinition(d);
    assert.equal(r.success, false);
    assert.deepEqual(
      r.error!.issues.map((i) => i.path.join('.')).sort(),
      ['contact.email', 'eligibility.capacity', 'id'],
    );
  });

  it('throws MechnetError whose message lists path and message in the language asked for', () => {
    assert.throws(
      () => parseDefinition({ ...mechnetDefinition, id: undefined }, { lang: 'en' }),
      (e: unknown) => {
        assert.ok(e instanceof MechnetError);
        assert.match(e.message, /^Programme definition: 1 issue to fix\n {2}id: Required$/);
        assert.match(e.messageIn('it'), /id: Campo obbligatorio/);
        return true;
      },
    );
  });
});
