import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type IssueCode,
  parseApplication,
  safeParseApplication,
} from '../../src/index.js';
import { clone, validApplication } from '../fixtures/sample.js';

function issueAt(input: unknown, path: string) {
  const r = safeParseApplication(input, { lang: 'en' });
  assert.equal(r.success, false, 'expected the application to be rejected');
  assert.equal(r.error!.code, 'invalid_application');
  const found = r.error!.issues.find((i) => i.path.join('.') === path);
  assert.ok(found, `no issue at ${path}; got ${r.error!.issues.map((i) => `${i.path.join('.')}:${i.code}`).join(', ')}`);
  return found;
}

describe('parseApplication (the enrolment wire format)', () => {
  it('accepts a complete application and returns it typed', () => {
    const app = parseApplication(validApplication());
    assert.equal(app.firm.partitaIva, '00743110157');
    assert.equal(app.firm.turnoverCents, 95_000_000);
    assert.deepEqual(app.interests.kinds, ['purchasing', 'machines']);
  });

  it('accepts an application without optional parts (no sites, no machines, no grants)', () => {
    const a: any = validApplication();
    delete a.firm.machines;
    delete a.firm.artisanActivity;
    a.firm.deMinimis = [];
    a.interests.kinds = [];
    a.consent.purposes = {};
    assert.equal(parseApplication(a).firm.deMinimis.length, 0);
  });

  it('trims names and refuses names that are only blanks', () => {
    const a: any = validApplication();
    a.firm.name = '  Officina Bossi  ';
    assert.equal(parseApplication(a).firm.name, 'Officina Bossi');
    a.firm.name = '   ';
    assert.equal(issueAt(a, 'firm.name').code, 'too_small');
  });

  const broken: [string, (a: any) => void, string, IssueCode][] = [
    ['partita IVA with IT prefix', (a) => (a.firm.partitaIva = 'IT00743110157'), 'firm.partitaIva', 'invalid_partita_iva_format'],
    ['partita IVA of 10 digits', (a) => (a.firm.partitaIva = '0074311015'), 'firm.partitaIva', 'invalid_partita_iva_format'],
    ['lower-case codice fiscale', (a) => (a.firm.codiceFiscale = 'rccmnl83s18d969h'), 'firm.codiceFiscale', 'invalid_codice_fiscale_format'],
    ['CAP of 4 digits', (a) => (a.firm.address.postalCode = '2101'), 'firm.address.postalCode', 'invalid_postal_code'],
    ['province spelt out', (a) => (a.firm.address.province = 'Varese'), 'firm.address.province', 'invalid_province'],
    ['ATECO with letters', (a) => (a.firm.ateco = 'C25.62'), 'firm.ateco', 'invalid_ateco_format'],
    ['negative staff', (a) => (a.firm.staff = -1), 'firm.staff', 'too_small'],
    ['turnover in euros with decimals', (a) => (a.firm.turnoverCents = 950000.5), 'firm.turnoverCents', 'invalid_type'],
    ['turnover as text', (a) => (a.firm.turnoverCents = '950000'), 'firm.turnoverCents', 'invalid_type'],
    ['unknown legal form', (a) => (a.firm.legalForm = 'gmbh'), 'firm.legalForm', 'invalid_value'],
    ['grant with impossible date', (a) => (a.firm.deMinimis[0].date = '2009-02-29'), 'firm.deMinimis.0.date', 'invalid_date'],
    ['bad email', (a) => (a.contact.email = 'mario.rossi@'), 'contact.email', 'invalid_email'],
    ['phone with letters', (a) => (a.contact.phone = '0331-ABC'), 'contact.phone', 'invalid_phone'],
    ['unknown collaboration kind', (a) => (a.interests.kinds = ['lobbying']), 'interests.kinds.0', 'invalid_value'],
    ['consent time without offset', (a) => (a.consent.givenAt = '2010-02-15T10:29:00'), 'consent.givenAt', 'invalid_datetime'],
    ['consent purpose not yes/no', (a) => (a.consent.purposes.newsletter = 'yes'), 'consent.purposes.newsletter', 'invalid_type'],
    ['short idempotency key', (a) => (a.idempotencyKey = 'abc'), 'idempotencyKey', 'invalid_format'],
    ['missing contact', (a) => delete a.contact, 'contact', 'required'],
    ['extra field', (a) => (a.firm.turnover = 1), 'firm.turnover', 'unknown_key'],
  ];
  for (const [name, breakIt, path, code] of broken) {
    it(`rejects ${name} at ${path}`, () => {
      const a = clone(validApplication());
      breakIt(a);
      const issue = issueAt(a, path);
      assert.equal(issue.code, code);
    });
  }

  it('says what is wrong in Italian and in English', () => {
    const a: any = validApplication();
    a.firm.partitaIva = 'IT 00743110157';
    const r = safeParseApplication(a);
    const issue = r.error!.issues[0]!;
    assert.equal(issue.message, issue.messages.it, 'Italian by default');
    assert.match(issue.messages.it, /partita IVA.*11 cifre/);
    assert.match(issue.messages.en, /partita IVA.*11 digits/);
  });
});
