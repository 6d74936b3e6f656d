import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCents, readEuros, readNumber } from '../../src/index.js';

describe('numbers and euros as people type them', () => {
  it('reads Italian and English ways of writing an amount', () => {
    const cases: [string, number][] = [
      ['1.234,56', 123_456],
      ['1234,56', 123_456],
      ['1,234.56', 123_456],
      ['1234.56', 123_456],
      ['€ 1.234', 123_400],
      ['1.234.567,8', 123_456_780],
      [' 950 ', 95_000],
      ['1,5', 150],
      ['-3,5', -350],
    ];
    for (const [text, cents] of cases) assert.equal(readEuros(text), cents, text);
  });

  it('refuses what is not an amount of euros: three decimals, letters, misplaced separators', () => {
    for (const text of ['12,345', 'dieci', '', '1.2.3', '1.23.4', '1,2,3', '--5']) assert.equal(readEuros(text), undefined, text);
    assert.equal(readEuros(12 as never), undefined);
  });

  it('reads staff in work units with a decimal comma', () => {
    assert.equal(readNumber('2,5'), 2.5);
    assert.equal(readNumber('1.234'), 1234);
    assert.equal(readNumber('12'), 12);
  });

  it('property: an amount written by formatCents reads back as the same cents, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('it' as const, 'en' as const), (cents, lang) => readEuros(formatCents(cents, { lang })) === cents),
      { numRuns: 2000 },
    );
  });
});
