import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkCore,
  type CollaborationFigures,
  compareGroupGain,
  machineSavings,
  purchasingSavings,
  shapley,
  sharedCostSavings,
  workforceSavings,
} from '../../src/index.js';
import { purchasingGame } from '../../src/economics/savings.js';

type Purchasing = Extract<CollaborationFigures, { kind: 'purchasing' }>;

/**
 * Three firms buy steel together (prices in cents per tonne).
 *   A 10 t, paid EUR 1,000/t before; B 20 t at 980; C 70 t at 950.
 *   Supplier's curve: list 1,000; from 30 t 960; from 80 t 920; from 100 t 900.
 */
const steel: Purchasing = {
  kind: 'purchasing',
  basis: 'realised',
  category: 'steel',
  unit: 't',
  priceCurve: [
    { minQuantity: 0, priceCents: 100_000 },
    { minQuantity: 30, priceCents: 96_000 },
    { minQuantity: 80, priceCents: 92_000 },
    { minQuantity: 100, priceCents: 90_000 },
  ],
  members: [
    { firm: 'A', quantity: 10, priceBeforeCents: 100_000, priceGroupCents: 90_000 },
    { firm: 'B', quantity: 20, priceBeforeCents: 98_000, priceGroupCents: 90_000 },
    { firm: 'C', quantity: 70, priceBeforeCents: 95_000, priceGroupCents: 90_000 },
  ],
};

describe('collective purchasing (§10)', () => {
  it('hard saving (P_before - P_group) x Q per member', () => {
    // A (1,000 - 900) x 10 = 1,000 EUR; B (980 - 900) x 20 = 1,600; C (950 - 900) x 70 = 3,500
    assert.deepEqual(purchasingSavings(steel).map((s) => s.hardCents), [100_000, 160_000, 350_000]);
  });

  it('keeps cost avoidance apart, and separates the market from the group with a price index', () => {
    const f: Purchasing = {
      kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
      priceIndex: { base: 100, current: 110 },
      members: [
        { firm: 'A', quantity: 40, priceBeforeCents: 90_000, priceGroupCents: 85_000, marketPriceCents: 95_000 },
        { firm: 'B', quantity: 40, priceBeforeCents: 90_000, priceGroupCents: 92_000, marketPriceCents: 97_000 },
      ],
    };
    const [a, b] = purchasingSavings(f);
    // A: hard (900 - 850) x 40 = 2,000 EUR; avoided (950 - 900) x 40 = 2,000
    assert.deepEqual([a!.hardCents, a!.avoidanceCents], [200_000, 200_000]);
    // Index 110/100: price before adjusted 990; group effect (990 - 850) x 40 = 5,600; market (990 - 900) x 40 = 3,600
    assert.deepEqual(a!.indexAdjusted, { groupEffectCents: 560_000, marketEffectCents: 360_000 });
    // B paid more than before (920 > 900): no hard saving, but the rise to 970 was avoided: (970 - 920) x 40 = 2,000
    assert.deepEqual([b!.hardCents, b!.avoidanceCents], [0, 200_000]);
  });

  it('the savings game with the price curve, worked by hand', () => {
    const g = purchasingGame(steel);
    const v = (...who: number[]) => g.value(Uint8Array.from([0, 1, 2].map((i) => (who.includes(i) ? 1 : 0))));
    assert.equal(v(0), 0); // 10 t at list price: nothing saved
    assert.equal(v(2), 0); // 70 t at 960 > 950 paid before: not worth it
    assert.equal(v(0, 1), 80_000); // 30 t: 29,600 - 28,800 EUR = 800 EUR
    assert.equal(v(0, 2), 290_000); // 80 t: 76,500 - 73,600 = 2,900 EUR
    assert.equal(v(1, 2), 330_000); // 90 t: 86,100 - 82,800 = 3,300 EUR
    assert.equal(v(0, 1, 2), 610_000); // 100 t: 96,100 - 90,000 = 6,100 EUR
  });

  it('every method side by side, each adding up to the gain of EUR 6,100', () => {
    const c = compareGroupGain(steel);
    assert.equal(c.gainCents, 610_000);
    assert.deepEqual(c.firms, ['A', 'B', 'C']);
    // Equal price: everyone pays 900, keeps its own saving.
    assert.deepEqual(c.methods['equal-price'], [100_000, 160_000, 350_000]);
    // Proportional to volume 10 : 20 : 70.
    assert.deepEqual(c.methods.proportional, [61_000, 122_000, 427_000]);
    // Equal share: 203,333.33 each; the first gets the extra cent.
    assert.deepEqual(c.methods['equal-share'], [203_334, 203_333, 203_333]);
    // Equal percentage of stand-alone cost 10,000 : 19,600 : 66,500 EUR:
    // 63,475.55 / 124,412.07 / 422,112.38 -> the cent left goes to the largest remainder (A).
    assert.deepEqual(c.methods['equal-percentage'], [63_476, 124_412, 422_112]);
    // Shapley: A = 0/3 + 800/6 + 2,900/6 + (6,100 - 3,300)/3 = 1,550 EUR
    //          B = 0/3 + 800/6 + 3,300/6 + (6,100 - 2,900)/3 = 1,750
    //          C = 0/3 + 2,900/6 + 3,300/6 + (6,100 - 800)/3 = 2,800
    assert.deepEqual(c.methods.shapley, [155_000, 175_000, 280_000]);
    for (const split of Object.values(c.methods)) assert.equal(split.reduce((a, b) => a + b, 0), 610_000);
    assert.deepEqual(shapley(purchasingGame(steel)).values, [155_000, 175_000, 280_000]);
  });

  it('checks each split against the core', () => {
    const c = compareGroupGain(steel);
    for (const method of ['equal-price', 'proportional', 'equal-share', 'equal-percentage', 'shapley'] as const) {
      assert.equal(c.core[method].inCore, true, method);
    }
    // A split that gives B and C together less than the 3,300 EUR they would save alone is blocked by them.
    const r = checkCore(purchasingGame(steel), [500_000, 55_000, 55_000]);
    assert.equal(r.inCore, false);
    assert.deepEqual(r.blocking, { members: [1, 2], value: 330_000, allocated: 110_000, excess: 220_000 });
  });
});

describe('shared services, brands and certifications', () => {
  const members = [
    { firm: 'A', standAloneCostCents: 2_000_000, usage: 1 },
    { firm: 'B', standAloneCostCents: 2_000_000, usage: 2 },
  ];
  it('saving = stand-alone cost - share of the shared cost, shares by usage, equal or Shapley', () => {
    // Consultant EUR 30,000 shared 1 : 2 -> A pays 10,000 and saves 10,000; B pays 20,000 and saves 0.
    assert.deepEqual(sharedCostSavings('services', 3_000_000, members, 'usage').map((s) => [s.costCents, s.hardCents]), [[1_000_000, 1_000_000], [2_000_000, 0]]);
    assert.deepEqual(sharedCostSavings('services', 3_000_000, members, 'equal').map((s) => s.hardCents), [500_000, 500_000]);
    // Savings game: alone 0 each, together 40,000 - 30,000 = 10,000: Shapley 5,000 each.
    assert.deepEqual(sharedCostSavings('brands', 3_000_000, members, 'shapley').map((s) => [s.costCents, s.hardCents]), [[1_500_000, 500_000], [1_500_000, 500_000]]);
  });
});

describe('consortium use of a machine (dual rate)', () => {
  it('machine-hour rate, shares of fixed and variable cost, users\' savings and the owner\'s gain', () => {
    const m = machineSavings({
      kind: 'machines', basis: 'realised', owner: 'O', machineType: 'centro 5 assi',
      annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000,
      users: [
        { firm: 'U1', hoursBooked: 400, hoursUsed: 350, alternativeRateCents: 9_000 },
        { firm: 'U2', hoursBooked: 200, hoursUsed: 200, alternativeRateCents: 7_000 },
      ],
    });
    // Rate: 60,000 / 2,000 h + 20 = 50 EUR/h.
    assert.equal(m.hourRateCents, 5_000);
    // Fixed cost by hours booked 400 : 200 : 1,400 (the owner's) -> 12,000 / 6,000 / 42,000 EUR.
    // U1 pays 12,000 + 350 h x 20 = 19,000 and saves 350 x 90 - 19,000 = 12,500 EUR.
    // U2 pays 6,000 + 200 x 20 = 10,000 and saves 200 x 70 - 10,000 = 4,000 EUR.
    // The owner recovers the fixed share the others pay: 18,000 EUR.
    assert.deepEqual(m.savings.map((s) => [s.firm, s.hardCents, s.gainCents, s.costCents ?? 0]), [
      ['U1', 1_250_000, 0, 1_900_000],
      ['U2', 400_000, 0, 1_000_000],
      ['O', 0, 1_800_000, 0],
    ]);
  });
});

describe('shared workforce', () => {
  it('hours x (avoided hourly cost - hourly cost), per receiving firm', () => {
    const s = workforceSavings({
      kind: 'workforce', basis: 'realised',
      secondments: [
        { from: 'A', to: 'B', skill: 'saldatore', hours: 100, hourlyCostCents: 2_800, avoidedHourlyCostCents: 4_000 },
        { from: 'C', to: 'B', skill: 'fresatore', hours: 50, hourlyCostCents: 3_000, avoidedHourlyCostCents: 4_500 },
      ],
    });
    // 100 x 12 + 50 x 15 = 1,200 + 750 = 1,950 EUR
    assert.deepEqual(s.map((x) => [x.firm, x.hardCents]), [['B', 195_000]]);
  });
});

describe('compareGroupGain: a group that loses splits its loss, Shapley included (§10)', () => {
  /**
   * A buys 40 t and paid only EUR 800/t before; B and C buy 10 t each at 1,000.
   * Curve: list 1,000; from 20 t 950; from 60 t 940. Together they pay 940 > 800: the group loses.
   *   v(A) = max(0, 32,000 - 40 x 950) = 0; v(B) = v(C) = 0 (10 t at list price)
   *   v(AB) = max(0, 42,000 - 50 x 950) = 0; v(AC) = 0; v(BC) = 20,000 - 20 x 950 = 1,000 EUR
   *   v(ABC) = 52,000 - 60 x 940 = -4,400 EUR: the whole group's actual result, a loss.
   */
  const loss: Purchasing = {
    kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
    priceCurve: [
      { minQuantity: 0, priceCents: 100_000 },
      { minQuantity: 20, priceCents: 95_000 },
      { minQuantity: 60, priceCents: 94_000 },
    ],
    members: [
      { firm: 'A', quantity: 40, priceBeforeCents: 80_000, priceGroupCents: 94_000 },
      { firm: 'B', quantity: 10, priceBeforeCents: 100_000, priceGroupCents: 94_000 },
      { firm: 'C', quantity: 10, priceBeforeCents: 100_000, priceGroupCents: 94_000 },
    ],
  };

  it('the savings game: sub-groups may keep buying as before (never below 0), the whole group\'s value is its real loss', () => {
    const g = purchasingGame(loss);
    const v = (...who: number[]) => g.value(Uint8Array.from([0, 1, 2].map((i) => (who.includes(i) ? 1 : 0))));
    assert.deepEqual([v(0), v(1), v(2), v(0, 1), v(0, 2), v(1, 2)], [0, 0, 0, 0, 0, 100_000]);
    assert.equal(v(0, 1, 2), -440_000);
  });

  it('every method splits the loss of EUR 4,400 to the cent; the Shapley values are the exact ones, not zeros', () => {
    const c = compareGroupGain(loss);
    assert.equal(c.gainCents, -440_000);
    // Equal price 940: A (800 - 940) x 40 = -5,600 EUR; B and C (1,000 - 940) x 10 = 600 each.
    assert.deepEqual(c.methods['equal-price'], [-560_000, 60_000, 60_000]);
    // 40 : 10 : 10 -> 293,333.33 / 73,333.33 / 73,333.33: equal remainders, the cent to the first.
    assert.deepEqual(c.methods.proportional, [-293_334, -73_333, -73_333]);
    // 146,666.67 each: the two cents left to the first two.
    assert.deepEqual(c.methods['equal-share'], [-146_667, -146_667, -146_666]);
    // Stand-alone 32,000 : 10,000 : 10,000 EUR = 16 : 5 : 5 -> 270,769 rem 6/26, 84,615 rem 10/26 twice: the cent to B.
    assert.deepEqual(c.methods['equal-percentage'], [-270_769, -84_616, -84_615]);
    // Shapley: A = v(A)/3 + (v(AB) - v(B))/6 + (v(AC) - v(C))/6 + (v(ABC) - v(BC))/3 = (-4,400 - 1,000)/3 = -1,800 EUR
    //          B = 0/3 + (0 - 0)/6 + (1,000 - 0)/6 + (-4,400 - 0)/3 = -1,300; C likewise -1,300.
    assert.deepEqual(c.methods.shapley, [-180_000, -130_000, -130_000]);
    assert.equal(c.shapleyExact, true);
    for (const split of Object.values(c.methods)) assert.equal(split.reduce((a, b) => a + b, 0), -440_000);
  });

  it('no split of a loss is in the core: B and C would rather buy together without A', () => {
    const c = compareGroupGain(loss);
    // Shapley gives B and C -2,600 EUR together; alone they save 1,000: excess 3,600, the largest.
    assert.deepEqual(c.core.shapley, { check: 'exact', inCore: false, blocking: ['B', 'C'] });
    // Equal price gives A -5,600 EUR; alone it loses nothing.
    assert.deepEqual(c.core['equal-price'], { check: 'exact', inCore: false, blocking: ['A'] });
  });

  it('shared costs split by Shapley add up to the shared cost even when sharing costs more than going alone', () => {
    // Stand-alone 10,000 + 10,000 EUR, shared 30,000: the group loses 10,000, 5,000 each.
    const s = sharedCostSavings('services', 3_000_000, [
      { firm: 'A', standAloneCostCents: 1_000_000 },
      { firm: 'B', standAloneCostCents: 1_000_000 },
    ], 'shapley');
    assert.deepEqual(s.map((x) => [x.costCents, x.hardCents]), [[1_500_000, -500_000], [1_500_000, -500_000]]);
  });
});

describe('compareGroupGain above 20 firms: the core is checked by sampling coalitions, never "in the core" without a check', () => {
  /**
   * 21 firms: F00 buys 100 t, F01 to F20 buy 1 t each, all at EUR 1,000/t before.
   * Curve: list 1,000; from 100 t 900. v(S) = 100 EUR x Q_S when F00 is in S, else 0.
   * The group saves 120 x 100 = EUR 12,000.
   */
  const big: Purchasing = {
    kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
    priceCurve: [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 100, priceCents: 90_000 }],
    members: Array.from({ length: 21 }, (_, i) => ({
      firm: `F${String(i).padStart(2, '0')}`, quantity: i === 0 ? 100 : 1, priceBeforeCents: 100_000, priceGroupCents: 90_000,
    })),
  };

  it('a blocking coalition found by sampling is a proof: F00 alone saves EUR 10,000 and equal shares give it 571.43', () => {
    const c = compareGroupGain(big);
    assert.equal(c.gainCents, 1_200_000);
    // 1,200,000 / 21 = 57,142.86: F00 gets 57,143; on its own it saves 1,000,000 (checked with every single firm).
    assert.equal(c.methods['equal-share'][0], 57_143);
    assert.deepEqual(c.core['equal-share'], { check: 'sampled', inCore: false, blocking: ['F00'], coalitions: 21 + 21 + 10_000 });
  });

  it('none found is not a proof: the verdict is unknown (undefined), never true', () => {
    const c = compareGroupGain(big);
    // Proportional to volume = equal price here: F00 1,000,000, the others 10,000 each; no coalition gets more alone.
    assert.deepEqual(c.methods.proportional, [1_000_000, ...new Array(20).fill(10_000)]);
    assert.deepEqual(c.core.proportional, { check: 'sampled', inCore: undefined, coalitions: 21 + 21 + 10_000 });
    // Shapley (sampled): about 5,000 for each small firm (F00 before it half the time), 1,100,000 for F00; in the core.
    assert.equal(c.shapleyExact, false);
    assert.equal(c.core.shapley.inCore, undefined);
    for (const verdict of Object.values(c.core)) assert.notEqual(verdict.inCore, true);
    // The sample is seeded: the verdict repeats.
    assert.deepEqual(compareGroupGain(big).core, c.core);
  });

  it('up to 20 firms the check is exact', () => {
    const c = compareGroupGain(steel);
    for (const verdict of Object.values(c.core)) assert.deepEqual(verdict, { check: 'exact', inCore: true });
  });
});
