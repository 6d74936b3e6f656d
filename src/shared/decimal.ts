/**
 * Exact arithmetic on the decimals people write. A number such as `0.95` or
 * `1.9` is read as the decimal it is written as (its shortest round-trip
 * form), not as the nearest binary double, and kept as a fraction of big
 * integers. Evaluation compares statuses with these fractions, so `1.9 / 4`
 * at half time is exactly `0.95` of what was expected, and converts a result
 * to a number only once, at the end (580,000 / 1,000,000 on a percentage
 * scale is exactly 58).
 */

/** An exact fraction `n / d` with `d > 0`. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[k]!;
}

const SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

const INT_CACHE = new Map<number, Fraction>();

/**
 * The decimal a finite number is written as, as a fraction. Integers that
 * are safe are the common case and cost no string work.
 */
export function fraction(x: number): Fraction {
  if (Number.isSafeInteger(x)) {
    if (x >= -64 && x <= 64) {
      let f = INT_CACHE.get(x);
      if (!f) {
        f = { n: BigInt(x), d: 1n };
        INT_CACHE.set(x, f);
      }
      return f;
    }
    return { n: BigInt(x), d: 1n };
  }
  if (!Number.isFinite(x)) throw new RangeError('not a finite number');
  // Most figures have a few decimals: find the fewest that read back as x.
  for (let k = 1; k <= 6; k++) {
    const m = Math.round(x * SCALES[k]!);
    if (Math.abs(m) > Number.MAX_SAFE_INTEGER) break;
    if (m / SCALES[k]! === x) return { n: BigInt(m), d: pow10(k) };
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
export function ratio(n: number | bigint, d: number | bigint): Fraction {
  const bn = BigInt(n);
  const bd = BigInt(d);
  return bd < 0n ? { n: -bn, d: -bd } : { n: bn, d: bd };
}

export const ZERO: Fraction = { n: 0n, d: 1n };
export const ONE: Fraction = { n: 1n, d: 1n };

export function add(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`; `b` must not be zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.n === 0n;
}

export function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) >= 0 ? a : b;
}

export function clampFraction(x: Fraction, lo: Fraction, hi: Fraction): Fraction {
  return compare(x, lo) < 0 ? lo : compare(x, hi) > 0 ? hi : x;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const LIMIT = 2n ** 53n;

/**
 * The number nearest to the fraction. Exact when the reduced fraction's
 * parts are safe integers (the division of two exact doubles rounds once);
 * otherwise rounded from 17 significant digits.
 */
export function toNumber(a: Fraction): number {
  if (a.d === 1n) return Number(a.n);
  let { n, d } = a;
  const abs = n < 0n ? -n : n;
  if (abs >= LIMIT || d >= LIMIT) {
    const g = gcd(n, d);
    if (g > 1n) {
      n /= g;
      d /= g;
    }
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
