import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  evaluateIndicator,
  evaluateObjective,
  evaluatePlan,
  evaluationSettings,
  formatPercent,
  type Indicator,
  type Measurement,
  mechnetDefinition,
  type Objective,
  type QuantitativeIndicator,
  safeParsePlan,
} from '../../src/index.js';
import { clone, validPlan } from '../fixtures/sample.js';

const settings = evaluationSettings(mechnetDefinition);
const close = (actual: number | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < eps, `${actual} != ${expected}`);

/** A quantitative indicator from 2010-07-01 to 2011-07-01 (365 days). */
const q = (extra: Partial<QuantitativeIndicator>): QuantitativeIndicator => ({
  id: 'x',
  kind: 'quantitative',
  name: 'Quota export',
  unit: '%',
  polarity: 'increase',
  baseline: { value: 20, date: '2010-07-01' },
  target: 30,
  deadline: '2011-07-01',
  ...extra,
});
const m = (date: string, value: number): Measurement => ({ date, value });

describe('evaluateIndicator: the formulas of §6, worked by hand', () => {
  it('increase: p = (a - b) / (t - b); e linear in time; r = p / e gives the status', () => {
    // 2011-01-01 is 184 days into 365: e = 184 / 365 = 0.504109...
    const e = 184 / 365;
    const on = evaluateIndicator(q({}), [m('2010-12-01', 25)], '2011-01-01', settings);
    close(on.progress, (25 - 20) / (30 - 20)); // 0.5
    close(on.expected, e);
    close(on.ratio, 0.5 / e); // 0.9918 >= 0.95
    assert.equal(on.status, 'on-track');
    const behind = evaluateIndicator(q({}), [m('2010-12-01', 24.5)], '2011-01-01', settings);
    close(behind.ratio, 0.45 / e); // 0.8927: between 0.85 and 0.95
    assert.equal(behind.status, 'behind');
    const risk = evaluateIndicator(q({}), [m('2010-12-01', 24)], '2011-01-01', settings);
    close(risk.ratio, 0.4 / e); // 0.7935 < 0.85
    assert.equal(risk.status, 'at-risk');
  });

  it('decrease uses the same formula and is never computed backwards', () => {
    const scrap = q({ name: 'Scarti', polarity: 'decrease', baseline: { value: 4, date: '2010-07-01' }, target: 2 });
    close(evaluateIndicator(scrap, [m('2011-01-01', 3)], '2011-01-01', settings).progress, (3 - 4) / (2 - 4)); // +0.5
    const worse = evaluateIndicator(scrap, [m('2011-01-01', 5)], '2011-01-01', settings);
    close(worse.progress, (5 - 4) / (2 - 4)); // -0.5, kept uncapped
    assert.equal(worse.achievement, 0); // clamped at 0
    assert.equal(worse.status, 'at-risk');
  });

  it('negative values and a target of zero', () => {
    // A loss of EUR 20k to a profit of 10k; -5k measured: 15 / 30 = 0.5
    const margin = q({ unit: 'k€', baseline: { value: -20, date: '2010-07-01' }, target: 10 });
    close(evaluateIndicator(margin, [m('2011-01-01', -5)], '2011-01-01', settings).progress, 0.5);
    // Defects from 8 to 0; 2 measured: (2 - 8) / (0 - 8) = 0.75
    const defects = q({ polarity: 'decrease', baseline: { value: 8, date: '2010-07-01' }, target: 0 });
    close(evaluateIndicator(defects, [m('2011-01-01', 2)], '2011-01-01', settings).progress, 0.75);
  });

  it('over-achievement above the cap: achievement 1.2, progress kept at 1.4, achieved', () => {
    const ev = evaluateIndicator(q({}), [m('2011-05-01', 34)], '2011-05-15', settings);
    close(ev.progress, 1.4);
    close(ev.achievement, 1.2);
    assert.equal(ev.status, 'achieved');
  });

  it('a band left on either side loses progress with the distance over the band width', () => {
    const otd = q({ name: 'Consegne puntuali', polarity: 'range', target: undefined, band: [95, 100] });
    const p = (a: number) => evaluateIndicator(otd, [m('2011-01-01', a)], '2011-01-01', settings).progress;
    close(p(97), 1);
    close(p(92), 1 - 3 / 5); // below by 3, width 5
    close(p(103), 1 - 3 / 5); // above by 3
    close(p(90), 0);
    close(p(80), 0); // never negative
  });

  it('a band that is a point uses a tolerance: the indicator\'s, or the programme\'s share of the point', () => {
    const keep = q({ polarity: 'maintain', target: undefined, band: [50, 50] });
    // pointTolerance 0.1 of 50 = 5: 52 is 2 away: 1 - 2/5 = 0.6
    close(evaluateIndicator(keep, [m('2011-01-01', 52)], '2011-01-01', settings).progress, 0.6);
    close(evaluateIndicator({ ...keep, tolerance: 4 }, [m('2011-01-01', 52)], '2011-01-01', settings).progress, 0.5);
    // maintain expects the band all along: e = 1
    assert.equal(evaluateIndicator(keep, [m('2010-08-01', 50)], '2010-08-01', settings).expected, 1);
  });

  it('expected progress through interim targets: linear between them, held for a step trajectory', () => {
    const ind = q({
      baseline: { value: 0, date: '2010-01-01' },
      target: 100,
      deadline: '2011-01-01',
      interim: [
        { date: '2010-04-01', value: 20 },
        { date: '2010-07-01', value: 50 },
      ],
    });
    const e = (trajectory: 'linear' | 'step', d: string) => evaluateIndicator({ ...ind, trajectory }, [], d, settings).expected;
    close(e('step', '2010-03-31'), 0);
    close(e('step', '2010-05-15'), 0.2);
    close(e('step', '2010-07-01'), 0.5);
    close(e('step', '2010-12-31'), 0.5);
    // 1 April -> 1 July is 91 days; 16 May is 45 days in: 0.2 + 0.3 * 45 / 91
    close(e('linear', '2010-05-16'), 0.2 + (0.3 * 45) / 91);
    close(e('linear', '2011-01-01'), 1);
  });

  it('a scale uses the levels\' scores: 5.9 out of 10 is 59 %, not 50 %', () => {
    const maturity: Indicator = {
      id: 'digital',
      kind: 'scale',
      name: 'Maturità digitale',
      levels: [
        { id: 'l0', label: '0/10', score: 0 },
        { id: 'l3', label: '3/10', score: 0.3 },
        { id: 'l59', label: '5,9/10', score: 0.59 },
        { id: 'l10', label: '10/10', score: 1 },
      ],
      baseline: { level: 'l0', date: '2010-07-01' },
      target: 'l10',
      deadline: '2011-07-01',
    };
    const ev = evaluateIndicator(maturity, [{ date: '2011-01-01', level: 'l59' }], '2011-01-02', settings);
    assert.equal(ev.progress, 0.59);
    assert.equal(formatPercent(ev.achievement!, { lang: 'it' }), '59%');
    // From the second level: (0.59 - 0.3) / (1 - 0.3)
    close(evaluateIndicator({ ...maturity, baseline: { level: 'l3', date: '2010-07-01' } }, [{ date: '2011-01-01', level: 'l59' }], '2011-01-02', settings).progress, 0.29 / 0.7);
  });

  it('a milestone: nothing expected before its deadline, done is achieved, missed is at risk', () => {
    const iso: Indicator = { id: 'iso', kind: 'milestone', name: 'ISO 9001', deadline: '2011-06-30' };
    const opts = { start: '2010-07-15' };
    assert.equal(evaluateIndicator(iso, [{ date: '2011-01-01', done: false }], '2011-01-02', settings, opts).status, 'on-track');
    assert.equal(evaluateIndicator(iso, [{ date: '2011-05-20', done: true }], '2011-05-21', settings, opts).status, 'achieved');
    assert.equal(evaluateIndicator(iso, [{ date: '2011-06-01', done: false }], '2011-07-01', settings, opts).status, 'at-risk');
    assert.equal(evaluateIndicator(iso, [], '2010-07-01', settings, opts).status, 'not-started');
  });

  it('statuses in the order of §6: not-started, no-data, stale (6 months for MechNet), achieved', () => {
    assert.equal(evaluateIndicator(q({}), [], '2010-06-30', settings).status, 'not-started');
    assert.equal(evaluateIndicator(q({}), [], '2010-08-01', settings).status, 'no-data');
    assert.equal(evaluateIndicator(q({}), [m('2010-12-01', 29.5)], '2011-06-01', settings).status, 'on-track', 'exactly 6 months: not stale');
    assert.equal(evaluateIndicator(q({}), [m('2010-12-01', 29.5)], '2011-06-02', settings).status, 'stale');
    assert.equal(evaluateIndicator(q({}), [m('2010-12-01', 31)], '2011-06-02', settings).status, 'stale', 'stale comes before achieved');
    assert.equal(evaluateIndicator(q({}), [m('2010-12-01', 31), m('2012-01-01', 40)], '2011-06-01', settings).latest!.value, 31, 'later measurements are not seen');
  });

  it('a ratio indicator sums numerators and denominators of its latest period, never averaging percentages', () => {
    const scrap = q({ polarity: 'decrease', baseline: { value: 4, date: '2010-07-01' }, target: 2, ratio: { numerator: 'scarti', denominator: 'prodotti', scale: 100 } });
    const ms: Measurement[] = [
      { date: '2010-09-01', numerator: 50, denominator: 1000 }, // previous quarter: not counted
      { date: '2010-10-15', numerator: 2, denominator: 100 }, // 2 %
      { date: '2010-12-01', numerator: 30, denominator: 1000 }, // 3 %
    ];
    const ev = evaluateIndicator(scrap, ms, '2010-12-31', settings);
    close(ev.latest!.value, (32 / 1100) * 100); // 2.909 %, not the 2.5 % average of 2 % and 3 %
    close(ev.progress, ((32 / 1100) * 100 - 4) / (2 - 4));
  });

  it('forecasts by least squares and gives the rate still required per period', () => {
    // Points: (0, 20) baseline, (100, 22), (200, 24): slope 0.02 a day; 365 days -> 27.3
    const ev = evaluateIndicator(q({}), [m('2010-10-09', 22), m('2011-01-17', 24)], '2011-01-20', settings);
    close(ev.forecast!.slopePerDay, 0.02);
    close(ev.forecast!.projectedValue, 27.3);
    close(ev.forecast!.projectedProgress, 0.73);
    // Verifications left up to the deadline: 2011-03-01 and 2011-06-01: (30 - 24) / 2
    assert.deepEqual(ev.requiredRate, { perPeriod: 3, periodsLeft: 2 });
  });
});

describe('roll-ups', () => {
  const objective = (indicators: Indicator[]): Objective => ({ id: 'o', title: 'Export e qualità', areas: ['market'], deadline: '2011-07-01', weight: 1, indicators });

  it('a mixed-direction objective: the weighted mean of achievements (0.8 x 1 + 0.5 x 3) / 4', () => {
    const up = q({ id: 'up', weight: 1 });
    const down = q({ id: 'down', weight: 3, polarity: 'decrease', baseline: { value: 4, date: '2010-07-01' }, target: 2 });
    const o = evaluateObjective(objective([up, down]), { up: [m('2011-06-01', 28)], down: [m('2011-06-01', 3)] }, '2011-06-15', settings);
    close(o.score, (0.8 * 1 + 0.5 * 3) / 4); // 0.575
    assert.equal(o.status, 'at-risk'); // the worst of its indicators
  });

  it('missing data ignored by default, or counted as 0 when the programme says so', () => {
    const a = q({ id: 'a' });
    const b = q({ id: 'b' });
    const ms = { a: [m('2011-06-01', 28)] };
    close(evaluateObjective(objective([a, b]), ms, '2011-06-15', settings).score, 0.8);
    close(evaluateObjective(objective([a, b]), ms, '2011-06-15', { ...settings, missingData: 'zero' }).score, 0.4);
  });

  it('objective status: the worst indicator, or from the score', () => {
    const a = q({ id: 'a' });
    const b = q({ id: 'b' });
    const ms = { a: [m('2011-06-01', 31)], b: [m('2011-06-01', 28)] }; // achieved (1.1) and at-risk?
    const worst = evaluateObjective(objective([a, b]), ms, '2011-06-15', settings);
    const byScore = evaluateObjective(objective([a, b]), ms, '2011-06-15', { ...settings, objectiveStatus: 'score' });
    // e = 349/365 = 0.956; b: p = 0.8, r = 0.837: at risk. Score (1.1 + 0.8) / 2 = 0.95, r = 0.95 / 0.956 = 0.9935: on track
    assert.equal(worst.status, 'at-risk');
    assert.equal(byScore.status, 'on-track');
  });

  it('evaluatePlan: weighted by objective, with counts per status', () => {
    const plan = validPlan();
    plan.objectives.push({ ...clone(plan.objectives[0]!), id: 'second', weight: 1, indicators: [{ ...plan.objectives[0]!.indicators[0]!, id: 'scrap-2' }] });
    const ev = evaluatePlan(plan, [
      { indicator: 'scrap-rate', date: '2011-06-01', value: 3 },
      { indicator: 'iso-9001', date: '2011-05-30', done: true },
      { indicator: 'scrap-2', date: '2011-06-01', value: 2 },
    ], '2011-06-15', settings, { start: '2010-06-15' });
    // objective 1 (weight 2): scrap (3: 0.5) and ISO done (1): 0.75; objective 2 (weight 1): 1
    close(ev.objectives[0]!.score, 0.75);
    close(ev.objectives[1]!.score, 1);
    close(ev.score, (0.75 * 2 + 1) / 3);
    assert.equal(ev.counts.achieved, 2);
    assert.equal(ev.counts['at-risk'], 1);
  });
});

describe('plan validation (§5)', () => {
  const issuesOf = (plan: unknown) => {
    const r = safeParsePlan(plan, mechnetDefinition, { lang: 'en' });
    return r.success ? [] : r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  };
  const ind = (extra: object) => ({ ...validPlan().objectives[0]!.indicators[0]!, ...extra });
  const planWith = (first: object) => {
    const p = validPlan();
    (p.objectives[0]!.indicators as unknown[])[0] = first;
    return p;
  };

  it('accepts a plan with a quantitative and a qualitative indicator', () => {
    assert.deepEqual(issuesOf(validPlan()), []);
  });

  it('rejects a plan without a qualitative, or without a quantitative indicator', () => {
    const p = validPlan();
    p.objectives[0]!.indicators = [p.objectives[0]!.indicators[0]!];
    assert.deepEqual(issuesOf(p), ['plan_needs_qualitative@objectives']);
    const r = validPlan();
    r.objectives[0]!.indicators = [r.objectives[0]!.indicators[1]!];
    assert.deepEqual(issuesOf(r), ['plan_needs_quantitative@objectives']);
  });

  it('rejects baseline equal to target, a target on the wrong side, a deadline before the baseline, interim targets out of order', () => {
    assert.deepEqual(issuesOf(planWith(ind({ target: 4 }))), ['baseline_equals_target@objectives.0.indicators.0.target']);
    assert.deepEqual(issuesOf(planWith(ind({ target: 5 }))), ['target_wrong_side@objectives.0.indicators.0.target']);
    assert.deepEqual(issuesOf(planWith(ind({ deadline: '2010-01-01' }))), ['deadline_before_baseline@objectives.0.indicators.0.deadline']);
    assert.deepEqual(issuesOf(planWith(ind({ interim: [{ date: '2011-06-01', value: 3 }, { date: '2011-01-01', value: 2.5 }] }))), ['interim_order@objectives.0.indicators.0.interim.1.date']);
  });

  it('names the objective and the indicator in the message', () => {
    const r = safeParsePlan(planWith(ind({ target: 4 })), mechnetDefinition, { lang: 'it' });
    assert.match(r.error!.issues[0]!.message, /Obiettivo «Ridurre gli scarti», indicatore «Tasso di scarto»/);
  });

  it('rejects unknown scale levels, scores out of order, non-positive weights', () => {
    const scale = { id: 'dm', kind: 'scale', name: 'Maturità', levels: [{ id: 'a', label: 'A', score: 0.5 }, { id: 'b', label: 'B', score: 0.2 }], baseline: { level: 'a', date: '2010-07-01' }, target: 'z', deadline: '2011-07-01' };
    const p = validPlan();
    (p.objectives[0]!.indicators as unknown[])[1] = scale;
    assert.deepEqual(issuesOf(p).sort(), ['scale_order@objectives.0.indicators.1.levels.1.score', 'unknown_level@objectives.0.indicators.1.target']);
    const w = validPlan();
    w.objectives[0]!.weight = 0;
    assert.deepEqual(issuesOf(w), ['too_small@objectives.0.weight']);
  });
});

describe('property tests', () => {
  /** A figure as documents hold it: at most 6 decimals (MAX_DECIMALS), within the given bounds. */
  const figure = (min: number, max: number) => fc.integer({ min: min * 1e6, max: max * 1e6 }).map((n) => n / 1e6);
  const indicatorArb = fc
    .record({
      b: figure(-1e6, 1e6),
      delta: figure(1e-3, 1e6),
      decrease: fc.boolean(),
    })
    .map(({ b, delta, decrease }) => q({ polarity: decrease ? 'decrease' : 'increase', baseline: { value: b, date: '2010-07-01' }, target: Number((decrease ? b - delta : b + delta).toFixed(6)) }));
  const value = figure(-1e7, 1e7);

  it('achievement stays in [0, cap]', () => {
    fc.assert(
      fc.property(indicatorArb, value, (ind, a) => {
        const ev = evaluateIndicator(ind, [m('2011-01-01', a)], '2011-01-02', settings);
        assert.ok(ev.achievement! >= 0 && ev.achievement! <= settings.cap);
      }),
    );
  });

  it('progress grows with the measurement for increase, falls for decrease', () => {
    fc.assert(
      fc.property(indicatorArb, value, value, (ind, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const p = (a: number) => evaluateIndicator(ind, [m('2011-01-01', a)], '2011-01-02', settings).progress!;
        if (ind.polarity === 'increase') assert.ok(p(lo) <= p(hi));
        else assert.ok(p(lo) >= p(hi));
      }),
    );
  });

  it('an objective\'s score lies between its indicators\' lowest and highest achievement', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(indicatorArb, value, figure(0.1, 10)), { minLength: 1, maxLength: 6 }), (rows) => {
        const inds = rows.map(([ind, , w], k) => ({ ...ind, id: `i${k}`, weight: w }));
        const ms = Object.fromEntries(rows.map(([, a], k) => [`i${k}`, [m('2011-01-01', a)]]));
        const o = evaluateObjective({ id: 'o', title: 'O', areas: ['market'], deadline: '2011-07-01', weight: 1, indicators: inds }, ms, '2011-01-02', settings);
        const achievements = o.indicators.map((i) => i.achievement!);
        assert.ok(o.score! >= Math.min(...achievements) - 1e-9 && o.score! <= Math.max(...achievements) + 1e-9);
      }),
    );
  });
});
