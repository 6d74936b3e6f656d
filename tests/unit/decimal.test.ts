import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { add, compare, div, fraction, mul, sub, toNumber, type Fraction } from '../../src/model/decimal.js';

/** A reference rational of big integers, written independently of the library's. */
type R = { n: bigint; d: bigint };
const ref = (f: Fraction): R => ({ n: BigInt(f.n), d: BigInt(f.d) });
const same = (a: R, b: R) => a.n * b.d === b.n * a.d;
/** The decimal text of a number, read digit by digit. */
function fromText(x: number): R {
  const [mantissa, exp = '0'] = x.toExponential().split('e');
  const [int, frac = ''] = mantissa!.split('.');
  const digits = BigInt(`${int}${frac}`);
  const places = frac.length - Number(exp);
  return places >= 0 ? { n: digits, d: 10n ** BigInt(places) } : { n: digits * 10n ** BigInt(-places), d: 1n };
}

const decimal = fc.oneof(
  fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }).map((n) => n / 1_000_000),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
);

describe('exact fractions of the decimals people write', () => {
  it('reads a number as the decimal it is written as: 0.1 is 1/10, 1.9 is 19/10, 1e-7 is 1/10,000,000', () => {
    assert.ok(same(ref(fraction(0.1)), { n: 1n, d: 10n }));
    assert.ok(same(ref(fraction(1.9)), { n: 19n, d: 10n }));
    assert.ok(same(ref(fraction(1e-7)), { n: 1n, d: 10_000_000n }));
    assert.ok(same(ref(fraction(57.99999999999999)), { n: 5_799_999_999_999_999n, d: 100_000_000_000_000n }));
  });

  it('property: fraction(x) is the decimal text of x', () => {
    fc.assert(fc.property(decimal, (x) => same(ref(fraction(x)), fromText(x))), { numRuns: 5000 });
  });

  it('property: add, sub, mul, div and compare agree with big-integer arithmetic, whether the parts stay small or not', () => {
    fc.assert(
      fc.property(decimal, decimal, (x, y) => {
        const a = fraction(x);
        const b = fraction(y);
        const p = fromText(x);
        const q = fromText(y);
        assert.ok(same(ref(add(a, b)), { n: p.n * q.d + q.n * p.d, d: p.d * q.d }));
        assert.ok(same(ref(sub(a, b)), { n: p.n * q.d - q.n * p.d, d: p.d * q.d }));
        assert.ok(same(ref(mul(a, b)), { n: p.n * q.n, d: p.d * q.d }));
        if (q.n !== 0n) {
          const quotient = ref(div(a, b));
          assert.ok(quotient.d > 0n, 'denominators stay positive');
          assert.ok(same(quotient, { n: p.n * q.d, d: p.d * q.n }));
        }
        const l = p.n * q.d;
        const r = q.n * p.d;
        assert.equal(compare(a, b), l < r ? -1 : l > r ? 1 : 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('property: toNumber of a decimal read exactly gives the number back', () => {
    fc.assert(fc.property(decimal, (x) => Object.is(toNumber(fraction(x)), x === 0 ? 0 : x)), { numRuns: 5000 });
  });

  it('toNumber rounds once: 580,000 x 100 / 1,000,000 is 58 and 19 / 40 is 0.475', () => {
    assert.equal(toNumber(div(mul(fraction(580_000), fraction(100)), fraction(1_000_000))), 58);
    assert.equal(toNumber(div(fraction(1.9), fraction(4))), 0.475);
  });
});
