import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCents, formatDate, formatNumber } from '../../src/index.js';

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

  it('leaves text that is not a date as it is', () => {
    assert.equal(formatDate('soon', 'it'), 'soon');
  });

  it('writes cents as euros in each language', () => {
    assert.equal(formatCents(820_000_000, 'it').replace(/\s/g, ' '), '8.200.000,00 €');
    assert.equal(formatCents(820_000_000, 'en'), '€8,200,000.00');
    assert.equal(formatCents(5, 'en'), '€0.05');
    assert.equal(formatCents(-12_345, 'it').replace(/\s/g, ' '), '-123,45 €');
    assert.equal(formatCents(123_456, 'en', { fraction: false }), '€1,235');
  });

  it('writes numbers in each language', () => {
    assert.equal(formatNumber(1234.5, 'it'), '1234,5');
    assert.equal(formatNumber(12345.678, 'it'), '12.345,68');
    assert.equal(formatNumber(12345.678, 'en', 1), '12,345.7');
  });
});
