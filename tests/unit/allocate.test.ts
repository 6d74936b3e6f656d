import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate, allocateBy, apportion, MechnetError } from '../../src/index.js';

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
