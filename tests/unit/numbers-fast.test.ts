import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  exactNumberText,
  exactPercentText,
  exactPercentValueText,
  numberText,
  percentText,
  percentValueText,
} from '../../src/i18n/numbers.js';

const runs = Number(process.env.MECHNET_FUZZ_RUNS ?? 10_000);

/** Doubles people write (few decimals, any size), halves at every place, and any double at all. */
const values = fc.oneof(
  fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k),
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 6 })).map(([n, k]) => (n + 0.5) / 10 ** k),
  fc.constantFrom(0, -0, 0.005, -0.005, 0.125, 1.005, 2.675, 1e-7, 123456789.125, 999999999.995, 1e9, 1e15, 2 ** 53, -(2 ** 53)),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
);

describe('numbers written without the string arithmetic when no rounding is needed', () => {
  it('numberText, percentText and percentValueText write what their exact versions write, for any value, digits and language', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), fc.constantFrom('it' as const, 'en' as const), (x, digits, lang) => {
        assert.equal(numberText(x, lang, digits), exactNumberText(x, lang, digits));
        assert.equal(percentText(x, lang, digits), exactPercentText(x, lang, digits));
        assert.equal(percentValueText(x, lang, digits), exactPercentValueText(x, lang, digits));
      }),
      { numRuns: runs },
    );
  });

  it('still rounds half away from zero on the decimal value, and writes no sign on zero', () => {
    assert.equal(numberText(2.675, 'en', 2), '2.68');
    assert.equal(numberText(-0.004, 'it', 2), '0');
    assert.equal(numberText(-0, 'it', 2), '0');
    assert.equal(percentValueText(12.345, 'it', 2), '12,35%');
    assert.equal(percentText(0.375, 'en', 1), '37.5%');
    assert.equal(numberText(-1234.5, 'it', 2), '\u22121.234,5');
  });
});
