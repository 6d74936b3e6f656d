import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allocate,
  allocateBy,
  MechnetError,
} from '../../src/index.js';
import { apportion } from '../../src/economics/allocate.js';

describe('allocate: exact splits of cents', () => {
  it('largest remainder with a stable tie-break (the first equal claim gets the extra cent)', () => {
    assert.deepEqual(allocate(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocate(2, [1, 1, 1]), [1, 1, 0]);
    assert.deepEqual(allocate(1000, [3, 1, 0]), [750, 250, 0]);
    // 10 by 1 : 2 : 3 -> quotas 1.667, 3.333, 5: floors 1, 3, 5 and the cent left goes to .667
    assert.deepEqual(allocate(10, [1, 2, 3]), [2, 3, 5]);
    assert.deepEqual(allocate(0, [5, 7]), [0, 0]);
  });

  it('splits equally when every weight is zero, and splits negative totals', () => {
    assert.deepEqual(allocate(10, [0, 0, 0]), [4, 3, 3]);
    assert.deepEqual(allocate(-100, [1, 1, 1]), [-34, -33, -33]);
  });

  it('handles fractional weights (hours) and huge totals exactly', () => {
    assert.deepEqual(allocate(100, [12.5, 37.5]), [25, 75]);
    const huge = Number.MAX_SAFE_INTEGER;
    const parts = allocate(huge, [1, 2, 3, 4]);
    assert.equal(parts.reduce((a, b) => a + b, 0), huge);
  });

  it('names parties with allocateBy, and apportions real amounts to an integer total', () => {
    assert.deepEqual([...allocateBy(1000, [['a', 1], ['b', 3]])], [['a', 250], ['b', 750]]);
    assert.deepEqual(apportion([33.4, 33.3, 33.3], 100), [34, 33, 33]);
    assert.deepEqual(apportion([-0.5, 1.5], 1), [0, 1]);
  });

  it('refuses totals that are not whole cents and weights that are negative or not finite', () => {
    for (const [t, w] of [[10.5, [1]], [10, [-1, 2]], [10, [NaN]], [10, [Infinity]], [5, []]] as [number, number[]][]) {
      assert.throws(() => allocate(t, w), MechnetError);
    }
  });

  it('property: every split adds up exactly to its total, for any weights, zeros and huge totals included', () => {
    const weight = fc.oneof(fc.constant(0), fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.array(weight, { minLength: 1, maxLength: 30 }), (total, weights) => {
        const parts = allocate(total, weights);
        assert.equal(parts.length, weights.length);
        assert.equal(parts.reduce((a, b) => a + b, 0), total);
        assert.ok(parts.every(Number.isSafeInteger));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: each part is its quota rounded down or up, and zero weights get nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const W = weights.reduce((a, b) => a + b, 0);
        allocate(total, weights).forEach((p, i) => {
          const quota = (total * weights[i]!) / W;
          assert.ok(p >= Math.floor(quota) - 1e-6 && p <= Math.ceil(quota) + 1e-6, `${p} vs ${quota}`);
          if (weights[i] === 0) assert.equal(p, 0);
        });
      }),
    );
  });
});

/** `x` as an exact fraction `m / 2^k` (doubling a double is exact), for a reference independent of the library's. */
function exactDouble(x: number): [bigint, number] {
  let k = 0;
  while (!Number.isInteger(x)) (x *= 2), k++;
  return [BigInt(x), k];
}

/** The largest-remainder split by exact rationals, ties to the earlier position: the reference. */
function referenceSplit(total: number, weights: readonly number[]): number[] {
  const fr = weights.map(exactDouble);
  const k = Math.max(...fr.map(([, e]) => e));
  let ws = fr.map(([m, e]) => m << BigInt(k - e));
  if (ws.every((w) => w === 0n)) ws = ws.map(() => 1n);
  const W = ws.reduce((a, b) => a + b, 0n);
  const T = BigInt(Math.abs(total));
  const floors = ws.map((w) => (T * w) / W);
  const rems = ws.map((w) => (T * w) % W);
  let rest = T - floors.reduce((a, b) => a + b, 0n);
  const order = rems.map((r, i) => i).sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
  for (let j = 0; rest > 0n; j++, rest--) floors[order[j]!]! += 1n;
  return floors.map((x) => (total < 0 && x !== 0n ? -Number(x) : Number(x)));
}

describe('allocate: fractional weights split exactly, for every total up to 2^53 - 1 cents', () => {
  it('hand-worked: 12.5 : 37.5 of 2^53 - 3 is 1 : 3 with quotas ...247.25 and ...741.75; 0.375 : 0.625 of 2^52 + 1 is 3 : 5', () => {
    // (2^53 - 3) / 4 = 2,251,799,813,685,247.25 and 3 (2^53 - 3) / 4 = 6,755,399,441,055,741.75: the cent left goes to .75.
    assert.deepEqual(allocate(2 ** 53 - 3, [12.5, 37.5]), [2_251_799_813_685_247, 6_755_399_441_055_742]);
    // 3 (2^52 + 1) / 8 = 3 x 2^49 + 0.375 and 5 (2^52 + 1) / 8 = 5 x 2^49 + 0.625: the cent goes to .625.
    assert.deepEqual(allocate(2 ** 52 + 1, [0.375, 0.625]), [1_688_849_860_263_936, 2_814_749_767_106_561]);
  });

  it('hand-worked: weights as large as 1e308 and as small as 5e-324 (the smallest double)', () => {
    // 101 by 1e308 : 1e308 : 5e-324 -> quotas 50.5, 50.5 and almost 0: the cent left goes to the first .5.
    assert.deepEqual(allocate(101, [1e308, 1e308, 5e-324]), [51, 50, 0]);
    // 5e-324 : 1e-323 is 1 : 2 -> 33.33 and 66.67.
    assert.deepEqual(allocate(100, [5e-324, 1e-323]), [33, 67]);
    assert.deepEqual(allocate(-101, [1e308, 1e308, 5e-324]), [-51, -50, 0]);
  });

  it('property: equals the exact largest-remainder split by rationals, for any finite weights and totals', () => {
    const weight = fc.oneof(
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e308, 0.1, 0.2, 0.7, 1 / 3, 2 ** 53),
      fc.nat({ max: 1000 }),
    );
    const total = fc.oneof(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 2 ** 43, max: 2 ** 53 - 1 }));
    fc.assert(
      fc.property(total, fc.array(weight, { minLength: 1, maxLength: 12 }), (t, ws) => {
        assert.deepEqual(allocate(t, ws), referenceSplit(t, ws));
      }),
      { numRuns: 3000 },
    );
  });
  it('property: decimal weights (tenths, quarter hours, thirds) split exactly, ties and exact quotas included', () => {
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
      fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
      fc.integer({ min: 0, max: 30 }).map((x) => x / 3),
    );
    const total = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 2 ** 50, max: 2 ** 53 - 1 }));
    fc.assert(
      fc.property(total, fc.array(weight, { minLength: 1, maxLength: 8 }), (t, ws) => {
        assert.deepEqual(allocate(t, ws), referenceSplit(t, ws));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('allocate: a zero weight never gets a cent', () => {
  it('hand-worked: 2^53 - 1 by 0 : 3 : 2^53', () => {
    // W = 2^53 + 3; 3 T / W = 2 remainder 2^53 - 9; 2^53 T / W = 2^53 - 4 remainder 12; one cent left, to the larger remainder.
    assert.deepEqual(allocate(2 ** 53 - 1, [0, 3, 2 ** 53]), [0, 3, 9_007_199_254_740_988]);
  });

  it('property: zero weights get nothing unless every weight is zero', () => {
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), fc.nat());
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.array(weight, { minLength: 1, maxLength: 12 }), (t, ws) => {
        const parts = allocate(t, ws);
        assert.equal(parts.reduce((a, b) => a + b, 0), t);
        if (ws.some((w) => w > 0)) ws.forEach((w, i) => w === 0 && assert.equal(parts[i], 0));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('apportion: exact, always terminates, refuses amounts that do not add up', () => {
  it('refuses the amounts of the review, which add up to about -1.5e308, not 2^53 - 1, and returns at once', async () => {
    // Run in a child process with a time limit: a loop that never ends would otherwise hang the test instead of failing it.
    const { spawnSync } = await import('node:child_process');
    const code = `
      const { apportion } = await import(${JSON.stringify(new URL('../../src/economics/allocate.ts', import.meta.url).href)});
      try { apportion([1e-300, 2.2, 11, 1 / 3, -5, 1.1, -9, -1.5e308, 0.25, 10, -3], 2 ** 53 - 1); console.log(JSON.stringify({ returned: true })); }
      catch (e) { console.log(JSON.stringify({ name: e.name, issues: e.issues?.map((i) => ({ code: i.code, path: i.path, messages: i.messages })) })); }`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { timeout: 10_000, encoding: 'utf8' });
    assert.equal(run.signal, null, 'apportion did not return within 10 s');
    const outcome = JSON.parse(run.stdout);
    assert.equal(outcome.name, 'MechnetError', JSON.stringify(outcome));
    assert.equal(outcome.issues[0].code, 'amounts_do_not_add_up');
    assert.deepEqual(outcome.issues[0].path, ['amounts']);
    assert.match(outcome.issues[0].messages.it, /sommano a -1,5e\+308, non al totale 9007199254740991/);
    assert.match(outcome.issues[0].messages.en, /add up to -1\.5e\+308, not to the total 9007199254740991/);
  });

  it('hand-worked: float noise of less than a cent per amount is taken in, more is refused', () => {
    // 33.4 + 33.3 + 33.3 = 100: to 101 it is 1 cent off over 3 amounts, so each of the two largest fractions gets a cent.
    assert.deepEqual(apportion([33.4, 33.3, 33.3], 101), [34, 34, 33]);
    // To 103 the amounts are 3 cents off: one cent per amount is not float noise.
    assert.throws(() => apportion([33.4, 33.3, 33.3], 103), (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'amounts_do_not_add_up');
    assert.throws(() => apportion([60, 60], 100), (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'amounts_do_not_add_up');
  });

  it('hand-worked: fractions compared exactly (-0.3 has the fraction 0.70000000000000001, above 0.7\'s 0.69999999999999996)', () => {
    // Floors 0, 0, -1, -1; three cents to give: -0.1 (fraction 0.9), then -0.3, then the first 0.7.
    assert.deepEqual(apportion([0.7, 0.7, -0.3, -0.1], 1), [1, 0, 0, 0]);
  });

  it('hand-worked: amounts that cancel out exactly are still each within 2^53 - 1 (amount_too_large, found by the property below)', () => {
    // Nothing is left to give out (the floors add up to the total), and the parts are beyond whole-cent precision.
    assert.throws(
      () => apportion([Number.MAX_VALUE, -Number.MAX_VALUE], 0),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'amount_too_large' && e.issues[0]!.path.join('.') === 'amounts.0',
    );
  });

  it('property: equals the exact largest-remainder rounding by rationals, refusing exactly the amounts off by one cent per amount or more', () => {
    /** The reference: amounts as exact fractions over a common power of two. */
    const reference = (amounts: number[], total: number): number[] | 'refused' => {
      const n = amounts.length;
      if (n === 0) return total === 0 ? [] : 'refused';
      const fr = amounts.map(exactDouble);
      const k = Math.max(...fr.map(([, e]) => e));
      const D = 1n << BigInt(k);
      const A = fr.map(([m, e]) => m << BigInt(k - e));
      const floors = A.map((a) => (a < 0n && (a / D) * D !== a ? a / D - 1n : a / D));
      const fracs = A.map((a, i) => a - floors[i]! * D);
      const off = A.reduce((x, y) => x + y, 0n) - BigInt(total) * D;
      if ((off < 0n ? -off : off) >= BigInt(n) * D) return 'refused';
      let rest = BigInt(total) - floors.reduce((x, y) => x + y, 0n);
      const order = fracs.map((_, i) => i).sort((a, b) => (fracs[b]! > fracs[a]! ? 1 : fracs[b]! < fracs[a]! ? -1 : a - b));
      const parts = floors.slice();
      for (let j = 0; rest > 0n; j = (j + 1) % n, rest--) parts[order[j]!]! += 1n;
      for (let j = n - 1; rest < 0n; j--, rest++) parts[order[j]!]! -= 1n;
      return parts.map((p) => Number(p) + 0);
    };
    const amount = fc.oneof(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10),
      fc.constantFrom(-0.3, 0.7, -0.1, 0.5, -0.5, 1 / 3, -1 / 3, 0.25),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 10 }), fc.integer({ min: -12, max: 12 }), (amounts, d) => {
        const total = Math.round(amounts.reduce((a, b) => a + b, 0)) + d + 0;
        let got: number[] | 'refused';
        try {
          got = apportion(amounts, total);
        } catch (e) {
          assert.ok(e instanceof MechnetError);
          got = 'refused';
        }
        assert.deepEqual(got, reference(amounts, total));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: terminates on any finite amounts and total; a result is whole cents adding up to the total, each within 2 of its amount', () => {
    const amount = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer());
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 12 }), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (amounts, t, near) => {
        // Half the time the total is the amounts' sum rounded, so that the split goes through.
        const total = near ? Math.round(amounts.reduce((a, b) => a + b, 0)) + 0 : t;
        let parts: number[];
        try {
          parts = apportion(amounts, Number.isSafeInteger(total) ? total : t);
        } catch (e) {
          assert.ok(e instanceof MechnetError);
          return;
        }
        assert.equal(parts.reduce((a, b) => a + b, 0), Number.isSafeInteger(total) ? total : t);
        parts.forEach((p, i) => assert.ok(Number.isSafeInteger(p) && Math.abs(p - amounts[i]!) < 2, `${p} for ${amounts[i]}`));
      }),
      { numRuns: 3000 },
    );
  });
});
