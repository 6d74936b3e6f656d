import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  artisanLimits,
  checkArtisanLimits,
  classifySme,
  deMinimisHeadroom,
  deMinimisRegime,
  isAtecoCode,
  normalizeAteco,
  type SmeFigures,
} from '../../src/index.js';
import { atecoVersionDoubt, matchAtecoPrefix } from '../../src/enrolment/ateco.js';

const M = 100_000_000; // EUR 1 million in cents

describe('ATECO codes', () => {
  it('recognises the written forms of 2007 and 2025 codes', () => {
    for (const ok of ['25', '25.6', '25.62', '25.62.0', '25.62.00']) assert.equal(isAtecoCode(ok), true, ok);
    for (const bad of ['2', 'C25', '25.', '25.623', '25-62-00', '25.62.00.1']) assert.equal(isAtecoCode(bad), false, bad);
    assert.equal(normalizeAteco(' 256200 '), '25.62.00');
    assert.equal(normalizeAteco('2562'), '25.62');
  });

  it('matches the programme prefixes segment by segment', () => {
    const mechnet = ['24', '25', '26', '27', '28', '29', '30', '33'];
    assert.equal(matchAtecoPrefix('25.62.00', mechnet), '25');
    assert.equal(matchAtecoPrefix('33.12.10', mechnet), '33');
    assert.equal(matchAtecoPrefix('45.20.10', mechnet), undefined);
    assert.equal(matchAtecoPrefix('23.99.00', mechnet), undefined);
    assert.equal(matchAtecoPrefix('28.41.00', ['28.4']), '28.4');
    assert.equal(matchAtecoPrefix('28.04.00', ['28.4']), undefined);
    assert.equal(matchAtecoPrefix('25', ['25.62']), undefined, 'a code less precise than the prefix');
  });

  it('flags the classification in doubt after ATECO 2025 became operational on 1 April 2025', () => {
    assert.equal(atecoVersionDoubt('ATECO 2007', '2025-03-31'), false);
    assert.equal(atecoVersionDoubt('ATECO 2007', '2025-04-01'), true);
    assert.equal(atecoVersionDoubt('ATECO 2025', '2025-04-01'), false);
    assert.equal(atecoVersionDoubt('ATECO 2025', '2024-12-31'), true);
  });
});

describe('classifySme (Recommendation 2003/361)', () => {
  const f = (staff: number, turnover: number, balance: number): SmeFigures => ({
    staff,
    turnoverCents: turnover,
    balanceSheetCents: balance,
  });

  it('staff boundaries: 9 micro, exactly 10 small, 49 small, exactly 50 medium, 249 medium, exactly 250 large', () => {
    assert.equal(classifySme(f(9, M, M)).size, 'micro');
    assert.equal(classifySme(f(10, M, M)).size, 'small');
    assert.equal(classifySme(f(49, M, M)).size, 'small');
    assert.equal(classifySme(f(50, M, M)).size, 'medium');
    assert.equal(classifySme(f(249, M, M)).size, 'medium');
    assert.equal(classifySme(f(250, M, M)).size, 'large');
  });

  it('money boundaries: exactly EUR 2M and 10M stay in the class, one cent more does not (when both figures exceed)', () => {
    assert.equal(classifySme(f(5, 2 * M, 2 * M)).size, 'micro');
    assert.equal(classifySme(f(5, 2 * M + 1, 2 * M + 1)).size, 'small');
    assert.equal(classifySme(f(20, 10 * M, 10 * M)).size, 'small');
    assert.equal(classifySme(f(20, 10 * M + 1, 10 * M + 1)).size, 'medium');
  });

  it('exactly EUR 50M turnover or exactly EUR 43M balance sheet keeps a firm medium', () => {
    assert.equal(classifySme(f(100, 50 * M, 60 * M)).size, 'medium');
    assert.equal(classifySme(f(100, 80 * M, 43 * M)).size, 'medium');
    assert.equal(classifySme(f(100, 50 * M + 1, 43 * M + 1)).size, 'large');
  });

  it('either financial figure suffices: high turnover with a small balance sheet stays small', () => {
    assert.equal(classifySme(f(40, 12 * M, 8 * M)).size, 'small');
    assert.equal(classifySme(f(40, 8 * M, 12 * M)).size, 'small');
    assert.equal(classifySme(f(40, 12 * M, 12 * M)).size, 'medium');
  });

  it('adds partners pro rata and linked enterprises in full', () => {
    // 8 staff + 40 % of 10 = 12 staff: small.
    const r = classifySme(f(8, M, M), { partners: [{ share: 0.4, ...f(10, M, M) }] });
    assert.equal(r.figures.staff, 12);
    assert.equal(r.figures.turnoverCents, 1.4 * M);
    assert.equal(r.size, 'small');
    // 30 staff + a linked firm of 25 = 55: medium.
    assert.equal(classifySme(f(30, M, M), { linked: [f(25, M, M)] }).size, 'medium');
  });

  it('a firm 25 % or more held by public bodies is not an SME', () => {
    assert.equal(classifySme(f(5, M, M), { publicShare: 0.25 }).size, 'large');
    assert.equal(classifySme(f(5, M, M), { publicShare: 0.24 }).size, 'micro');
  });

  it('changes size only after two consecutive periods across a threshold', () => {
    const small = f(20, 5 * M, 5 * M);
    const medium = f(60, 5 * M, 5 * M);
    // Was small; one period above: still small.
    const once = classifySme(medium, { previous: { size: 'small', figures: small } });
    assert.equal(once.size, 'small');
    assert.equal(once.sizeByFigures, 'medium');
    assert.equal(once.basis, 'two-periods');
    // Two periods above: medium.
    assert.equal(classifySme(medium, { previous: { size: 'small', figures: medium } }).size, 'medium');
    // Was medium, two periods under 10 staff: down to micro only if both periods are micro.
    assert.equal(classifySme(f(5, M, M), { previous: { size: 'medium', figures: f(20, M, M) } }).size, 'small');
  });
});

describe('artisan limits (Legge 443/1985 art. 4)', () => {
  const t = artisanLimits('lombardia', '2010-02-15');

  it('uses the national table where no regional one is known', () => {
    assert.equal(t.region, 'national');
    assert.deepEqual(t.limits['not-in-series'], { base: 18, apprenticesInBase: 9, max: 22 });
  });

  it('not in series: 18 employees, up to 22 when the extra are apprentices', () => {
    const check = (staff: number, apprentices: number) =>
      checkArtisanLimits({ staff, apprentices }, 'not-in-series', t).within;
    assert.equal(check(18, 0), true);
    assert.equal(check(19, 0), false);
    assert.equal(check(22, 4), true);
    assert.equal(check(22, 13), true); // 9 non-apprentices + 9 apprentices in base + 4 extra apprentices
    assert.equal(check(23, 5), false);
    assert.equal(check(22, 14), false); // more apprentices than 9 + 4
  });

  it('in series 9 (12), construction 10 (14), transport 8', () => {
    assert.equal(checkArtisanLimits({ staff: 12, apprentices: 3 }, 'in-series', t).within, true);
    assert.equal(checkArtisanLimits({ staff: 10, apprentices: 0 }, 'in-series', t).within, false);
    assert.equal(checkArtisanLimits({ staff: 14, apprentices: 4 }, 'construction', t).within, true);
    assert.equal(checkArtisanLimits({ staff: 9, apprentices: 1 }, 'transport', t).within, false);
  });

  it('allows 20 % more for a temporary excess', () => {
    assert.equal(checkArtisanLimits({ staff: 21 }, 'not-in-series', t).within, false);
    assert.equal(checkArtisanLimits({ staff: 21 }, 'not-in-series', t, { temporary: true }).within, true);
  });

  it('picks a regional table from the date its law took effect', () => {
    const regional = { ...t, region: 'lombardia', from: '2026-03-01', limits: { ...t.limits, construction: { base: 15, apprenticesInBase: 5, max: 19 } } };
    const tables = [t, regional];
    assert.equal(artisanLimits('lombardia', '2026-02-28', tables).region, 'national');
    assert.equal(artisanLimits('lombardia', '2026-03-01', tables).limits.construction.base, 15);
    assert.equal(artisanLimits('piemonte', '2026-03-01', tables).region, 'national');
  });
});

describe('de minimis', () => {
  it('chooses the regime by grant date, the day of a change included', () => {
    assert.equal(deMinimisRegime('2006-12-31')?.id, '(CE) 69/2001');
    assert.equal(deMinimisRegime('2007-01-01')?.id, '(CE) 1998/2006');
    assert.equal(deMinimisRegime('2013-12-31')?.id, '(CE) 1998/2006');
    assert.equal(deMinimisRegime('2014-01-01')?.id, '(UE) 1407/2013');
    assert.equal(deMinimisRegime('2023-12-31')?.id, '(UE) 1407/2013');
    assert.equal(deMinimisRegime('2024-01-01')?.id, '(UE) 2023/2831');
    assert.equal(deMinimisRegime('1999-01-01'), undefined);
  });

  it('1998/2006: current and two previous fiscal years, EUR 200,000', () => {
    const h = deMinimisHeadroom(
      [
        { date: '2007-12-31', amountCents: 5_000_000 }, // outside: 2007 is not in 2008-2010
        { date: '2008-01-01', amountCents: 7_000_000 },
        { date: '2009-06-30', amountCents: 5_000_000 },
        { date: '2010-05-01', amountCents: 9_000_000 }, // after the date: not counted
      ],
      { date: '2010-03-01', aidCents: 2_300_000 },
    )!;
    assert.deepEqual(h.window, { from: '2008-01-01', to: '2010-03-01' });
    assert.equal(h.usedCents, 12_000_000); // 70,000 + 50,000
    assert.equal(h.headroomCents, 8_000_000); // 200,000 - 120,000
    assert.equal(h.afterCents, 5_700_000); // 80,000 - 23,000
    assert.equal(h.admissible, true);
  });

  it('the ceiling reached to the cent is admissible; one cent over makes the whole aid inadmissible', () => {
    const exact = deMinimisHeadroom([{ date: '2009-01-10', amountCents: 17_700_000 }], { date: '2010-03-01', aidCents: 2_300_000 })!;
    assert.equal(exact.afterCents, 0);
    assert.equal(exact.admissible, true);
    const over = deMinimisHeadroom([{ date: '2009-01-10', amountCents: 17_700_001 }], { date: '2010-03-01', aidCents: 2_300_000 })!;
    assert.equal(over.admissible, false);
    assert.equal(over.headroomCents, 2_299_999, 'reported so the applicant can ask for less');
  });

  it('2023/2831: any three years up to the grant, EUR 300,000', () => {
    const aids = [
      { date: '2021-03-01', amountCents: 10_000_000 }, // outside: the window starts on 2 March 2021
      { date: '2021-03-02', amountCents: 10_000_000 },
      { date: '2023-06-01', amountCents: 15_000_000 },
    ];
    const h = deMinimisHeadroom(aids, { date: '2024-03-01', aidCents: 5_000_000 })!;
    assert.equal(h.regime.id, '(UE) 2023/2831');
    assert.deepEqual(h.window, { from: '2021-03-02', to: '2024-03-01' });
    assert.equal(h.usedCents, 25_000_000);
    assert.equal(h.afterCents, 0);
    assert.equal(h.admissible, true);
  });

  it('a grant on the day the regime changes uses the new ceiling and window', () => {
    const aids = [{ date: '2022-06-01', amountCents: 19_000_000 }];
    const before = deMinimisHeadroom(aids, { date: '2023-12-31', aidCents: 2_000_000 })!;
    assert.equal(before.admissible, false); // 190,000 + 20,000 > 200,000
    const after = deMinimisHeadroom(aids, { date: '2024-01-01', aidCents: 2_000_000 })!;
    assert.equal(after.admissible, true); // 190,000 + 20,000 <= 300,000
    assert.deepEqual(after.window, { from: '2021-01-02', to: '2024-01-01' });
  });

  it('counts a rolling window from 29 February correctly', () => {
    const h = deMinimisHeadroom([], { date: '2028-02-29', aidCents: 0 })!;
    assert.deepEqual(h.window, { from: '2025-03-01', to: '2028-02-29' });
  });
});
