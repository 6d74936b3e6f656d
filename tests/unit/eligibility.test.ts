import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkApplication,
  checkEligibility,
  checkFirmEligibility,
  consentState,
  type EligibilityResult,
  type EnrolmentApplication,
  firmStates,
  mechnetDefinition,
  parseRecord,
} from '../../src/index.js';
import { partitaIvaCheckDigit } from '../../src/enrolment/identifiers.js';
import { clone, validApplication } from '../fixtures/sample.js';
import { sampleRecordJson } from './load-sample.js';

const errors = (r: EligibilityResult) => r.reasons.filter((x) => x.severity === 'error').map((x) => `${x.code}@${x.path.join('.')}`);
const apply = (edit: (a: EnrolmentApplication) => void) => {
  const a = clone(validApplication());
  edit(a);
  return a;
};
const record = parseRecord(sampleRecordJson());
const cohort = firmStates(record);

describe('checkEligibility on the MechNet preset', () => {
  it('accepts a plausible Varese machining shop, with every check explained', () => {
    const r = checkEligibility(mechnetDefinition, validApplication(), { lang: 'en' });
    assert.equal(r.eligible, true);
    assert.equal(r.outcome, 'accept');
    assert.deepEqual(errors(r), []);
    assert.deepEqual(r.reasons.map((x) => x.code), ['sector_ok', 'territory_ok', 'size_ok', 'de_minimis_headroom']);
    assert.equal(r.size!.size, 'micro');
    assert.equal(r.deMinimis!.afterCents, 20_000_000 - 1_500_000 - 2_300_000);
    assert.match(r.reasons[3]!.messages.it, /162\.000,00/);
    assert.match(r.reasons[3]!.messages.en, /€162,000\.00/);
  });

  it('rejects a firm from Milan, naming the province', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => {
      a.firm.address = { street: 'Via Dante 1', postalCode: '20121', municipality: 'Milano', province: 'MI' };
    }));
    assert.equal(r.outcome, 'reject');
    assert.deepEqual(errors(r), ['territory@firm.address.province']);
    assert.match(r.reasons.find((x) => x.code === 'territory')!.messages.it, /provincia di Milano.*provincia di Varese/);
  });

  it('rejects a large firm, saying what size it is', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => {
      a.firm.staff = 300;
      a.firm.artisan = false;
      a.firm.turnoverCents = 6_000_000_000;
      a.firm.balanceSheetCents = 5_000_000_000;
    }), { lang: 'en' });
    assert.deepEqual(errors(r), ['size@firm.staff']);
    assert.equal(r.reasons.find((x) => x.code === 'size')!.message, 'The firm is a large enterprise; the programme admits: micro enterprises, small enterprises');
  });

  it('rejects a non-metalworking ATECO code', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => (a.firm.ateco = '56.10.11')));
    assert.deepEqual(errors(r), ['sector@firm.ateco']);
  });

  it('waitlists a 14th eligible firm, in order of application', () => {
    const full = cohort.map((f) => ({ ...f, status: 'accepted' as const }));
    assert.equal(full.length, 13);
    const r = checkEligibility(mechnetDefinition, validApplication(), { enrolled: full });
    assert.equal(r.eligible, true);
    assert.equal(r.outcome, 'waitlist');
    assert.equal(r.waitlistPosition, 1);
    const second = checkEligibility(mechnetDefinition, apply((a) => (a.firm.partitaIva = `0123456012${partitaIvaCheckDigit('0123456012')}`)), {
      enrolled: [...full, { partitaIva: '00743110157', status: 'waitlisted' }],
    });
    assert.equal(second.waitlistPosition, 2);
  });

  it('counts pending applications ahead in the queue, and frees a place when a firm withdraws', () => {
    const pending = cohort.map((f) => ({ ...f, status: 'applied' as const }));
    assert.equal(checkEligibility(mechnetDefinition, validApplication(), { enrolled: pending }).outcome, 'waitlist');
    assert.equal(checkEligibility(mechnetDefinition, validApplication(), { enrolled: cohort }).outcome, 'accept', 'the sample has 12 accepted and 1 withdrawn');
  });

  it('gives the place in the queue counting every application ahead beyond the places, decided or not', () => {
    const other = (n: number) => `0${String(2000000 + n).padStart(9, '0')}`.slice(-10);
    const firm = (n: number) => `${other(n)}${partitaIvaCheckDigit(other(n))}`;
    // 20 applications not yet decided, 13 places: the 21st has 7 ahead of it beyond the places.
    const undecided = Array.from({ length: 20 }, (_, i) => ({ partitaIva: firm(i), status: 'applied' as const }));
    const r = checkEligibility(mechnetDefinition, validApplication(), { enrolled: undecided });
    assert.equal(r.outcome, 'waitlist');
    assert.equal(r.waitlistPosition, 8);
    // 12 accepted, a place free, but 3 already wait: the newcomer waits behind them (the first takes the place).
    const queue = [
      ...Array.from({ length: 12 }, (_, i) => ({ partitaIva: firm(i), status: 'accepted' as const })),
      ...Array.from({ length: 3 }, (_, i) => ({ partitaIva: firm(20 + i), status: 'waitlisted' as const })),
    ];
    const q = checkEligibility(mechnetDefinition, validApplication(), { enrolled: queue });
    assert.equal(q.outcome, 'waitlist');
    assert.equal(q.waitlistPosition, 3);
  });

  it('rejects a duplicate partita IVA, whatever its spelling', () => {
    const first = cohort[0]!;
    const r = checkEligibility(mechnetDefinition, apply((a) => {
      a.firm.partitaIva = first.partitaIva;
      a.firm.codiceFiscale = first.partitaIva;
    }), { enrolled: cohort });
    assert.deepEqual(errors(r), ['duplicate@firm.partitaIva']);
  });

  it('reports every failure at once, not only the first', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => {
      a.programme = 'other';
      a.firm.partitaIva = '00743110158';
      a.firm.ateco = '56.10.11';
      a.firm.address.province = 'MI';
      a.firm.staff = 60;
      a.firm.artisan = true;
      a.consent.noticeVersion = '2009-01';
      a.consent.purposes = { marketing: true };
    }));
    assert.deepEqual(errors(r).sort(), [
      'consent_notice@consent.noticeVersion',
      'consent_purpose@consent.purposes.marketing',
      'partita_iva_check_digit@firm.partitaIva',
      'programme@programme',
      'sector@firm.ateco',
      'size@firm.staff',
      'territory@firm.address.province',
    ]);
    // The artisan limits are a warning where artisan status is optional.
    assert.ok(r.reasons.some((x) => x.code === 'artisan_limits' && x.severity === 'warning'));
  });

  it('requires or excludes artisan status when the programme says so', () => {
    const requiring = { ...mechnetDefinition, eligibility: { ...mechnetDefinition.eligibility, artisan: 'required' as const } };
    assert.deepEqual(errors(checkEligibility(requiring, apply((a) => (a.firm.artisan = false)))), ['artisan_required@firm.artisan']);
    assert.deepEqual(errors(checkEligibility(requiring, apply((a) => (a.firm.staff = 19)))), ['artisan_limits@firm.staff']);
    const excluding = { ...mechnetDefinition, eligibility: { ...mechnetDefinition.eligibility, artisan: 'excluded' as const } };
    assert.deepEqual(errors(checkEligibility(excluding, validApplication())), ['artisan_excluded@firm.artisan']);
  });

  it('rejects an aid that would exceed the de minimis ceiling, reporting the headroom', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => {
      a.firm.deMinimis = [{ date: '2008-03-01', amountCents: 18_000_000, grantor: 'Regione Lombardia' }];
    }), { lang: 'en' });
    assert.deepEqual(errors(r), ['de_minimis_ceiling@firm.deMinimis']);
    assert.equal(r.deMinimis!.headroomCents, 2_000_000);
    assert.match(r.reasons.find((x) => x.code === 'de_minimis_ceiling')!.message, /Headroom: €20,000\.00/);
  });

  it('refuses applications after the edition ends, saying the day in words', () => {
    const late = checkEligibility(mechnetDefinition, apply((a) => (a.submittedAt = '2012-07-01T09:00:00+02:00')));
    assert.deepEqual(errors(late), ['edition_closed@submittedAt']);
    const closed = late.reasons.find((x) => x.code === 'edition_closed')!;
    assert.equal(closed.messages.it, "Le adesioni a questa edizione sono chiuse: l'edizione è terminata il 30 giugno 2012");
    assert.equal(closed.messages.en, 'Enrolment in this edition is closed: the edition ended on 30 June 2012');
  });

  describe('ATECO 2007 or 2025: a notice only where the code changed meaning, saying what to do', () => {
    const modern = { ...mechnetDefinition, calendar: { ...mechnetDefinition.calendar, end: '2027-12-31' } };
    const after = (ateco: string) => checkEligibility(modern, apply((a) => ((a.submittedAt = '2026-05-01T09:00:00+02:00'), (a.firm.ateco = ateco))));
    const notice = (r: EligibilityResult) => r.reasons.find((x) => x.code === 'ateco_version');

    it('25.62.00 (machining) means the same in both: no notice, before or after April 2025', () => {
      const r = after('25.62.00');
      assert.equal(notice(r), undefined);
      assert.equal(r.eligible, true);
    });

    it('30.11 (ships: civil and military in 2007, civil only in 2025) gets a notice that names the code and the action', () => {
      const r = after('30.11.02');
      const n = notice(r)!;
      assert.equal(n.severity, 'warning');
      assert.deepEqual(n.path, ['firm', 'ateco']);
      assert.match(n.messages.it, /^Il codice 30\.11\.02 non indica la stessa attività in ATECO 2007 e in ATECO 2025/);
      assert.match(n.messages.it, /indicare il codice ATECO 2007 dell'attività prevalente/);
      assert.match(n.messages.en, /give the code of the main activity in ATECO 2007/);
      assert.equal(r.eligible, true); // a notice, not a refusal
      for (const code of ['33.18.00', '30.30.09', '33.15', '30']) assert.ok(notice(after(code)), code);
      for (const code of ['24.10.00', '28.41.00', '33.12.00', '33.20.01']) assert.equal(notice(after(code)), undefined, code);
    });

    it('no notice before ATECO 2025 became operational, whatever the code', () => {
      assert.equal(notice(checkEligibility(mechnetDefinition, apply((a) => (a.firm.ateco = '30.11.02')))), undefined);
    });

    it('a code of a division the library has not compared keeps the general notice, with what to check', () => {
      const food = { ...modern, eligibility: { ...modern.eligibility, sector: { classification: 'ATECO 2007' as const, prefixes: ['10'] } } };
      const r = checkEligibility(food, apply((a) => ((a.submittedAt = '2026-05-01T09:00:00+02:00'), (a.firm.ateco = '10.71.10'))));
      assert.match(notice(r)!.messages.it, /visura camerale riporta il codice ATECO 2025; se il codice indicato viene da lì, controllare/);
    });
  });

  it('never ties enrolment to an optional consent', () => {
    const r = checkEligibility(mechnetDefinition, apply((a) => (a.consent.purposes = { newsletter: false, 'publish-figures': false })));
    assert.equal(r.eligible, true);
  });

  it('property: the outcome is reject exactly when there is an error reason', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('VA', 'MI', 'CO'),
        fc.constantFrom('25.62.00', '28.41.00', '56.10.11'),
        fc.integer({ min: 0, max: 30 }),
        (staff, province, ateco, taken) => {
          const a = apply((x) => {
            x.firm.staff = staff;
            x.firm.address.province = province;
            x.firm.ateco = ateco;
          });
          const enrolled = cohort.slice(0, Math.min(taken, 13)).map((f) => ({ ...f, status: 'accepted' as const }));
          const r = checkEligibility(mechnetDefinition, a, { enrolled });
          assert.equal(r.outcome === 'reject', errors(r).length > 0);
          assert.equal(r.eligible, r.outcome !== 'reject');
        },
      ),
    );
  });
});

describe('checkApplication (one call for a back end)', () => {
  it('normalises identifiers as people type them, then checks every rule', () => {
    const a: any = validApplication();
    a.firm.partitaIva = 'IT 007 431 101 57';
    a.firm.codiceFiscale = '007-431-101-57';
    a.firm.ateco = '256200';
    const r = checkApplication(mechnetDefinition, JSON.stringify(a));
    assert.equal(r.outcome, 'accept');
    assert.equal(r.application!.firm.partitaIva, '00743110157');
    assert.equal(r.application!.firm.ateco, '25.62.00');
  });

  it('turns shape problems into reasons with the field path', () => {
    const a: any = validApplication();
    a.contact.email = 'mario@';
    delete a.firm.name;
    const r = checkApplication(mechnetDefinition, a, { lang: 'en' });
    assert.equal(r.outcome, 'reject');
    assert.deepEqual(r.reasons.map((x) => `${x.code}@${x.path.join('.')}`).sort(), ['invalid_email@contact.email', 'required@firm.name']);
    assert.equal(r.application, undefined);
  });

  it('reports bad JSON with its position, and never throws', () => {
    const r = checkApplication(mechnetDefinition, '{"programme": ');
    assert.equal(r.reasons[0]!.code, 'invalid_json');
    for (const v of [null, 42, [], 'x', {}]) assert.equal(checkApplication(mechnetDefinition, v).outcome, 'reject');
  });
});

describe('consentState', () => {
  it('keeps the consent given and its withdrawal, both dated', () => {
    const firm = cohort[0]!.partitaIva;
    const r: any = clone(sampleRecordJson());
    r.events.push({ id: 'z1', type: 'consent.withdrawn', date: '2012-04-10', author: 'Ufficio Innovazione', firm, purposes: ['publish-figures'], at: '2012-04-10T11:00:00+02:00' });
    const rec = parseRecord(r);
    const before = consentState(rec, firm, { asOf: '2011-12-31' })!;
    assert.equal(before.purposes['publish-figures']!.given, true);
    const after = consentState(rec, firm)!;
    assert.deepEqual(after.purposes['publish-figures'], { given: false, at: '2012-04-10T11:00:00+02:00' });
    assert.deepEqual(after.history.map((h) => h.kind), ['given', 'withdrawn']);
    assert.equal(consentState(rec, '99999999999'), undefined);
  });
});

describe('checkFirmEligibility: the firm alone, as it is typed in a form', () => {
  it('a firm seated in Turin is told the territory rule, before contact and consent are filled in', () => {
    const firm = { ...validApplication().firm, address: { street: 'Via Nizza 10', postalCode: '10125', municipality: 'Torino', province: 'TO' } };
    const r = checkFirmEligibility(mechnetDefinition, firm, { asOf: '2010-02-15', lang: 'en' });
    assert.equal(r.eligible, false);
    assert.deepEqual(
      r.reasons.filter((x) => x.severity === 'error').map((x) => `${x.code}@${x.path.join('.')}`),
      ['territory@firm.address.province'],
    );
  });

  it('a firm with a field missing gets that field back with its path, and normalised identifiers are accepted', () => {
    const { ateco: _, ...firm } = { ...validApplication().firm, partitaIva: 'IT 007 431 101 57' };
    const r = checkFirmEligibility(mechnetDefinition, firm, { asOf: '2010-02-15' });
    assert.deepEqual(r.reasons.map((x) => `${x.code}@${x.path.join('.')}`), ['required@firm.ateco']);
  });

  it('the same firm rules as checkEligibility: an eligible firm is eligible in both', () => {
    const app = validApplication();
    const whole = checkEligibility(mechnetDefinition, app, { asOf: '2010-02-15' });
    const alone = checkFirmEligibility(mechnetDefinition, app.firm, { asOf: '2010-02-15' });
    assert.equal(alone.eligible, true);
    assert.deepEqual(alone.reasons.map((r) => r.code), whole.reasons.map((r) => r.code));
  });

  it('a field the rules can judge is judged while the rest of the firm is missing: partita IVA, territory', () => {
    // What an enrolment form has after the first fields: a wrong check digit and a seat in Turin, nothing else yet.
    const firm = { partitaIva: '00743110158', address: { province: 'TO' } };
    const r = checkFirmEligibility(mechnetDefinition, firm, { asOf: '2010-02-15', lang: 'it' });
    assert.equal(r.complete, false);
    assert.equal(r.eligible, false);
    const found = r.reasons.map((x) => `${x.code}@${x.path.join('.')}`);
    assert.ok(found.includes('partita_iva_check_digit@firm.partitaIva'), found.join(', '));
    assert.ok(found.includes('territory@firm.address.province'), found.join(', '));
    assert.ok(found.includes('required@firm.name'));
    // what passed is not told until the firm is complete; rules whose fields are missing are not judged
    assert.ok(!r.reasons.some((x) => x.severity === 'info'));
    assert.ok(!found.some((f) => /^(size|sector|de_minimis|artisan)/.test(f)), found.join(', '));
  });

  it('a malformed field is not judged by its rule: its shape problem is the only word on it', () => {
    const r = checkFirmEligibility(mechnetDefinition, { partitaIva: '123', ateco: 'C25', staff: 'nine' }, { asOf: '2010-02-15', lang: 'en' });
    const on = (path: string) => r.reasons.filter((x) => x.path.join('.') === path).map((x) => x.code);
    assert.equal(on('firm.partitaIva').length, 1);
    assert.equal(on('firm.ateco').length, 1);
    assert.equal(on('firm.staff').length, 1);
  });

  it('an edition that closed is told too', () => {
    const r = checkFirmEligibility(mechnetDefinition, validApplication().firm, { asOf: '2026-11-30', lang: 'it' });
    assert.ok(r.reasons.some((x) => x.code === 'edition_closed' && x.severity === 'error'));
  });
});
