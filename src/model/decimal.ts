/**
 * Exact arithmetic on the decimals people write. A number such as `0.95` or
 * `1.9` is read as the decimal it is written as (its shortest round-trip
 * form), not as the nearest binary double, and kept as a fraction. Evaluation
 * compares statuses with these fractions, so `1.9 / 4` at half time is exactly
 * `0.95` of what was expected, and converts a result to a number only once, at
 * the end (580,000 / 1,000,000 on a percentage scale is exactly 58).
 *
 * A fraction's parts are plain numbers while they are safe integers (the
 * common case, and fast), and big integers once they would not be.
 */

/** An exact fraction `n / d` with `d > 0`: both parts numbers (safe integers) or both big integers. */
export type Fraction = { readonly n: number; readonly d: number } | { readonly n: bigint; readonly d: bigint };

type Big = { readonly n: bigint; readonly d: bigint };
type Small = { readonly n: number; readonly d: number };

const isSmall = (f: Fraction): f is Small => typeof f.n === 'number';
const big = (f: Fraction): Big => (isSmall(f) ? { n: BigInt(f.n), d: BigInt(f.d) } : f);
const safe = Number.isSafeInteger;

const SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[k]!;
}

function gcdSmall(a: number, b: number): number {
  a = Math.abs(a);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** A small fraction, reduced when its denominator grows, so that sums of many stay small. */
function small(n: number, d: number): Small {
  if (d > 1_000_000 && n !== 0) {
    const g = gcdSmall(n, d);
    if (g > 1) return { n: n / g, d: d / g };
  }
  return n === 0 ? ZERO_SMALL : { n, d };
}

const ZERO_SMALL: Small = { n: 0, d: 1 };
export const ZERO: Fraction = ZERO_SMALL;
export const ONE: Fraction = { n: 1, d: 1 };

/**
 * The decimal a finite number is written as, as a fraction. Integers and
 * numbers with up to 6 decimals cost no string work.
 */
export function fraction(x: number): Fraction {
  if (x === 0) return ZERO; // -0 too
  if (safe(x)) return { n: x, d: 1 };
  if (!Number.isFinite(x)) throw new RangeError('not a finite number');
  // Most figures have a few decimals: find the fewest that read back as x.
  for (let k = 1; k <= 6; k++) {
    const m = Math.round(x * SCALES[k]!);
    if (!safe(m)) break;
    if (m / SCALES[k]! === x) return small(m, SCALES[k]!);
  }
  // The shortest decimal that reads back as x: mantissa digits and exponent.
  const s = x.toExponential();
  const e = s.indexOf('e');
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const decimals = (dot < 0 ? 0 : mantissa.length - dot - 1) - exp;
  const n = BigInt(digits);
  return decimals > 0 ? { n, d: pow10(decimals) } : { n: n * pow10(-decimals), d: 1n };
}

/** A fraction of two integers (`d` non-zero). */
export function ratio(n: number, d: number): Fraction {
  if (safe(n) && safe(d)) return d < 0 ? small(-n, -d) : small(n, d);
  const bn = BigInt(n);
  const bd = BigInt(d);
  return bd < 0n ? { n: -bn, d: -bd } : { n: bn, d: bd };
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (isSmall(a) && isSmall(b)) {
    if (a.d === b.d) {
      const n = a.n + b.n;
      if (safe(n)) return small(n, a.d);
    } else {
      const x = a.n * b.d;
      const y = b.n * a.d;
      const d = a.d * b.d;
      if (safe(x) && safe(y) && safe(d) && safe(x + y)) return small(x + y, d);
    }
  }
  const p = big(a);
  const q = big(b);
  return p.d === q.d ? { n: p.n + q.n, d: p.d } : { n: p.n * q.d + q.n * p.d, d: p.d * q.d };
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, neg(b));
}

function neg(a: Fraction): Fraction {
  return isSmall(a) ? { n: -a.n, d: a.d } : { n: -a.n, d: a.d };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  if (isSmall(a) && isSmall(b)) {
    const n = a.n * b.n;
    const d = a.d * b.d;
    if (safe(n) && safe(d)) return small(n, d);
  }
  const p = big(a);
  const q = big(b);
  return { n: p.n * q.n, d: p.d * q.d };
}

/** `a / b`; `b` must not be zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (isZero(b)) throw new RangeError('division by zero');
  if (isSmall(a) && isSmall(b)) {
    const n = a.n * b.d;
    const d = a.d * b.n;
    if (safe(n) && safe(d)) return d < 0 ? small(-n, -d) : small(n, d);
  }
  const p = big(a);
  const q = big(b);
  return q.n < 0n ? { n: -p.n * q.d, d: p.d * -q.n } : { n: p.n * q.d, d: p.d * q.n };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  if (isSmall(a) && isSmall(b)) {
    const l = a.n * b.d;
    const r = b.n * a.d;
    if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const p = big(a);
  const q = big(b);
  const l = p.n * q.d;
  const r = q.n * p.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.n === 0 || a.n === 0n;
}

/** Whether the fraction is below zero. */
export function isNegative(a: Fraction): boolean {
  return a.n < 0;
}

/** The absolute value. */
export function abs(a: Fraction): Fraction {
  return isNegative(a) ? neg(a) : a;
}

export function clampFraction(x: Fraction, lo: Fraction, hi: Fraction): Fraction {
  return compare(x, lo) < 0 ? lo : compare(x, hi) > 0 ? hi : x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const LIMIT = 2n ** 53n;

/**
 * The number nearest to the fraction. Exact when the reduced fraction's
 * parts are safe integers (the division of two exact doubles rounds once);
 * otherwise rounded from 20 significant digits.
 */
export function toNumber(a: Fraction): number {
  if (isSmall(a)) return a.d === 1 ? a.n : a.n / a.d;
  let { n, d } = a;
  if (d === 1n) return Number(n);
  const g = gcdBig(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  const absn = n < 0n ? -n : n;
  if (absn < LIMIT && d < LIMIT) return Number(n) / Number(d);
  if (n === 0n) return 0;
  // Scale so that the integer quotient carries 20 digits, then let the
  // decimal reader round it once.
  const digits = absn.toString().length - d.toString().length;
  const shift = 20 - digits;
  const q = shift >= 0 ? (absn * pow10(shift)) / d : absn / (d * pow10(-shift));
  const value = Number(`${q}e${-shift}`);
  return n < 0n ? -value : value;
}
