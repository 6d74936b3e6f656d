import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkCore,
  type CoalitionGame,
  MechnetError,
  shapley,
} from '../../src/index.js';
import { purchasingGame } from '../../src/economics/savings.js';
import { coalitionValues } from '../../src/economics/shapley.js';

/** A game from a table of values by bitmask. */
const tableGame = (values: readonly number[], size: number): CoalitionGame => ({
  size,
  value(m) {
    let mask = 0;
    for (let i = 0; i < size; i++) if (m[i]) mask |= 1 << i;
    return values[mask]!;
  },
});

/** The Shapley value by its definition: average marginal contribution over every permutation. */
function byPermutations(g: CoalitionGame): number[] {
  const n = g.size;
  const v = coalitionValues(g);
  const phi = new Array<number>(n).fill(0);
  let count = 0;
  const perm = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) {
      count++;
      let mask = 0;
      for (const p of prefix) {
        phi[p]! += v[mask | (1 << p)]! - v[mask]!;
        mask |= 1 << p;
      }
      return;
    }
    rest.forEach((x, k) => perm([...prefix, x], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  perm([], Array.from({ length: n }, (_, i) => i));
  return phi.map((x) => x / count);
}

const randomGame = (n: number) =>
  fc.array(fc.integer({ min: -1000, max: 100_000 }), { minLength: 2 ** n, maxLength: 2 ** n }).map((vals) => {
    vals[0] = 0;
    return tableGame(vals, n);
  });

describe('shapley: exact', () => {
  it('the glove-like example of the docs: three symmetric firms share 600 equally', () => {
    const g = tableGame([0, 100, 100, 300, 100, 300, 300, 600], 3);
    assert.deepEqual(shapley(g), { values: [200, 200, 200], exact: true });
  });

  it('equals the permutation formula on small games', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain(randomGame), (g) => {
        const exact = shapley(g).values;
        byPermutations(g).forEach((x, i) => assert.ok(Math.abs(x - exact[i]!) < 1e-6));
      }),
      { numRuns: 60 },
    );
  });

  it('property: efficiency (the values add up to v(N))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain(randomGame), (g) => {
        const all = new Uint8Array(g.size).fill(1);
        const sum = shapley(g).values.reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(sum - g.value(all)) < 1e-6 * Math.max(1, Math.abs(sum)));
      }),
    );
  });

  it('property: symmetry (interchangeable players get the same)', () => {
    // v depends on how many of players 0 and 1 are in, and on the others individually: 0 and 1 are symmetric.
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 16, maxLength: 16 }), (n, w) => {
        const g: CoalitionGame = {
          size: n,
          value(m) {
            const pair = (m[0] ?? 0) + (m[1] ?? 0);
            let s = w[pair]! * pair;
            for (let i = 2; i < n; i++) if (m[i]) s += w[i]! + pair * w[15]!;
            return s;
          },
        };
        const phi = shapley(g).values;
        assert.ok(Math.abs(phi[0]! - phi[1]!) < 1e-6);
      }),
    );
  });

  it('property: a null player (adds nothing to any coalition) gets nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(randomGame(n), fc.integer({ min: 0, max: n }))), ([inner, at]) => {
        // Insert a null player at position `at`.
        const g: CoalitionGame = {
          size: inner.size + 1,
          value(m) {
            const rest = new Uint8Array(inner.size);
            for (let i = 0, j = 0; i < m.length; i++) if (i !== at) rest[j++] = m[i]!;
            return inner.value(rest);
          },
        };
        assert.ok(Math.abs(shapley(g).values[at]!) < 1e-6);
      }),
      { numRuns: 60 },
    );
  });
});

describe('shapley: sampled above 20 players', () => {
  /** A 16-player purchasing-like game: v(S) = (sum of volumes)^1.2 - sum of volume^1.2, concave discounts. */
  const volumes = [3, 8, 12, 20, 5, 9, 14, 2, 30, 7, 11, 4, 16, 6, 25, 10];
  const game: CoalitionGame = {
    size: volumes.length,
    value(m) {
      let q = 0;
      let own = 0;
      for (let i = 0; i < volumes.length; i++) if (m[i]) (q += volumes[i]!), (own += volumes[i]! ** 1.2);
      return 100 * (q ** 1.2 - own);
    },
  };
  const exact = shapley(game).values;

  it('holds the exact values within its reported intervals in at least 95 % of seeded runs (16 players)', () => {
    const runs = 100;
    let covered = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const r = shapley(game, { exactUpTo: 0, samples: 400, seed });
      assert.equal(r.exact, false);
      if (r.intervals!.every(([lo, hi], i) => exact[i]! >= lo && exact[i]! <= hi)) covered++;
    }
    assert.ok(covered / runs >= 0.95, `${covered} of ${runs}`);
  });

  it('is repeatable with a seed and unbiased: more samples, closer to the exact value', () => {
    const a = shapley(game, { exactUpTo: 0, samples: 200, seed: 7 });
    const b = shapley(game, { exactUpTo: 0, samples: 200, seed: 7 });
    assert.deepEqual(a.values, b.values);
    const err = (r: { values: number[] }) => r.values.reduce((s, x, i) => s + Math.abs(x - exact[i]!), 0);
    assert.ok(err(shapley(game, { exactUpTo: 0, samples: 5000, seed: 3 })) < err(shapley(game, { exactUpTo: 0, samples: 50, seed: 3 })));
    // Efficiency holds in every sample, so it holds for the mean too.
    const sum = a.values.reduce((s, x) => s + x, 0);
    assert.ok(Math.abs(sum - game.value(new Uint8Array(16).fill(1))) < 1e-6 * sum);
  });
});

describe('checkCore', () => {
  const g = tableGame([0, 100, 100, 300, 100, 300, 300, 600], 3);
  it('accepts the Shapley split of a convex game, and names the coalition that blocks a lopsided one', () => {
    assert.deepEqual(checkCore(g, [200, 200, 200]), { inCore: true, efficient: true });
    const r = checkCore(g, [500, 50, 50]);
    assert.equal(r.inCore, false);
    assert.deepEqual(r.blocking, { members: [1, 2], value: 300, allocated: 100, excess: 200 });
  });
  it('says when an allocation does not even give out the whole value', () => {
    assert.equal(checkCore(g, [300, 300, 300]).efficient, false);
  });
});

describe('games that list their values', () => {
  const figure = fc.integer({ min: 1, max: 400_000 }).map((x) => x / 8);
  const purchase = fc.record({
    members: fc.array(
      fc.record({ quantity: figure, priceBeforeCents: fc.integer({ min: 50_000, max: 120_000 }), priceGroupCents: fc.integer({ min: 40_000, max: 110_000 }) }),
      { minLength: 1, maxLength: 9 },
    ),
    curve: fc.option(fc.array(fc.record({ minQuantity: fc.integer({ min: 0, max: 2000 }).map((x) => x / 4), priceCents: fc.integer({ min: 30_000, max: 120_000 }) }), { minLength: 1, maxLength: 6 }), { nil: undefined }),
  });

  it("a purchasing group's game lists the value its value function gives, coalition by coalition, to the last bit", () => {
    fc.assert(
      fc.property(purchase, ({ members, curve }) => {
        const game = purchasingGame({
          kind: 'purchasing',
          basis: 'realised',
          category: 'steel',
          unit: 't',
          ...(curve ? { priceCurve: curve } : {}),
          members: members.map((m, i) => ({ firm: String(10_000_000_000 + i * 7), ...m })),
        });
        const listed = game.values!();
        const n = members.length;
        assert.equal(listed.length, 2 ** n);
        const m = new Uint8Array(n);
        for (let mask = 0; mask < 2 ** n; mask++) {
          for (let i = 0; i < n; i++) m[i] = (mask >>> i) & 1;
          assert.ok(Object.is(listed[mask], game.value(m)), `coalition ${mask}: ${listed[mask]} listed, ${game.value(m)} by value`);
        }
        // The exact Shapley value is the same from the list as from the values one by one.
        const { values: _listed, ...oneByOne } = game;
        assert.deepEqual(shapley(game).values, shapley(oneByOne).values);
      }),
      { numRuns: 200 },
    );
  });

  it("a caller's list of the wrong length is not used, a value in it that is not a number is refused", () => {
    const g = tableGame([0, 100, 100, 300, 100, 300, 300, 600], 3);
    assert.deepEqual(shapley({ ...g, values: () => new Float64Array(3) }).values, [200, 200, 200]);
    assert.throws(
      () => shapley({ ...g, values: () => Float64Array.of(0, 100, 100, NaN, 100, 300, 300, 600) }),
      (e: MechnetError) => e.issues[0]!.code === 'game_value_invalid' && /0, 1/.test(e.issues[0]!.messages.en),
    );
    assert.throws(
      () => shapley({ ...g, values: () => { throw new Error('no'); } }),
      (e: MechnetError) => e.issues[0]!.code === 'game_value_failed',
    );
  });
});
