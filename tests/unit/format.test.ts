import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCents, formatDate, formatNumber, formatPercent, formatPercentValue, MechnetError } from '../../src/index.js';

// These run under every time zone of the test matrix: a calendar date must
// never move by a day.
describe(`formatting (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('writes calendar dates without shifting them, at year and month ends too', () => {
    assert.equal(formatDate('2010-03-01', 'it'), '1 marzo 2010');
    assert.equal(formatDate('2010-03-01', 'en'), '1 March 2010');
    assert.equal(formatDate('2011-12-31', 'it'), '31 dicembre 2011');
    assert.equal(formatDate('2012-02-29', 'en'), '29 February 2012');
    assert.equal(formatDate('2010-01-01', 'it', 'short'), '01/01/2010');
  });

  it('refuses text that is not a date with a MechnetError naming the argument', () => {
    assert.throws(
      () => formatDate('soon', 'it'),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'invalid_date' && e.issues[0]!.path[0] === 'isoDate',
    );
  });

  it('writes cents as euros in each language', () => {
    assert.equal(formatCents(820_000_000, 'it').replace(/\s/g, ' '), '8.200.000,00 €');
    assert.equal(formatCents(820_000_000, 'en'), '€8,200,000.00');
    assert.equal(formatCents(5, 'en'), '€0.05');
    assert.equal(formatCents(-12_345, 'it').replace(/\s/g, ' '), '-123,45 €');
    assert.equal(formatCents(123_456, 'en', { fraction: false }), '€1,235');
  });

  it('writes numbers in each language', () => {
    assert.equal(formatNumber(1234.5, 'it'), '1.234,5');
    assert.equal(formatNumber(12345.678, 'it'), '12.345,68');
    assert.equal(formatNumber(12345.678, 'en', 1), '12,345.7');
  });

  it('groups Italian thousands always, below ten thousand too: one number format per column', () => {
    const sp = (s: string) => s.replace(/\s/g, ' ');
    assert.equal(sp(formatCents(994_000, 'it')), '9.940,00 €');
    assert.equal(sp(formatCents(2_431_000, 'it')), '24.310,00 €');
    assert.equal(sp(formatCents(-450_000, 'it')), '-4.500,00 €');
    assert.equal(sp(formatCents(123_456, 'it', { fraction: false })), '1.235 €');
    assert.equal(formatNumber(9940, 'it'), '9.940');
    assert.equal(formatNumber(1000.5, 'it'), '1.000,5');
    assert.equal(formatNumber(999, 'it'), '999');
    assert.equal(formatPercent(12.5, 'it'), '1.250%');
    assert.equal(formatPercent(12.5, 'en'), '1,250%');
  });

  it('rounds percentages half away from zero on the decimal value, never on the binary double', () => {
    assert.equal(formatPercent(0.475, 'it'), '48%');
    assert.equal(formatPercent(0.575, 'en'), '58%');
    assert.equal(formatPercent(0.285, 'it'), '29%');
    assert.equal(formatPercent(0.005, 'it', 1), '0,5%');
    assert.equal(formatPercent(0.0005, 'it', 1), '0,1%');
    assert.equal(formatPercent(0.00049, 'it', 1), '0%');
    assert.equal(formatPercent(1.0005, 'en', 1), '100.1%');
    assert.equal(formatPercent(0.995, 'it'), '100%');
    assert.equal(formatPercent(9.995, 'it'), '1.000%');
    assert.equal(formatPercent(1e-7, 'it'), '0%');
  });

  it('rounds negative percentages away from zero, and a value that rounds to zero has no sign', () => {
    assert.equal(formatPercent(-0.475, 'it'), '-48%');
    assert.equal(formatPercent(-0.0005, 'en', 1), '-0.1%');
    assert.equal(formatPercent(-0.004, 'it'), '0%');
    assert.equal(formatPercent(-0, 'it'), '0%');
    assert.equal(formatNumber(-0.001, 'it'), '0');
    assert.equal(formatNumber(-2.675, 'en'), '-2.68');
  });

  it('writes a value already in percent in the same percent style', () => {
    assert.equal(formatPercentValue(3.8, 'it'), '3,8%');
    assert.equal(formatPercentValue(60, 'it'), formatPercent(0.6, 'it'));
    assert.equal(formatPercentValue(1.08, 'en'), '1.08%');
    assert.equal(formatPercentValue(1.005, 'it'), '1,01%');
    assert.equal(formatPercentValue(0.125, 'it', 1), '0,1%');
  });
});
