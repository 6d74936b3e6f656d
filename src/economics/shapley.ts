/**
 * The Shapley value of a cooperative game: exact by the subset formula up to
 * about 20 players, estimated by random permutations above, with a
 * confidence interval; and a check that an allocation is in the core, exact
 * up to about 20 players and by sampling coalitions above.
 */
import type { IssuePath } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { guarded } from '../model/guard.js';
import { boundIssue, checked, checkList, describeValue, fail, isNumberFrom, isObject, issue, numberIssue, received, typeIssue } from './check.js';

/** A cooperative game: `size` players and the value of any coalition. */
export interface CoalitionGame {
  size: number;
  /**
   * The value of the coalition whose members have `members[i] === 1`
   * (e.g. the saving it would reach on its own), a finite number. The array
   * is reused between calls: read it, do not keep it or change it.
   */
  value(members: Uint8Array): number;
  /**
   * Every coalition's value at once, indexed by bitmask (member `i` is bit
   * `i`), when the game can list them faster than one at a time (e.g. by
   * subset sums): the exact functions then use it instead of calling
   * `value` 2^n times. Optional; it must agree with `value`.
   */
  values?(): Float64Array;
}

/** Options of {@link shapley}. */
export interface ShapleyOptions {
  /** Largest game computed exactly (2^n coalitions), at most 26. Default 20. */
  exactUpTo?: number;
  /** Permutations drawn when sampling, a whole number from 1. Default 2,000. */
  samples?: number;
  /** Seed of the random generator, for repeatable results. Default 1. */
  seed?: number;
  /** Confidence of the reported intervals, for all players at once, between 0 and 1. Default 0.95. */
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

/** The largest game any function here accepts. */
const MAX_PLAYERS = 10_000;
/** The largest game whose coalitions are all listed (2^26 values, half a gigabyte). */
const MAX_EXACT = 26;

/** A checked game: its size, read once, and its value function. */
interface CheckedGame {
  n: number;
  game: CoalitionGame;
  value: (members: Uint8Array) => unknown;
  /** Whether the library built the game itself: a failure of its value is then the library's, not the caller's. */
  own?: boolean;
}

function checkGame(game: unknown, max: number): CheckedGame {
  if (!isObject(game)) fail(typeIssue(game, ['game'], 'object'));
  const n = game.size;
  if (!(Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max)) {
    fail(issue('game_size', ['game', 'size'], (lang) => ({ value: describeValue(n, lang), limit: max })));
  }
  const value = game.value;
  if (typeof value !== 'function') fail(typeIssue(value, ['game', 'value'], 'function'));
  return { n: n as number, game: game as unknown as CoalitionGame, value: value as CheckedGame['value'] };
}

/** The members of a coalition as people read them: `0, 2, 5`. */
function membersOf(members: Uint8Array): string | undefined {
  const list: number[] = [];
  for (let i = 0; i < members.length; i++) if (members[i]) list.push(i);
  if (list.length === 0) return undefined;
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
}

function badValue(x: unknown, members: Uint8Array): never {
  const name = membersOf(members);
  // Describing what the caller's function returned reads it: inside `checked`.
  return checked(() => fail(issue('game_value_invalid', ['game', 'value'], (lang) => ({ value: describeValue(x, lang), ...(name ? { name } : {}) }))));
}

/**
 * The value of the coalition in `members`, checked to be a finite number.
 * A throw of the caller's `value` is reported as such (`game_value_failed`);
 * a game the library built fails only by a defect of the library, which is
 * left to surface as one.
 */
function valueOf(g: CheckedGame, members: Uint8Array): number {
  let x: unknown;
  if (g.own) {
    x = g.value.call(g.game, members);
    if (!Number.isFinite(x)) throw new Error(`a game of the library gave a value that is not a finite number (${String(x)})`);
    return x as number;
  }
  try {
    x = g.value.call(g.game, members);
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    const name = membersOf(members);
    fail(issue('game_value_failed', ['game', 'value'], name ? { name } : {}));
  }
  if (!Number.isFinite(x)) badValue(x, members);
  return x as number;
}

function optionsOf(options: unknown, path: IssuePath): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) fail(typeIssue(options, path, 'object'));
  return options;
}

function wholeOption(o: Record<string, unknown>, key: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = o[key];
  if (v === undefined) return fallback;
  if (!isNumberFrom(v, -Infinity)) fail(issue('number_invalid', ['options', key], received(v)));
  if (!Number.isInteger(v)) fail(issue('invalid_type', ['options', key], (lang) => ({ expected: 'int', received: describeValue(v, lang) })));
  if ((v as number) < min) fail(boundIssue('too_small', v, ['options', key], min));
  if ((v as number) > max) fail(boundIssue('too_big', v, ['options', key], max));
  return v as number;
}

/**
 * A small, fast, seedable random generator (mulberry32), so that sampled
 * results can be repeated. The seed is any finite number; the low 32 bits
 * of its whole part are used.
 *
 * @throws {@link MechnetError} (`invalid_input`, issue `number_invalid`)
 * for a seed that is not a finite number.
 *
 * @example
 * ```ts
 * const rnd = seededRandom(42);
 * rnd(); // a number in [0, 1), the same for every run with seed 42
 * ```
 */
export function seededRandom(seed: number): () => number {
  return guarded(undefined, () => {
    checked(() => {
      if (typeof seed !== 'number' || !Number.isFinite(seed)) fail(issue('number_invalid', ['seed'], received(seed)));
    });
    return random(seed);
  });
}

function random(seed: number): () => number {
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

/**
 * Inverse of the standard normal distribution (Acklam's approximation,
 * |error| < 1.2e-9): the `z` with probability `p` below it. `-Infinity` at
 * 0, `Infinity` at 1.
 *
 * @throws {@link MechnetError} (`invalid_input`) for `p` outside [0, 1] or
 * not a number.
 *
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963…
 * normalQuantile(0.5);   // 0
 * ```
 */
export function normalQuantile(p: number): number {
  return guarded(undefined, () => {
    checked(() => {
      if (typeof p !== 'number' || Number.isNaN(p)) fail(issue('number_invalid', ['p'], received(p)));
      if (p < 0) fail(boundIssue('too_small', p, ['p'], 0));
      if (p > 1) fail(boundIssue('too_big', p, ['p'], 1));
    });
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return quantile(p);
  });
}

function quantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -quantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * Every coalition's value, indexed by bitmask, enumerated in Gray-code order
 * (one member changes per step). For games of up to 26 players.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue `game_size`,
 * `game_value_invalid` (a value that is not a finite number) or
 * `game_value_failed` (the game's `value` threw).
 *
 * @example
 * ```ts
 * coalitionValues({ size: 2, value: (m) => 10 * m[0]! + m[1]! }); // Float64Array [0, 10, 1, 11]
 * ```
 */
export function coalitionValues(game: CoalitionGame): Float64Array {
  return guarded(undefined, () => allValues(checked(() => checkGame(game, MAX_EXACT))));
}

function allValues(g: CheckedGame): Float64Array {
  const n = g.n;
  const total = 2 ** n;
  if (typeof g.game.values === 'function') {
    const listed = listedValues(g, total);
    if (listed) return listed;
  }
  const v = new Float64Array(total);
  const members = new Uint8Array(n);
  let mask = 0;
  v[0] = valueOf(g, members);
  for (let k = 1; k < total; k++) {
    const bit = 31 - Math.clz32(k & -k); // the bit that changes at step k
    members[bit] = members[bit]! ^ 1;
    mask ^= 1 << bit;
    v[mask] = valueOf(g, members);
  }
  return v;
}

/**
 * The values a game lists itself, checked: one finite number per coalition.
 * Undefined when the game's list is not of the right length (then each value
 * is asked for), an error when a value is not a finite number.
 */
function listedValues(g: CheckedGame, total: number): Float64Array | undefined {
  let v: unknown;
  if (g.own) v = g.game.values!();
  else {
    try {
      v = g.game.values!.call(g.game);
    } catch (e) {
      if (e instanceof MechnetError) throw e;
      fail(issue('game_value_failed', ['game', 'values'], {}));
    }
  }
  if (!(v instanceof Float64Array) || v.length !== total) {
    if (g.own) throw new Error(`a game of the library listed ${v instanceof Float64Array ? v.length : 'no'} values for ${total} coalitions`);
    return undefined;
  }
  for (let mask = 0; mask < total; mask++) {
    if (!Number.isFinite(v[mask])) {
      const members = new Uint8Array(g.n);
      for (let i = 0; i < g.n; i++) members[i] = (mask >>> i) & 1;
      if (g.own) throw new Error(`a game of the library gave a value that is not a finite number (${String(v[mask])})`);
      badValue(v[mask], members);
    }
  }
  return v;
}

/**
 * Sums over every coalition of per-member terms, indexed by bitmask: the
 * coalitions with member `i` are those without it plus its term, so that
 * each sum adds its members from the lowest index up, the order a loop from
 * `0` to `n - 1` adds them (a game's `value` and its `values` then agree to
 * the last bit). For the library's own games. @internal
 */
export function subsetSums(n: number, terms: readonly number[]): Float64Array {
  const sums = new Float64Array(2 ** n);
  for (let i = 0; i < n; i++) {
    const half = 2 ** i;
    const x = terms[i]!;
    for (let mask = half; mask < 2 * half; mask++) sums[mask] = sums[mask - half]! + x;
  }
  return sums;
}

function exactShapley(n: number, v: Float64Array): number[] {
  // weight[s] = s! (n - s - 1)! / n!, computed without factorials.
  const weight = new Float64Array(n);
  weight[0] = 1 / n;
  for (let s = 1; s < n; s++) weight[s] = (weight[s - 1]! * s) / (n - s);
  const phi = new Float64Array(n);
  const total = 2 ** n;
  const full = total - 1;
  // The size of each coalition, from the one without its lowest member.
  const size = new Uint8Array(total);
  for (let half = 1; half < total; half *= 2) for (let mask = half; mask < 2 * half; mask++) size[mask] = size[mask - half]! + 1;
  for (let mask = 0; mask < full; mask++) {
    const w = weight[size[mask]!]!;
    const vm = v[mask]!;
    // Each player outside the coalition, by its bit.
    for (let rest = full & ~mask; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      phi[31 - Math.clz32(bit)]! += w * (v[mask | bit]! - vm);
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
 * exact values at once with the given confidence. Games of up to 10,000
 * players are accepted.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue `game_size`,
 * `game_value_invalid`, `game_value_failed`, or an issue on the option at
 * path `['options', name]`.
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
  return guarded(undefined, () => shapleyChecked(game, options));
}

function shapleyChecked(game: CoalitionGame, options: ShapleyOptions): ShapleyResult {
  const { g, exactUpTo, samples, confidence, seed } = checked(() => {
    const g = checkGame(game, MAX_PLAYERS);
    const o = optionsOf(options, ['options']);
    const exactUpTo = Math.min(wholeOption(o, 'exactUpTo', 20, 0), MAX_EXACT);
    const samples = wholeOption(o, 'samples', 2000, 1);
    const seed = o.seed === undefined ? 1 : o.seed;
    if (!isNumberFrom(seed, -Infinity)) fail(issue('number_invalid', ['options', 'seed'], received(seed)));
    const confidence = o.confidence === undefined ? 0.95 : o.confidence;
    if (!isNumberFrom(confidence, 0, true)) fail(numberIssue(confidence, ['options', 'confidence'], 0, true));
    if (confidence >= 1) fail(boundIssue('too_big', confidence, ['options', 'confidence'], 1, false));
    return { g, exactUpTo, samples, confidence, seed };
  });
  return shapleyOf(g, exactUpTo, samples, seed, confidence);
}

function shapleyOf(g: CheckedGame, exactUpTo: number, samples: number, seed: number, confidence: number): ShapleyResult {
  const n = g.n;
  if (n <= exactUpTo) return { values: exactShapley(n, allValues(g)), exact: true };
  const rnd = random(seed);
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
    let previous = valueOf(g, members);
    for (const p of order) {
      members[p] = 1;
      const current = valueOf(g, members);
      const marginal = current - previous;
      sum[p]! += marginal;
      sumSq[p]! += marginal * marginal;
      previous = current;
    }
  }
  // Simultaneous intervals for all players (Bonferroni).
  const z = quantile(1 - (1 - confidence) / (2 * n));
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

/** The allocation, each part read once into a copy, checked. */
function checkAllocation(allocation: unknown, n: number): number[] {
  checkList(allocation, ['allocation']);
  const length = allocation.length;
  if (length !== n) fail(issue('allocation_length', ['allocation'], { count: length, limit: n }));
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const x = allocation[i];
    if (!Number.isFinite(x)) fail(issue('number_invalid', ['allocation', i], received(x)));
    out[i] = x as number;
  }
  return out;
}

function toleranceOf(o: Record<string, unknown>, fallback: number): number {
  const tol = o.tolerance === undefined ? fallback : o.tolerance;
  if (!isNumberFrom(tol, 0)) fail(numberIssue(tol, ['options', 'tolerance'], 0));
  return tol;
}

/**
 * Whether an allocation is in the core: it gives the whole group its value,
 * and no sub-group would get more on its own. Names the coalition with the
 * largest excess when there is one. Exact, by every coalition, for games up
 * to `exactUpTo` players (default 20, at most 26); larger games are refused
 * (a sampled check can only prove an allocation is not in the core). `tolerance` (default 1e-6) is the largest excess
 * ignored, e.g. for rounding to cents.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue
 * `core_check_too_large` above `exactUpTo` players, `allocation_length` when
 * the allocation does not have one part per player, or an issue of the game
 * or of an option.
 *
 * @example
 * ```ts
 * const r = checkCore(game, [500, 50, 50]);
 * r.inCore;            // false
 * r.blocking?.members; // [1, 2]: firms 1 and 2 save 300 together, but get 100
 * ```
 */
export function checkCore(
  game: CoalitionGame,
  allocation: readonly number[],
  options: { tolerance?: number; exactUpTo?: number } = {},
): { inCore: boolean; efficient: boolean; blocking?: BlockingCoalition } {
  return guarded(undefined, () => {
    const { g, parts, tol } = checked(() => {
      const g = checkGame(game, MAX_PLAYERS);
      const parts = checkAllocation(allocation, g.n);
      const o = optionsOf(options, ['options']);
      const tol = toleranceOf(o, 1e-6);
      const limit = Math.min(wholeOption(o, 'exactUpTo', 20, 0), MAX_EXACT);
      if (g.n > limit) fail(issue('core_check_too_large', ['game', 'size'], { count: g.n, limit }));
      return { g, parts, tol };
    });
    return exactCore(g.n, allValues(g), parts, tol);
  });
}

/** The exact core check over every coalition's value (no checks of its arguments). @internal */
export function exactCore(
  n: number,
  v: Float64Array,
  allocation: readonly number[],
  tol: number,
): { inCore: boolean; efficient: boolean; blocking?: BlockingCoalition } {
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

/** Coalitions drawn for a sampled core check, with their values. @internal */
export interface CoalitionSample {
  /** The members of each coalition checked. */
  members: Int32Array[];
  values: Float64Array;
  /** The value of the whole group. */
  grand: number;
}

/**
 * Draws the coalitions of a sampled core check: every single player, every
 * group of all players but one, and `count` random coalitions of a random
 * size (seeded, repeatable). For the library's own games (no checks).
 *
 * @internal
 */
export function sampleCoalitions(g: CheckedGame, count: number, seed: number): CoalitionSample {
  const n = g.n;
  const rnd = random(seed);
  const members: Int32Array[] = [];
  const mask = new Uint8Array(n);
  const values: number[] = [];
  const grand = ((): number => {
    mask.fill(1);
    const grand = valueOf(g, mask);
    mask.fill(0);
    for (let i = 0; i < n; i++) {
      mask[i] = 1;
      members.push(Int32Array.of(i));
      values.push(valueOf(g, mask));
      mask[i] = 0;
    }
    if (n > 2) {
      mask.fill(1);
      for (let i = 0; i < n; i++) {
        mask[i] = 0;
        const m = new Int32Array(n - 1);
        for (let j = 0, k = 0; j < n; j++) if (j !== i) m[k++] = j;
        members.push(m);
        values.push(valueOf(g, mask));
        mask[i] = 1;
      }
    }
    if (n > 3) {
      // Sizes 2 to n - 2, uniformly; members by a partial shuffle.
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let c = 0; c < count; c++) {
        const size = 2 + Math.floor(rnd() * (n - 3));
        for (let i = 0; i < size; i++) {
          const j = i + Math.floor(rnd() * (n - i));
          const t = pool[i]!;
          pool[i] = pool[j]!;
          pool[j] = t;
        }
        const m = Int32Array.from(pool.slice(0, size)).sort();
        mask.fill(0);
        for (const i of m) mask[i] = 1;
        members.push(m);
        values.push(valueOf(g, mask));
      }
    }
    return grand;
  })();
  return { members, values: Float64Array.from(values), grand };
}

/** The verdict of a sampled core check. */
export interface SampledCoreResult {
  /**
   * `false` when a coalition checked would do better on its own (named in
   * `blocking`: a real proof) or the allocation does not give out the whole
   * value; `undefined` when none was found, which proves nothing (sampling
   * never says `true`).
   */
  inCore: false | undefined;
  efficient: boolean;
  blocking?: BlockingCoalition;
  /** How many coalitions were checked. */
  coalitions: number;
}

/** Checks an allocation against sampled coalitions (no checks of its arguments). @internal */
export function blockingIn(sample: CoalitionSample, allocation: readonly number[], tol: number): SampledCoreResult {
  let total = 0;
  for (const x of allocation) total += x;
  const efficient = Math.abs(total - sample.grand) <= tol;
  let best = -1;
  let bestExcess = tol;
  let bestAllocated = 0;
  for (let c = 0; c < sample.members.length; c++) {
    let allocated = 0;
    for (const i of sample.members[c]!) allocated += allocation[i]!;
    const excess = sample.values[c]! - allocated;
    if (excess > bestExcess) (best = c), (bestExcess = excess), (bestAllocated = allocated);
  }
  const coalitions = sample.members.length;
  if (best < 0) return { inCore: efficient ? undefined : false, efficient, coalitions };
  return {
    inCore: false,
    efficient,
    blocking: { members: [...sample.members[best]!], value: sample.values[best]!, allocated: bestAllocated, excess: bestExcess },
    coalitions,
  };
}

/**
 * A core check for games too large to list every coalition: it checks every
 * single player, every group of all players but one, and `coalitions` random
 * coalitions (default 10,000; seeded by `seed`, default 1, so the check can
 * be repeated). A blocking coalition found is a real proof that the
 * allocation is not in the core (`inCore: false`, with the coalition of the
 * largest excess among those checked); finding none proves nothing, so the
 * verdict is then `undefined`, never `true`.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue
 * `allocation_length`, or an issue of the game or of an option.
 *
 * @example
 * ```ts
 * // 30 firms; firm 0 alone would save 1,000, the equal split gives it 43.
 * const game = { size: 30, value: (m: Uint8Array) => (m[0] ? 1000 + 10 * (m.reduce((a, b) => a + b, 0) - 1) : 0) };
 * const r = sampledCoreCheck(game, new Array(30).fill(1290 / 30));
 * r.inCore;            // false
 * r.blocking?.members; // [0]
 * ```
 */
export function sampledCoreCheck(
  game: CoalitionGame,
  allocation: readonly number[],
  options: { tolerance?: number; coalitions?: number; seed?: number } = {},
): SampledCoreResult {
  return guarded(undefined, () => {
    const { g, parts, tol, count, seed } = checked(() => {
      const g = checkGame(game, MAX_PLAYERS);
      const parts = checkAllocation(allocation, g.n);
      const o = optionsOf(options, ['options']);
      const tol = toleranceOf(o, 1e-6);
      const count = wholeOption(o, 'coalitions', 10_000, 0, 10_000_000);
      const seed = o.seed === undefined ? 1 : o.seed;
      if (!isNumberFrom(seed, -Infinity)) fail(issue('number_invalid', ['options', 'seed'], received(seed)));
      return { g, parts, tol, count, seed };
    });
    return blockingIn(sampleCoalitions(g, count, seed), parts, tol);
  });
}

/** A game the library built itself, without checks. @internal */
export function gameOf(game: CoalitionGame): CheckedGame {
  return { n: game.size, game, value: game.value, own: true };
}

/** The Shapley value of a game the library built itself (no checks), with the default options. @internal */
export function shapleyOfGame(g: CheckedGame): ShapleyResult {
  return shapleyOf(g, 20, 2000, 1, 0.95);
}

/** Every coalition's value of a game the library built itself (no checks). @internal */
export function valuesOfGame(g: CheckedGame): Float64Array {
  return allValues(g);
}

/** The exact Shapley value from every coalition's value. @internal */
export function shapleyOfValues(n: number, v: Float64Array): number[] {
  return exactShapley(n, v);
}

export type { CheckedGame };
