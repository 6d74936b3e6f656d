import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkCodiceFiscale,
  checkPartitaIva,
  isValidCodiceFiscale,
  isValidPartitaIva,
  normalizeCodiceFiscale,
  normalizePartitaIva,
  readCodiceFiscale,
} from '../../src/index.js';
import { codiceFiscaleCheckChar, partitaIvaCheckDigit } from '../../src/enrolment/identifiers.js';
import { sampleRecordJson } from './load-sample.js';

describe('partita IVA', () => {
  it('accepts the rule-book example 00743110157 (worked Luhn sum)', () => {
    // digits 0 0 7 4 3 1 1 0 1 5 7; even positions doubled (minus 9 above 9):
    // 0 + 0 + 7 + 8 + 3 + 2 + 1 + 0 + 1 + (10-9=1) + 7 = 30, divisible by 10.
    assert.equal(isValidPartitaIva('00743110157'), true);
    assert.equal(partitaIvaCheckDigit('0074311015'), '7');
  });

  it('accepts it with spaces, dashes, dots and an IT prefix in any case', () => {
    for (const s of ['IT00743110157', 'it 007 431 101 57', '007-431-101-57', ' 00743110157 ', 'It.00743110157']) {
      assert.equal(isValidPartitaIva(s), true, s);
      assert.equal(normalizePartitaIva(s), '00743110157');
    }
  });

  it('says what is wrong', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['0074311015', 'length'],
      ['007431101570', 'length'],
      ['0074311O157', 'characters'],
      ['00000000000', 'company_number'],
      ['00000001236', 'company_number'],
      ['12345671016', 'office_code'], // office 101
      ['12345672000', 'office_code'], // office 200
      ['00743110158', 'check_digit'],
    ];
    for (const [input, problem] of cases) {
      const r = checkPartitaIva(input);
      assert.equal(r.valid, false, input);
      assert.equal(r.problem, problem, input);
      assert.ok(r.message!.it.length > 0 && r.message!.en.length > 0);
    }
  });

  it('accepts the special office codes 120, 121, 888 and 999', () => {
    for (const office of ['120', '121', '888', '999', '001', '100']) {
      const first10 = `1234567${office}`;
      assert.equal(isValidPartitaIva(first10 + partitaIvaCheckDigit(first10)), true, office);
    }
  });

  it('accepts every partita IVA of the sample record', () => {
    const record = sampleRecordJson();
    for (const e of record.events) if (typeof e.firm === 'string') assert.ok(isValidPartitaIva(e.firm), e.firm as string);
  });

  const validPiva = fc
    .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 100 }))
    .map(([company, office]) => {
      const first10 = String(company).padStart(7, '0') + String(office).padStart(3, '0');
      return first10 + partitaIvaCheckDigit(first10);
    });

  it('property: normalising is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizePartitaIva(normalizePartitaIva(s)) === normalizePartitaIva(s)));
    fc.assert(fc.property(validPiva, (p) => normalizePartitaIva(`IT ${p.slice(0, 5)} ${p.slice(5)}`) === p));
  });

  it('property: a valid partita IVA with one digit changed is rejected', () => {
    fc.assert(
      fc.property(validPiva, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (p, at, delta) => {
        assert.equal(isValidPartitaIva(p), true);
        const changed = p.slice(0, at) + String((Number(p[at]) + delta) % 10) + p.slice(at + 1);
        assert.equal(isValidPartitaIva(changed), false, `${p} -> ${changed}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('codice fiscale', () => {
  it('accepts the rule-book example RCCMNL83S18D969H (worked check character)', () => {
    // Odd positions R C N 8 S 8 9 9 -> 8 + 5 + 20 + 19 + 12 + 19 + 21 + 21 = 125
    // Even positions C M L 3 1 D 6 -> 2 + 12 + 11 + 3 + 1 + 3 + 6 = 38
    // (125 + 38) mod 26 = 163 mod 26 = 7 -> 'H'
    assert.equal(codiceFiscaleCheckChar('RCCMNL83S18D969'), 'H');
    assert.equal(isValidCodiceFiscale('RCCMNL83S18D969H'), true);
    assert.deepEqual(readCodiceFiscale('RCCMNL83S18D969H'), { year: 83, month: 11, day: 18, sex: 'M', place: 'D969' });
  });

  it('accepts omocodic codes and decodes them before reading the birth date', () => {
    // Position 15 '9' -> 'V': odd value 21 -> 10, sum 163 - 11 = 152, 152 mod 26 = 22 -> 'W'.
    assert.equal(isValidCodiceFiscale('RCCMNL83S18D96VW'), true);
    assert.equal(isValidCodiceFiscale('RCCMNL83S18D9SVI'), true);
    assert.equal(isValidCodiceFiscale('RCCMNLUPSMUDVSVO'), true);
    assert.deepEqual(readCodiceFiscale('RCCMNLUPSMUDVSVO'), { year: 83, month: 11, day: 18, sex: 'M', place: 'D969' });
  });

  it('reads a woman\'s code (day + 40)', () => {
    assert.equal(isValidCodiceFiscale('BNCLRA85E52F205Z'), true);
    assert.deepEqual(readCodiceFiscale('bnclra85e52f205z'), { year: 85, month: 5, day: 12, sex: 'F', place: 'F205' });
  });

  it('accepts a company\'s 11-digit code', () => {
    assert.equal(isValidCodiceFiscale('00743110157'), true);
    assert.equal(checkCodiceFiscale('00743110158').problem, 'check_digit');
  });

  it('says what is wrong', () => {
    const withCheck = (first15: string) => first15 + codiceFiscaleCheckChar(first15);
    const cases: [string, string][] = [
      ['', 'empty'],
      ['RCCMNL83S18D969', 'length'],
      ['RCCMNL83S18D969HX', 'length'],
      ['RCCMNL83Z18D969H', 'characters'], // Z is not a month letter
      ['RCCMNL83S18D969A', 'check_digit'],
      [withCheck('RCCMNL83B30D969'), 'birth_date'], // 30 February
      [withCheck('RCCMNL83S32D969'), 'birth_date'], // day 32
      [withCheck('RCCMNL83S00D969'), 'birth_date'], // day 0
      [withCheck('RCCMNL83D31D969'), 'birth_date'], // 31 April
      [withCheck('RCCMNL83B69D969'), 'birth_date'], // 29 February 1983 (woman)
    ];
    for (const [input, problem] of cases) {
      const r = checkCodiceFiscale(input);
      assert.equal(r.problem, problem, input);
      assert.equal(r.valid, false);
    }
    assert.equal(isValidCodiceFiscale(withCheck('RCCMNL84B69D969')), true, '29 February 1984 exists');
  });

  it('property: normalising is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeCodiceFiscale(normalizeCodiceFiscale(s)) === normalizeCodiceFiscale(s)));
  });

  it('property: a valid code with one digit changed is rejected', () => {
    const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const valid = fc
      .tuple(
        fc.array(letters, { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...'ABCDEHLMPRST'.split('')),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        letters,
        fc.array(digit, { minLength: 3, maxLength: 3 }),
      )
      .map(([name, yy, month, day, female, placeLetter, place]) => {
        const first15 = `${name.join('')}${String(yy).padStart(2, '0')}${month}${String(female ? day + 40 : day).padStart(2, '0')}${placeLetter}${place.join('')}`;
        return first15 + codiceFiscaleCheckChar(first15);
      });
    const digitPositions = [6, 7, 9, 10, 12, 13, 14];
    fc.assert(
      fc.property(valid, fc.constantFrom(...digitPositions), fc.integer({ min: 1, max: 9 }), (cf, at, delta) => {
        assert.equal(isValidCodiceFiscale(cf), true, cf);
        const changed = cf.slice(0, at) + String((Number(cf[at]) + delta) % 10) + cf.slice(at + 1);
        assert.equal(isValidCodiceFiscale(changed), false, `${cf} -> ${changed}`);
      }),
      { numRuns: 2000 },
    );
  });
});
