/**
 * The Shapley value of a cooperative game: exact by the subset formula up to
 * about 20 players, estimated by random permutations above, with a
 * confidence interval; and a check that an allocation is in the core.
 */
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';

/** A cooperative game: `size` players and the value of any coalition. */
export interface CoalitionGame {
  size: number;
  /**
   * The value of the coalition whose members have `members[i] === 1`
   * (e.g. the saving it would reach on its own). The array is reused between
   * calls: read it, do not keep it.
   */
  value(members: Uint8Array): number;
}

/** Options of {@link shapley}. */
export interface ShapleyOptions {
  /** Largest game computed exactly (2^n coalitions). Default 20. */
  exactUpTo?: number;
  /** Permutations drawn when sampling. Default 2,000. */
  samples?: number;
  /** Seed of the random generator, for repeatable results. Default 1. */
  seed?: number;
  /** Confidence of the reported intervals, for all players at once. Default 0.95. */
  confidence?: number;
}

/** The Shapley value, exact or estimated. */
export interface ShapleyResult {
  values: number[];
  exact: boolean;
  /** Permutations drawn (sampling only). */
  samples?: number;
  /** Standard error of each estimate (sampling only). */
  standardErrors?: number[];
  /** Interval around each estimate that holds all the exact values at once with `confidence` (sampling only). */
  intervals?: [number, number][];
  confidence?: number;
}

function invalid(what: string): never {
  throw new MechnetError('invalid_input', [makeIssue('invalid_input', [], { name: what })]);
}

/**
 * A small, fast, seedable random generator (mulberry32), so that sampled
 * results can be repeated.
 *
 * @example
 * ```ts
 * const rnd = seededRandom(42);
 * rnd(); // a number in [0, 1), the same for every run with seed 42
 * ```
 */
export function seededRandom(seed: number): () => number {
  // Scramble the seed first (murmur3's finaliser), so that nearby seeds give unrelated streams.
  let a = seed >>> 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  a = (a ^ (a >>> 16)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse of the standard normal distribution (Acklam's approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** Every coalition's value, indexed by bitmask, enumerated in Gray-code order (one member changes per step). */
export function coalitionValues(game: CoalitionGame): Float64Array {
  const n = game.size;
  const total = 2 ** n;
  const v = new Float64Array(total);
  const members = new Uint8Array(n);
  let mask = 0;
  v[0] = game.value(members);
  for (let k = 1; k < total; k++) {
    const bit = 31 - Math.clz32(k & -k); // the bit that changes at step k
    members[bit] = members[bit]! ^ 1;
    mask ^= 1 << bit;
    v[mask] = game.value(members);
  }
  return v;
}

function exactShapley(n: number, v: Float64Array): number[] {
  // weight[s] = s! (n - s - 1)! / n!, computed without factorials.
  const weight = new Float64Array(n);
  weight[0] = 1 / n;
  for (let s = 1; s < n; s++) weight[s] = (weight[s - 1]! * s) / (n - s);
  const phi = new Float64Array(n);
  const total = 2 ** n;
  for (let mask = 0; mask < total; mask++) {
    let s = 0;
    for (let x = mask; x !== 0; x &= x - 1) s++;
    if (s === n) continue;
    const w = weight[s]!;
    const vm = v[mask]!;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((mask & bit) === 0) phi[i]! += w * (v[mask | bit]! - vm);
    }
  }
  return [...phi];
}

/**
 * The Shapley value of a game: each player's average marginal contribution
 * over every order in which the coalition could form. It is efficient (the
 * values add up to the value of the whole group), symmetric and gives
 * nothing to a player that adds nothing.
 *
 * Up to `exactUpTo` players (default 20) it is exact, by the subset formula
 * over all 2^n coalitions. Above, it is estimated from random permutations
 * (unbiased; seedable), with standard errors and intervals that hold all the
 * exact values at once with the given confidence.
 *
 * @example
 * ```ts
 * // Three firms buying together: the group saves more than its parts.
 * const saving = [0, 100, 100, 300, 100, 300, 300, 600]; // by bitmask of members
 * const game = { size: 3, value: (m: Uint8Array) => saving[m[0]! | (m[1]! << 1) | (m[2]! << 2)]! };
 * shapley(game).values; // [200, 200, 200]
 * ```
 */
export function shapley(game: CoalitionGame, options: ShapleyOptions = {}): ShapleyResult {
  const n = game.size;
  if (!Number.isInteger(n) || n < 1) invalid(`a game needs at least one player, got ${n}`);
  const exactUpTo = Math.min(options.exactUpTo ?? 20, 26);
  if (n <= exactUpTo) return { values: exactShapley(n, coalitionValues(game)), exact: true };

  const samples = options.samples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const rnd = seededRandom(options.seed ?? 1);
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const members = new Uint8Array(n);
  for (let m = 0; m < samples; m++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    members.fill(0);
    let previous = game.value(members);
    for (const p of order) {
      members[p] = 1;
      const current = game.value(members);
      const marginal = current - previous;
      sum[p]! += marginal;
      sumSq[p]! += marginal * marginal;
      previous = current;
    }
  }
  // Simultaneous intervals for all players (Bonferroni).
  const z = normalQuantile(1 - (1 - confidence) / (2 * n));
  const values: number[] = [];
  const standardErrors: number[] = [];
  const intervals: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const mean = sum[i]! / samples;
    const variance = Math.max(0, (sumSq[i]! - samples * mean * mean) / Math.max(1, samples - 1));
    const se = Math.sqrt(variance / samples);
    values.push(mean);
    standardErrors.push(se);
    intervals.push([mean - z * se, mean + z * se]);
  }
  return { values, exact: false, samples, standardErrors, intervals, confidence };
}

/** A coalition that would do better on its own than with what an allocation gives it. */
export interface BlockingCoalition {
  members: number[];
  /** What the coalition reaches on its own. */
  value: number;
  /** What the allocation gives its members together. */
  allocated: number;
  /** `value - allocated`. */
  excess: number;
}

/**
 * Whether an allocation is in the core: it gives the whole group its value,
 * and no sub-group would get more on its own. Names the coalition with the
 * largest excess when there is one. Exact, for games up to `exactUpTo`
 * players (default 20).
 *
 * @example
 * ```ts
 * const r = coreCheck(game, [500, 50, 50]);
 * r.inCore;            // false
 * r.blocking?.members; // [1, 2]: firms 1 and 2 save 300 together, but get 100
 * ```
 */
export function coreCheck(
  game: CoalitionGame,
  allocation: readonly number[],
  options: { tolerance?: number; exactUpTo?: number } = {},
): { inCore: boolean; efficient: boolean; blocking?: BlockingCoalition } {
  const n = game.size;
  if (allocation.length !== n) invalid(`the allocation has ${allocation.length} parts for ${n} players`);
  if (n > Math.min(options.exactUpTo ?? 20, 26)) invalid(`the core check is exact and limited to ${options.exactUpTo ?? 20} players`);
  const tol = options.tolerance ?? 1e-6;
  const v = coalitionValues(game);
  const total = 2 ** n;
  const sums = new Float64Array(total);
  let best: { mask: number; excess: number } | undefined;
  for (let mask = 1; mask < total; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sums[mask] = sums[mask & (mask - 1)]! + allocation[low]!;
    const excess = v[mask]! - sums[mask]!;
    if (excess > tol && (!best || excess > best.excess)) best = { mask, excess };
  }
  const efficient = Math.abs(sums[total - 1]! - v[total - 1]!) <= tol;
  if (!best) return { inCore: efficient, efficient };
  const members = [];
  for (let i = 0; i < n; i++) if (best.mask & (1 << i)) members.push(i);
  return {
    inCore: false,
    efficient,
    blocking: { members, value: v[best.mask]!, allocated: sums[best.mask]!, excess: best.excess },
  };
}
