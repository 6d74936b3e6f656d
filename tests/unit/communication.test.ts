/** The programme's messages (rule-book §13): the catalogues, the receipt, the escaping, and when a failed send is tried again. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmationMail, decisionMail, digestMail, mailCatalogues, receiptMail, verificationMail } from '../../src/communication/compose.js';
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

describe('decisions, reminders and the digest', () => {
  const firmFacts = { programme: 'MechNet Varese', firm: 'Officina Rossi S.r.l.', contact: 'Anna Rossi', office: 'Ufficio MechNet', officeEmail: 'mechnet@va.camcom.it' };
  const confirming = {
  programme: 'MechNet Varese',
  reference: 'MECHNET-VARESE-2010-0003',
  firm: 'Officina Rossi S.r.l.',
  piva: '02184730121',
  date: '2010-04-12',
  until: '2010-04-26',
  url: 'https://mechnet.example.it/api/confirm/abc',
  office: 'Ufficio MechNet',
  officeEmail: 'mechnet@va.camcom.example',
};
const decided = { ...firmFacts, reference: 'MECHNET-VARESE-2010-0003', date: '2010-03-20' };

  it('an acceptance, by hand: subject, words, the calendar feed only when given, the reference', () => {
    const m = decisionMail({ ...decided, decision: 'accepted', calendarUrl: 'https://mechnet.example.it/api/calendar/abc.ics' }, { lang: 'en' });
    assert.equal(m.subject, 'Application accepted: MECHNET-VARESE-2010-0003 (MechNet Varese)');
    assert.equal(
      m.text,
      [
        'Dear Anna Rossi,',
        'the application of Officina Rossi S.r.l. to the programme MechNet Varese was accepted on 20 March 2010.',
        "Your firm's verification dates, as a calendar to add to your own: https://mechnet.example.it/api/calendar/abc.ics",
        'What happens next: Ufficio MechNet will introduce the temporary manager who will work with your firm in the programme.',
        'Reference of the application: MECHNET-VARESE-2010-0003. Please quote it whenever you write to us.',
        'Questions: Ufficio MechNet, mechnet@va.camcom.it.',
        "This message is sent automatically by the programme's system: it holds only what the application gave.",
      ].join('\n\n') + '\n',
    );
    const it = decisionMail({ ...decided, decision: 'accepted' });
    assert.equal(it.subject, 'Domanda accolta: MECHNET-VARESE-2010-0003 (MechNet Varese)');
    assert.match(it.text, /è stata accolta il 20 marzo 2010\./);
    assert.doesNotMatch(it.text, /calendario/, 'no feed, no sentence about it');
  });

  it('a place on the waiting list and a rejection with each reason in words (or its code), in both languages', () => {
    assert.match(decisionMail({ ...decided, decision: 'waitlisted', position: 4 }, { lang: 'en' }).text, /the application of Officina Rossi S\.r\.l\. is on the waiting list, in place 4\./);
    assert.match(decisionMail({ ...decided, decision: 'waitlisted', position: 4 }).text, /la domanda di Officina Rossi S\.r\.l\. è in lista d'attesa, al posto 4\./);
    const reasons = [{ code: 'territory', message: 'La sede è fuori provincia' }, { code: 'late' }];
    const it = decisionMail({ ...decided, decision: 'rejected', reasons });
    assert.equal(it.subject, 'Domanda non accolta: MECHNET-VARESE-2010-0003 (MechNet Varese)');
    assert.match(it.text, /non è stata accolta il 20 marzo 2010, per queste ragioni:\n\n- La sede è fuori provincia\n- motivo con codice late \(l'ufficio può spiegarlo\)\n\n/);
    assert.ok(it.html.includes('<ul>\n<li>La sede è fuori provincia</li>\n<li>motivo con codice late (l&#39;ufficio può spiegarlo)</li>\n</ul>'));
    const en = decisionMail({ ...decided, decision: 'rejected', reasons: [{ code: 'territory', message: 'The seat is outside the province' }] }, { lang: 'en' });
    assert.match(en.text, /was not accepted on 20 March 2010, for these reasons:\n\n- The seat is outside the province\n/);
  });

  it('a verification coming and overdue, by hand, in both languages', () => {
    const v = { ...firmFacts, scheduled: '2010-12-01', dueBy: '2010-12-15' };
    const coming = verificationMail({ ...v, kind: 'coming' }, { lang: 'en' });
    assert.equal(coming.subject, 'Verification on 1 December 2010: MechNet Varese');
    assert.match(coming.text, /^Dear Anna Rossi,\n\nthe verification of Officina Rossi S\.r\.l\. in the programme MechNet Varese is scheduled for 1 December 2010 \(to be held by 15 December 2010\)\.\n/);
    const overdue = verificationMail({ ...v, kind: 'overdue' });
    assert.equal(overdue.subject, 'Verifica del 1º dicembre 2010 in ritardo: MechNet Varese');
    assert.match(overdue.text, /prevista per il 1º dicembre 2010, non risulta ancora svolta: andava svolta entro il 15 dicembre 2010\./);
    assert.match(verificationMail({ ...v, kind: 'overdue' }, { lang: 'en' }).text, /has not been recorded yet: it was due by 15 December 2010\./);
  });

  it('the digest lists the due and overdue verifications, "none" for an empty list', () => {
    const d = digestMail(
      { programme: 'MechNet Varese', office: 'Ufficio MechNet', date: '2010-12-06', due: [{ firm: 'Officina Rossi S.r.l.', partitaIva: '01234567897', scheduled: '2010-12-01', dueBy: '2010-12-15' }], overdue: [] },
      { lang: 'en' },
    );
    assert.equal(d.subject, 'Verifications on 6 December 2010: 1 due, 0 overdue (MechNet Varese)');
    assert.match(d.text, /Due \(1\):\n\n- Officina Rossi S\.r\.l\. \(01234567897\): verification of 1 December 2010, by 15 December 2010\n\nOverdue \(0\):\n\nnone\n/);
    const it = digestMail({ programme: 'MechNet Varese', office: 'Ufficio MechNet', date: '2010-12-06', due: [], overdue: [{ firm: 'Rossi', partitaIva: '01234567897', scheduled: '2010-09-01', dueBy: '2010-09-15' }] });
    assert.match(it.text, /Da svolgere \(0\):\n\nnessuna\n\nIn ritardo \(1\):\n\n- Rossi \(01234567897\): verifica del 1º settembre 2010, entro il 15 settembre 2010\n/);
  });

  it('the confirmation link, by hand: to the firm, what was sent in its name, the link and its last day, and what to do if it did not apply; no person named', () => {
    const it1 = confirmationMail(confirming);
    assert.equal(it1.subject, 'Confermare la domanda MECHNET-VARESE-2010-0003 (MechNet Varese)');
    assert.equal(
      it1.text,
      'Spettabile Officina Rossi S.r.l.,\n\n' +
        'il 12 aprile 2010 è stata inviata al programma MechNet Varese una domanda di adesione a nome di Officina Rossi S.r.l. (partita IVA 02184730121), con il riferimento MECHNET-VARESE-2010-0003.\n\n' +
        "Se la domanda è dell'impresa, la confermi aprendo questo link entro il 26 aprile 2010: https://mechnet.example.it/api/confirm/abc\n\n" +
        "Se l'impresa non ha inviato alcuna domanda, non occorre fare nulla: una domanda non confermata non conta e nulla è pubblicato sull'impresa.\n\n" +
        'Per domande: Ufficio MechNet, mechnet@va.camcom.example.\n\n' +
        "Questo messaggio è inviato automaticamente dal sistema del programma all'indirizzo PEC indicato nella domanda.\n",
    );
    assert.match(it1.html, /<p><strong>Se la domanda è dell&#39;impresa, la confermi aprendo questo link entro il 26 aprile 2010: https:\/\/mechnet\.example\.it\/api\/confirm\/abc<\/strong><\/p>/);
    // Before 8 and 11 the Italian article is elided, in every kind: "l'8 aprile", "entro l'11 aprile", "del 1º".
    const elided = confirmationMail({ ...confirming, date: '2010-04-08', until: '2010-04-11' });
    assert.match(elided.text, /^Spettabile .*\n\nl'8 aprile 2010 è stata inviata/);
    assert.match(elided.text, /entro l'11 aprile 2010: https/);
    assert.match(verificationMail({ ...firmFacts, kind: 'coming', scheduled: '2010-12-08', dueBy: '2010-12-01' }).text, /prevista per l'8 dicembre 2010 \(da svolgere entro il 1º dicembre 2010\)/);
    assert.match(verificationMail({ ...firmFacts, kind: 'coming', scheduled: '2010-12-08', dueBy: '2010-12-01' }).subject, /^Verifica dell'8 dicembre 2010:/);
    const en = confirmationMail(confirming, { lang: 'en' });
    assert.equal(en.subject, 'Confirm the application MECHNET-VARESE-2010-0003 (MechNet Varese)');
    assert.match(en.text, /^To Officina Rossi S\.r\.l\.,\n\non 12 April 2010 an application/);
    assert.match(en.text, /by 26 April 2010: https:\/\/mechnet\.example\.it\/api\/confirm\/abc/);
  });

  it('every value from outside is escaped in HTML and kept on its line in the text, in each kind', () => {
    const evil = 'Rossi <img src=x onerror=alert(1)>\nBcc: x@evil.example';
    const mails = [
      decisionMail({ ...decided, firm: evil, decision: 'rejected', reasons: [{ code: 'x', message: evil }] }),
      decisionMail({ ...decided, firm: evil, decision: 'accepted', calendarUrl: 'https://x.example/"><script>' }, { lang: 'en' }),
      verificationMail({ ...firmFacts, contact: evil, kind: 'coming', scheduled: '2010-12-01', dueBy: '2010-12-15' }),
      digestMail({ programme: evil, office: 'U', date: '2010-12-06', due: [{ firm: evil, partitaIva: '1', scheduled: '2010-12-01', dueBy: '2010-12-15' }], overdue: [] }),
      confirmationMail({ ...confirming, firm: evil, url: 'https://x.example/"><script>' }),
    ];
    for (const m of mails) {
      assert.ok(!m.html.includes('<img') && !m.html.includes('<script'));
      assert.ok(!m.subject.includes('\n'));
      assert.ok(m.text.includes('\\nBcc: x@evil.example'));
      assert.doesNotMatch(m.text + m.html, /\{[a-z]+\}/);
    }
  });
});
