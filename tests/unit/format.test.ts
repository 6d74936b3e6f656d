import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatCents,
  formatDate,
  formatDateWith,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatProvinces,
  mechnetDefinition,
  agrifoodCuneoDefinition,
  MechnetError,
  readEuros,
  readNumber,
  type DatePreposition,
} from '../../src/index.js';

/** The minus sign of display text. */
const MINUS = '\u2212';

// These run under every time zone of the test matrix: a calendar date must
// never move by a day.
describe(`formatting (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('writes calendar dates without shifting them, at year and month ends too', () => {
    assert.equal(formatDate('2010-03-01', { lang: 'it' }), '1º marzo 2010');
    assert.equal(formatDate('2010-03-01', { lang: 'en' }), '1 March 2010');
    assert.equal(formatDate('2011-12-31', { lang: 'it' }), '31 dicembre 2011');
    assert.equal(formatDate('2012-02-29', { lang: 'en' }), '29 February 2012');
    assert.equal(formatDate('2010-01-01', { lang: 'it', style: 'short' }), '01/01/2010');
  });

  it('refuses text that is not a date with a MechnetError naming the argument', () => {
    assert.throws(
      () => formatDate('soon', { lang: 'it' }),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'invalid_date' && e.issues[0]!.path[0] === 'isoDate',
    );
  });

  it('writes cents as euros in each language', () => {
    assert.equal(formatCents(820_000_000, { lang: 'it' }).replace(/\s/g, ' '), '8.200.000,00 €');
    assert.equal(formatCents(820_000_000, { lang: 'en' }), '€8,200,000.00');
    assert.equal(formatCents(5, { lang: 'en' }), '€0.05');
    assert.equal(formatCents(-12_345, { lang: 'it' }).replace(/\s/g, ' '), `${MINUS}123,45 €`);
    assert.equal(formatCents(123_456, { lang: 'en', fraction: false }), '€1,235');
  });

  it('writes numbers in each language', () => {
    assert.equal(formatNumber(1234.5, { lang: 'it' }), '1.234,5');
    assert.equal(formatNumber(12345.678, { lang: 'it' }), '12.345,68');
    assert.equal(formatNumber(12345.678, { lang: 'en', maximumFractionDigits: 1 }), '12,345.7');
  });

  it('groups Italian thousands always, below ten thousand too: one number format per column', () => {
    const sp = (s: string) => s.replace(/\s/g, ' ');
    assert.equal(sp(formatCents(994_000, { lang: 'it' })), '9.940,00 €');
    assert.equal(sp(formatCents(2_431_000, { lang: 'it' })), '24.310,00 €');
    assert.equal(sp(formatCents(-450_000, { lang: 'it' })), `${MINUS}4.500,00 €`);
    assert.equal(sp(formatCents(123_456, { lang: 'it', fraction: false })), '1.235 €');
    assert.equal(formatNumber(9940, { lang: 'it' }), '9.940');
    assert.equal(formatNumber(1000.5, { lang: 'it' }), '1.000,5');
    assert.equal(formatNumber(999, { lang: 'it' }), '999');
    assert.equal(formatPercent(12.5, { lang: 'it' }), '1.250%');
    assert.equal(formatPercent(12.5, { lang: 'en' }), '1,250%');
  });

  it('rounds percentages half away from zero on the decimal value, never on the binary double', () => {
    assert.equal(formatPercent(0.475, { lang: 'it' }), '48%');
    assert.equal(formatPercent(0.575, { lang: 'en' }), '58%');
    assert.equal(formatPercent(0.285, { lang: 'it' }), '29%');
    assert.equal(formatPercent(0.005, { lang: 'it', digits: 1 }), '0,5%');
    assert.equal(formatPercent(0.0005, { lang: 'it', digits: 1 }), '0,1%');
    assert.equal(formatPercent(0.00049, { lang: 'it', digits: 1 }), '0%');
    assert.equal(formatPercent(1.0005, { lang: 'en', digits: 1 }), '100.1%');
    assert.equal(formatPercent(0.995, { lang: 'it' }), '100%');
    assert.equal(formatPercent(9.995, { lang: 'it' }), '1.000%');
    assert.equal(formatPercent(1e-7, { lang: 'it' }), '0%');
  });

  it('rounds negative percentages away from zero, and a value that rounds to zero has no sign', () => {
    assert.equal(formatPercent(-0.475, { lang: 'it' }), `${MINUS}48%`);
    assert.equal(formatPercent(-0.0005, { lang: 'en', digits: 1 }), `${MINUS}0.1%`);
    assert.equal(formatPercent(-0.004, { lang: 'it' }), '0%');
    assert.equal(formatPercent(-0, { lang: 'it' }), '0%');
    assert.equal(formatNumber(-0.001, { lang: 'it' }), '0');
    assert.equal(formatNumber(-2.675, { lang: 'en' }), `${MINUS}2.68`);
  });

  it('writes a value already in percent in the same percent style', () => {
    assert.equal(formatPercentValue(3.8, { lang: 'it' }), '3,8%');
    assert.equal(formatPercentValue(60, { lang: 'it' }), formatPercent(0.6, { lang: 'it' }));
    assert.equal(formatPercentValue(1.08, { lang: 'en' }), '1.08%');
    assert.equal(formatPercentValue(1.005, { lang: 'it' }), '1,01%');
    assert.equal(formatPercentValue(0.125, { lang: 'it', digits: 1 }), '0,1%');
  });
});

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe(`dates in sentences: formatDateWith (TZ=${process.env.TZ ?? 'default'})`, () => {
  it('writes the first day of every month as the ordinal 1º in Italian, in dates and in sentences, and 1 in English', () => {
    MONTHS_IT.forEach((month, i) => {
      assert.equal(formatDate(iso(2010, i + 1, 1)), `1º ${month} 2010`);
      assert.equal(formatDate(iso(2010, i + 1, 1), { lang: 'en' }), `1 ${MONTHS_EN[i]} 2010`);
      // 1º is read "primo": the article is not elided.
      assert.equal(formatDateWith(iso(2010, i + 1, 1), 'since'), `dal 1º ${month} 2010`);
      assert.equal(formatDate(iso(2010, i + 1, 2)), `2 ${month} 2010`);
    });
    assert.equal(formatDate('2010-03-01', { style: 'short' }), '01/03/2010');
  });

  it('elides the article before a day read with a vowel (8, otto; 11, undici), in every month, and only there', () => {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 28; d++) {
        const date = iso(2011, m, d);
        const text = formatDate(date);
        const vowel = d === 8 || d === 11;
        assert.equal(formatDateWith(date, 'since'), vowel ? `dall'${text}` : `dal ${text}`, date);
        assert.equal(formatDateWith(date, 'asOf'), vowel ? `all'${text}` : `al ${text}`, date);
      }
    }
    assert.equal(formatDateWith('2010-03-08', 'since'), "dall'8 marzo 2010");
    assert.equal(formatDateWith('2011-11-11', 'from'), "dall'11 novembre 2011");
    assert.equal(formatDateWith('2012-06-30', 'since'), 'dal 30 giugno 2012');
    assert.equal(formatDateWith('2012-06-18', 'since'), 'dal 18 giugno 2012');
    assert.equal(formatDateWith('2012-06-28', 'to'), 'al 28 giugno 2012');
  });

  it('says each preposition with its article in Italian, and in English', () => {
    const cases: [DatePreposition, string, string, string, string][] = [
      ['on', "l'8 marzo 2010", 'il 1º marzo 2010', 'il 30 giugno 2012', 'on 8 March 2010'],
      ['of', "dell'8 marzo 2010", 'del 1º marzo 2010', 'del 30 giugno 2012', 'of 8 March 2010'],
      ['from', "dall'8 marzo 2010", 'dal 1º marzo 2010', 'dal 30 giugno 2012', 'from 8 March 2010'],
      ['since', "dall'8 marzo 2010", 'dal 1º marzo 2010', 'dal 30 giugno 2012', 'since 8 March 2010'],
      ['to', "all'8 marzo 2010", 'al 1º marzo 2010', 'al 30 giugno 2012', 'to 8 March 2010'],
      ['asOf', "all'8 marzo 2010", 'al 1º marzo 2010', 'al 30 giugno 2012', 'as of 8 March 2010'],
      ['by', "entro l'8 marzo 2010", 'entro il 1º marzo 2010', 'entro il 30 giugno 2012', 'by 8 March 2010'],
    ];
    for (const [p, eight, first, last, english] of cases) {
      assert.equal(formatDateWith('2010-03-08', p), eight);
      assert.equal(formatDateWith('2010-03-01', p, { lang: 'it' }), first);
      assert.equal(formatDateWith('2012-06-30', p), last);
      assert.equal(formatDateWith('2010-03-08', p, { lang: 'en' }), english);
      assert.equal(formatDateWith('2011-03-11', p, { lang: 'en' }), english.replace('8 March 2010', '11 March 2011'));
    }
    // Year and month ends never move with the time zone.
    assert.equal(formatDateWith('2011-12-31', 'asOf'), 'al 31 dicembre 2011');
    assert.equal(formatDateWith('2012-02-29', 'on', { lang: 'en' }), 'on 29 February 2012');
  });

  it('refuses a date that is not one, and a preposition it does not know, with a MechnetError naming the argument', () => {
    assert.throws(() => formatDateWith('2011-02-30', 'on'), (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'invalid_date' && e.issues[0]!.path[0] === 'isoDate');
    assert.throws(() => formatDateWith('2011-02-03', 'after' as DatePreposition), (e: unknown) => e instanceof MechnetError && e.issues[0]!.path[0] === 'preposition');
  });
});

describe('money and signs in display text: one rule for every page', () => {
  it('writes every amount to the cent, whole euros included: the same decimals everywhere', () => {
    const sp = (s: string) => s.replace(/\s/g, ' ');
    assert.equal(sp(formatCents(19_927_500)), '199.275,00 €');
    assert.equal(sp(formatCents(15_197_500)), '151.975,00 €');
    assert.equal(formatCents(15_197_500, { lang: 'en' }), '€151,975.00');
    assert.equal(sp(formatCents(62.93)), '0,63 €');
    for (const cents of [0, 1, 99, 100, 450_000, 30_000_000, -346_500]) {
      assert.match(sp(formatCents(cents)), /,\d{2} €$/, String(cents));
      assert.match(formatCents(cents, { lang: 'en' }), /\.\d{2}$/, String(cents));
    }
  });

  it('writes a negative amount, number or percentage with the minus sign U+2212, never a hyphen', () => {
    const sp = (s: string) => s.replace(/\s/g, ' ');
    assert.equal(sp(formatCents(-346_500)), `${MINUS}3.465,00 €`);
    assert.equal(formatCents(-346_500, { lang: 'en' }), `${MINUS}€3,465.00`);
    assert.equal(formatCents(-123_456, { lang: 'en', fraction: false }), `${MINUS}€1,235`);
    assert.equal(formatNumber(-0.01925), `${MINUS}0,02`);
    assert.equal(formatPercentValue(-3.8), `${MINUS}3,8%`);
    for (const text of [formatCents(-1), formatNumber(-1234.5, { lang: 'en' }), formatPercent(-0.5)]) assert.doesNotMatch(text, /-/);
    // Zero has no sign, negative or not.
    assert.equal(sp(formatCents(-0)), '0,00 €');
    assert.equal(formatNumber(-0.001), '0');
  });

  it('reads back what it writes: the minus sign reads as a minus', () => {
    assert.equal(readNumber(formatNumber(-1234.5)), -1234.5);
    assert.equal(readEuros(formatCents(-346_500)), -346_500);
    assert.equal(readEuros(formatCents(-346_500, { lang: 'en' })), -346_500);
    assert.equal(readNumber(`${MINUS}3,5`), -3.5);
  });
});

describe('the words for a territory: formatProvinces', () => {
  it("names the definition's provinces, never more", () => {
    assert.equal(formatProvinces(mechnetDefinition.eligibility.territory.provinces), 'provincia di Varese');
    assert.equal(formatProvinces(agrifoodCuneoDefinition.eligibility.territory.provinces), 'province di Cuneo e Asti');
    assert.equal(formatProvinces(['VA'], { lang: 'en' }), 'province of Varese');
    assert.equal(formatProvinces(['CN', 'AT'], { lang: 'en' }), 'provinces of Cuneo and Asti');
    assert.equal(formatProvinces(['CO', 'LC', 'VA']), 'province di Como, Lecco e Varese');
    assert.equal(formatProvinces(['MI', 'TO'], { lang: 'en' }), 'provinces of Milan and Turin');
  });

  it('joins the article of a name: della Spezia, dell\'Aquila; ed before a name with e', () => {
    assert.equal(formatProvinces(['SP']), 'provincia della Spezia');
    assert.equal(formatProvinces(['AQ']), "provincia dell'Aquila");
    assert.equal(formatProvinces(['SP', 'GE']), 'province della Spezia e di Genova');
    assert.equal(formatProvinces(['CL', 'EN']), 'province di Caltanissetta ed Enna');
  });

  it('writes a code it does not know as it is, and refuses what is not a list of codes', () => {
    assert.equal(formatProvinces(['ZZ']), 'provincia di ZZ');
    for (const bad of [[], ['va'], 'VA', [1]]) {
      assert.throws(() => formatProvinces(bad as string[]), (e: unknown) => e instanceof MechnetError && e.issues[0]!.path[0] === 'codes', JSON.stringify(bad));
    }
  });
});
