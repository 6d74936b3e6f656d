import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatCents,
  formatDate,
  formatNumber,
  formatPercent,
  formatPercentValue,
  MechnetError,
} from '../../src/index.js';

// These run under every time zone of the test matrix: a calendar date must
// never move by a day.
describe(`formatting (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('writes calendar dates without shifting them, at year and month ends too', () => {
    assert.equal(formatDate('2010-03-01', { lang: 'it' }), '1 marzo 2010');
    assert.equal(formatDate('2010-03-01', { lang: 'en' }), '1 March 2010');
    assert.equal(formatDate('2011-12-31', { lang: 'it' }), '31 dicembre 2011');
    assert.equal(formatDate('2012-02-29', { lang: 'en' }), '29 February 2012');
    assert.equal(formatDate('2010-01-01', { lang: 'it', style: 'short' }), '01/01/2010');
  });

  it('refuses text that is not a date with a MechnetError naming the argument', () => {
    assert.throws(
      () => formatDate('soon', { lang: 'it' }),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'invalid_date' && e.issues[0]!.path[0] === 'isoDate',
    );
  });

  it('writes cents as euros in each language', () => {
    assert.equal(formatCents(820_000_000, { lang: 'it' }).replace(/\s/g, ' '), '8.200.000,00 €');
    assert.equal(formatCents(820_000_000, { lang: 'en' }), '€8,200,000.00');
    assert.equal(formatCents(5, { lang: 'en' }), '€0.05');
    assert.equal(formatCents(-12_345, { lang: 'it' }).replace(/\s/g, ' '), '-123,45 €');
    assert.equal(formatCents(123_456, { lang: 'en', fraction: false }), '€1,235');
  });

  it('writes numbers in each language', () => {
    assert.equal(formatNumber(1234.5, { lang: 'it' }), '1.234,5');
    assert.equal(formatNumber(12345.678, { lang: 'it' }), '12.345,68');
    assert.equal(formatNumber(12345.678, { lang: 'en', maximumFractionDigits: 1 }), '12,345.7');
  });

  it('groups Italian thousands always, below ten thousand too: one number format per column', () => {
    const sp = (s: string) => s.replace(/\s/g, ' ');
    assert.equal(sp(formatCents(994_000, { lang: 'it' })), '9.940,00 €');
    assert.equal(sp(formatCents(2_431_000, { lang: 'it' })), '24.310,00 €');
    assert.equal(sp(formatCents(-450_000, { lang: 'it' })), '-4.500,00 €');
    assert.equal(sp(formatCents(123_456, { lang: 'it', fraction: false })), '1.235 €');
    assert.equal(formatNumber(9940, { lang: 'it' }), '9.940');
    assert.equal(formatNumber(1000.5, { lang: 'it' }), '1.000,5');
    assert.equal(formatNumber(999, { lang: 'it' }), '999');
    assert.equal(formatPercent(12.5, { lang: 'it' }), '1.250%');
    assert.equal(formatPercent(12.5, { lang: 'en' }), '1,250%');
  });

  it('rounds percentages half away from zero on the decimal value, never on the binary double', () => {
    assert.equal(formatPercent(0.475, { lang: 'it' }), '48%');
    assert.equal(formatPercent(0.575, { lang: 'en' }), '58%');
    assert.equal(formatPercent(0.285, { lang: 'it' }), '29%');
    assert.equal(formatPercent(0.005, { lang: 'it', digits: 1 }), '0,5%');
    assert.equal(formatPercent(0.0005, { lang: 'it', digits: 1 }), '0,1%');
    assert.equal(formatPercent(0.00049, { lang: 'it', digits: 1 }), '0%');
    assert.equal(formatPercent(1.0005, { lang: 'en', digits: 1 }), '100.1%');
    assert.equal(formatPercent(0.995, { lang: 'it' }), '100%');
    assert.equal(formatPercent(9.995, { lang: 'it' }), '1.000%');
    assert.equal(formatPercent(1e-7, { lang: 'it' }), '0%');
  });

  it('rounds negative percentages away from zero, and a value that rounds to zero has no sign', () => {
    assert.equal(formatPercent(-0.475, { lang: 'it' }), '-48%');
    assert.equal(formatPercent(-0.0005, { lang: 'en', digits: 1 }), '-0.1%');
    assert.equal(formatPercent(-0.004, { lang: 'it' }), '0%');
    assert.equal(formatPercent(-0, { lang: 'it' }), '0%');
    assert.equal(formatNumber(-0.001, { lang: 'it' }), '0');
    assert.equal(formatNumber(-2.675, { lang: 'en' }), '-2.68');
  });

  it('writes a value already in percent in the same percent style', () => {
    assert.equal(formatPercentValue(3.8, { lang: 'it' }), '3,8%');
    assert.equal(formatPercentValue(60, { lang: 'it' }), formatPercent(0.6, { lang: 'it' }));
    assert.equal(formatPercentValue(1.08, { lang: 'en' }), '1.08%');
    assert.equal(formatPercentValue(1.005, { lang: 'it' }), '1,01%');
    assert.equal(formatPercentValue(0.125, { lang: 'it', digits: 1 }), '0,1%');
  });
});
