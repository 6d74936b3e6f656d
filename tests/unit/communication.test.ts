/** The programme's messages (rule-book §13): the catalogues, the receipt, the escaping, and when a failed send is tried again. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailCatalogues, receiptMail } from '../../src/communication/compose.js';
import { htmlText } from '../../src/model/escape.js';
import { DEFAULT_BACKOFF_MS, nextAttemptAt, smtpSettings } from '../../src/server/sender.js';

const placeholders = (s: string) => [...s.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]).sort();

const facts = {
  programme: 'MechNet Varese',
  reference: 'MECHNET-VARESE-2010-0003',
  firm: 'Officina Rossi S.r.l.',
  contact: 'Anna Rossi',
  office: 'Ufficio MechNet',
  officeEmail: 'mechnet@va.camcom.it',
};

describe('the messages to firms', () => {
  it('every template has the same placeholders in Italian and English, and no markup of its own', () => {
    for (const [kind, words] of Object.entries(mailCatalogues.it)) {
      for (const [key, template] of Object.entries(words as Record<string, string>)) {
        const english = (mailCatalogues.en as unknown as Record<string, Record<string, string>>)[kind]![key]!;
        assert.deepEqual(placeholders(template), placeholders(english), `${kind}.${key}`);
        assert.doesNotMatch(template + english, /[<>&]/, `${kind}.${key}`);
      }
    }
  });

  it('the receipt names the reference in the subject, the text and the HTML, in the language asked, with every placeholder filled', () => {
    for (const lang of ['it', 'en'] as const) {
      const m = receiptMail({ ...facts, waitlistPosition: 2 }, { lang });
      assert.equal(m.language, lang);
      for (const part of [m.subject, m.text, m.html]) {
        assert.ok(part.includes('MECHNET-VARESE-2010-0003'));
        assert.doesNotMatch(part, /\{[a-z]+\}/);
      }
      assert.ok(m.html.includes(`<html lang="${lang}">`));
      assert.ok(m.text.includes('mechnet@va.camcom.it'));
      assert.match(m.text, lang === 'it' ? /lista d'attesa, al posto 2/ : /waiting list, in place 2/);
    }
    assert.match(receiptMail(facts).subject, /^Domanda ricevuta: /, 'Italian unless asked otherwise');
    assert.doesNotMatch(receiptMail(facts, { lang: 'en' }).text, /waiting list/, 'the waiting list only when the application is on it');
  });

  it('names from outside are text: escaped in HTML, on their line in the text, never a second subject line', () => {
    const m = receiptMail({ ...facts, firm: 'Rossi <img src=x onerror=alert(1)>\nBcc: x@evil.example', contact: 'Anna\u202eRossi' }, { lang: 'en' });
    assert.ok(!m.html.includes('<img'));
    assert.ok(m.html.includes('Rossi &lt;img src=x onerror=alert(1)&gt;\\nBcc: x@evil.example'));
    assert.ok(m.text.includes('Rossi <img src=x onerror=alert(1)>\\nBcc: x@evil.example'));
    assert.ok(!m.text.includes('\u202e'));
    assert.ok(!m.subject.includes('\n'));
  });

  it('htmlText writes markup, quotes and invisible characters as text', () => {
    assert.equal(htmlText('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
    assert.equal(htmlText(`Rossi & Figli "Meccanica" l'officina`), 'Rossi &amp; Figli &quot;Meccanica&quot; l&#39;officina');
    assert.equal(htmlText('Officina\u202eMüller'), 'Officina\\u202eMüller');
  });

  it('a failed send is tried again after 1 min, 5 min, 30 min, 2 h, then every 6 h', () => {
    const t = new Date('2026-12-07T10:00:00Z');
    const waits = [1, 2, 3, 4, 5, 6, 9].map((n) => (nextAttemptAt(n, t).getTime() - t.getTime()) / 60_000);
    assert.deepEqual(waits, [1, 5, 30, 120, 360, 360, 360]);
    assert.equal(DEFAULT_BACKOFF_MS.length, 5);
  });

  it('SMTP settings: the options win over the environment; no host, no settings', () => {
    assert.equal(smtpSettings({}), undefined);
    assert.deepEqual(smtpSettings({ MECHNET_SMTP_HOST: 'smtp.example.it', MECHNET_SMTP_PORT: '465', MECHNET_SMTP_SECURE: 'true', MECHNET_SMTP_USER: 'u@example.it', MECHNET_SMTP_PASSWORD: 'p' }), {
      host: 'smtp.example.it',
      port: 465,
      secure: true,
      user: 'u@example.it',
      password: 'p',
      from: 'u@example.it',
    });
    assert.deepEqual(smtpSettings({ MECHNET_SMTP_HOST: 'a.example.it', MECHNET_MAIL_FROM: 'x@example.it' }, { host: 'b.example.it', port: 2525 }), { host: 'b.example.it', port: 2525, from: 'x@example.it' });
  });
});
