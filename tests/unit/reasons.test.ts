import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkEligibility,
  type EnrolmentApplication,
  mechnetDefinition,
  reasonText,
} from '../../src/index.js';
import { clone, validApplication } from '../fixtures/sample.js';

const artisanRequired = { ...mechnetDefinition, eligibility: { ...mechnetDefinition.eligibility, artisan: 'required' as const } };
const artisanLimits = (edit: (a: EnrolmentApplication) => void) => {
  const a = clone(validApplication());
  edit(a);
  const reason = checkEligibility(artisanRequired, a).reasons.find((r) => r.code === 'artisan_limits');
  assert.ok(reason, 'the artisan limits are exceeded');
  return reason.messages;
};

describe('Italian grammar of the eligibility reasons: numbers agree with their nouns', () => {
  it('artisan limits: "1 apprendista", "2 apprendisti", and the limits written in the reason\'s words', () => {
    const one = artisanLimits((a) => {
      a.firm.staff = 20;
      a.firm.apprentices = 1;
    });
    assert.equal(
      one.it,
      "Con 20 addetti, di cui 1 apprendista, l'impresa supera i limiti dell'impresa artigiana (al massimo 18 addetti, o 22 se quelli in più sono apprendisti; legge 443/1985 art. 4)",
    );
    assert.equal(
      one.en,
      'With 20 employees, 1 apprentice among them, the firm exceeds the limits of an artisan firm (at most 18 employees, or 22 when the ones above are apprentices; Legge 443/1985 art. 4)',
    );
    const two = artisanLimits((a) => {
      a.firm.staff = 21;
      a.firm.apprentices = 2;
    });
    assert.match(two.it, /^Con 21 addetti, di cui 2 apprendisti, /);
    assert.match(two.en, /^With 21 employees, 2 apprentices among them, /);
    const none = artisanLimits((a) => {
      a.firm.staff = 19;
    });
    assert.match(none.it, /^Con 19 addetti l'impresa supera /);
  });

  it('artisan limits: one employee is "1 addetto", and a limit that apprentices do not raise is written once', () => {
    const t = reasonText('artisan_limits', { name: '1', count: 1, limit: 8, max: 8 });
    assert.equal(t.it, "Con 1 addetto l'impresa supera i limiti dell'impresa artigiana (al massimo 8 addetti; legge 443/1985 art. 4)");
    assert.equal(t.en, 'With 1 employee the firm exceeds the limits of an artisan firm (at most 8 employees; Legge 443/1985 art. 4)');
    assert.match(reasonText('artisan_limits', { count: 3, limit: 1 }).it, /al massimo 1 addetto;/);
  });

  it('capacity and waitlist: a programme with one place says so in the singular', () => {
    assert.equal(reasonText('capacity_full', { limit: 1 }).it, "L'unico posto del programma è occupato");
    assert.equal(reasonText('capacity_full', { limit: 13 }).it, 'I 13 posti del programma sono esauriti');
    assert.equal(reasonText('capacity_full', { limit: 1 }).en, "The programme's only place is taken");
    assert.equal(
      reasonText('waitlist', { limit: 1, name: '2' }).it,
      "L'unico posto del programma è occupato: la domanda va in lista d'attesa, posizione 2",
    );
    assert.match(reasonText('waitlist', { limit: 13, name: '1' }).en, /^All 13 places of the programme are taken: /);
  });

  it('no reason writes "1" before a plural noun', () => {
    const one = { name: '1', values: '1', other: '1', limit: 1, count: 1, part: 1, max: 1 };
    const plural = /\b1 (addetti|apprendisti|posti|dipendenti|cifre|caratteri|lettere|employees|apprentices|places|digits|characters|letters)\b/;
    for (const code of ['artisan_limits', 'capacity_full', 'waitlist'] as const) {
      const t = reasonText(code, one);
      assert.doesNotMatch(t.it, plural, `${code}: ${t.it}`);
      assert.doesNotMatch(t.en, plural, `${code}: ${t.en}`);
    }
  });
});
