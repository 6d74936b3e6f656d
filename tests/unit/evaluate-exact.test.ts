import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  evaluateIndicator,
  evaluateObjective,
  evaluationSettings,
  formatPercent,
  type Measurement,
  mechnetDefinition,
  type Objective,
  type QuantitativeIndicator,
} from '../../src/index.js';

const settings = evaluationSettings(mechnetDefinition);

/** An indicator over 20 days, so that day 10 is exactly half time (e = 0.5). */
const twentyDays = (extra: Partial<QuantitativeIndicator>): QuantitativeIndicator => ({
  id: 'x',
  kind: 'quantitative',
  name: 'Indicatore',
  unit: 'u',
  polarity: 'increase',
  baseline: { value: 0, date: '2011-01-01' },
  target: 4,
  deadline: '2011-01-21',
  ...extra,
});

describe('§6 exact decimal-safe arithmetic: ratio indicators', () => {
  const scrapShare = (target: number): QuantitativeIndicator => ({
    id: 'share',
    kind: 'quantitative',
    name: 'Quota di fatturato estero',
    unit: '%',
    polarity: 'increase',
    baseline: { value: 40, date: '2010-07-01' },
    target,
    deadline: '2011-12-31',
    ratio: { numerator: 'fatturato estero', denominator: 'fatturato', scale: 100 },
  });

  it('580,000 / 1,000,000 on a percentage scale is exactly 58, so a plan on target is achieved', () => {
    const ev = evaluateIndicator(scrapShare(58), [{ date: '2011-06-30', numerator: 580_000, denominator: 1_000_000 }], '2011-06-30', settings);
    assert.equal(ev.latest?.value, 58);
    assert.equal(ev.progress, 1);
    assert.equal(ev.status, 'achieved');
  });

  it('7 / 100 on a percentage scale is exactly 7', () => {
    const ev = evaluateIndicator(scrapShare(58), [{ date: '2011-06-30', numerator: 7, denominator: 100 }], '2011-06-30', settings);
    assert.equal(ev.latest?.value, 7);
  });

  it('the parts of one period add up exactly before dividing: (0.1 + 0.2) / 3 x 100 = 10', () => {
    const ev = evaluateIndicator(
      scrapShare(58),
      [
        { date: '2011-06-01', numerator: 0.1, denominator: 1 },
        { date: '2011-06-30', numerator: 0.2, denominator: 2 },
      ],
      '2011-06-30',
      settings,
    );
    assert.equal(ev.latest?.value, 10);
  });
});

describe('§6 status thresholds compare decimal-safely', () => {
  it('p = 1.9 / 4 at half time is r = 0.95 exactly: on-track, not behind', () => {
    // From 2.2 to 6.2; 4.1 measured at half time: p = (4.1 - 2.2) / (6.2 - 2.2) = 1.9 / 4 = 0.475, e = 0.5.
    const ind = twentyDays({ baseline: { value: 2.2, date: '2011-01-01' }, target: 6.2 });
    const ev = evaluateIndicator(ind, [{ date: '2011-01-11', value: 4.1 }], '2011-01-11', settings);
    assert.equal(ev.expected, 0.5);
    assert.equal(ev.progress, 0.475);
    assert.equal(ev.ratio, 0.95);
    assert.equal(ev.status, 'on-track');
  });

  it('a progress of 47.5 % computed from decimals shows as 48 %', () => {
    const ind = twentyDays({ baseline: { value: 2.2, date: '2011-01-01' }, target: 6.2 });
    const ev = evaluateIndicator(ind, [{ date: '2011-01-11', value: 4.1 }], '2011-01-11', settings);
    assert.equal(formatPercent(ev.progress!, { lang: 'it' }), '48%');
  });

  it('just below the threshold is behind: r = 0.9499 at half time', () => {
    const ind = twentyDays({ baseline: { value: 2.2, date: '2011-01-01' }, target: 6.2 });
    const ev = evaluateIndicator(ind, [{ date: '2011-01-11', value: 4.09998 }], '2011-01-11', settings);
    assert.equal(ev.status, 'behind');
  });

  it('the behind threshold is exact too: r = 0.85 is behind, not at risk', () => {
    // From 0.3 to 4.3; 2.0 measured at half time: p = 1.7 / 4 = 0.425, r = 0.85.
    const ind = twentyDays({ baseline: { value: 0.3, date: '2011-01-01' }, target: 4.3 });
    const ev = evaluateIndicator(ind, [{ date: '2011-01-11', value: 2 }], '2011-01-11', settings);
    assert.equal(ev.ratio, 0.85);
    assert.equal(ev.status, 'behind');
  });

  it("an objective's score status compares exactly: two indicators at r = 0.95 give on-track", () => {
    const ind = twentyDays({ id: 'a', baseline: { value: 2.2, date: '2011-01-01' }, target: 6.2 });
    const objective: Objective = {
      id: 'o',
      title: 'Obiettivo',
      areas: ['strategy'],
      deadline: '2011-01-21',
      weight: 1,
      indicators: [ind, { ...ind, id: 'b' }],
    };
    const o = evaluateObjective(objective, { a: [{ date: '2011-01-11', value: 4.1 }], b: [{ date: '2011-01-11', value: 4.1 }] }, '2011-01-11', {
      ...settings,
      objectiveStatus: 'score',
    });
    assert.equal(o.score, 0.475);
    assert.equal(o.status, 'on-track');
  });

  it('property: a value written with at most 4 decimals on the target is achieved, whatever the baseline', () => {
    const dec = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 10_000);
    fc.assert(
      fc.property(dec, dec, (b, t) => {
        fc.pre(b !== t);
        const ind = twentyDays({ polarity: t > b ? 'increase' : 'decrease', baseline: { value: b, date: '2011-01-01' }, target: t });
        const ev = evaluateIndicator(ind, [{ date: '2011-01-11', value: t }], '2011-01-11', settings);
        return ev.progress === 1 && ev.status === 'achieved';
      }),
      { numRuns: 2000 },
    );
  });
});

describe('§6 progress, latest value and forecast use only measurements on or after the baseline date', () => {
  const exportShare = twentyDays({ baseline: { value: 20, date: '2010-07-01' }, target: 30, deadline: '2011-07-01' });

  it('a measurement from before the baseline is not the latest value', () => {
    const ev = evaluateIndicator(exportShare, [{ date: '2010-05-01', value: 50 }], '2010-08-01', settings);
    assert.equal(ev.latest, undefined);
    assert.equal(ev.status, 'no-data');
  });

  it('a measurement from before the baseline does not drive the least-squares line', () => {
    const ms: Measurement[] = [
      { date: '2010-05-01', value: 50 },
      { date: '2011-01-01', value: 25 },
    ];
    const ev = evaluateIndicator(exportShare, ms, '2011-01-01', settings);
    // The line through (baseline 2010-07-01, 20) and (2011-01-01, 25): 5 over 184 days.
    assert.ok(ev.forecast);
    assert.ok(Math.abs(ev.forecast.slopePerDay - 5 / 184) < 1e-12, String(ev.forecast.slopePerDay));
    assert.ok(ev.forecast.projectedValue > 25);
  });
});
