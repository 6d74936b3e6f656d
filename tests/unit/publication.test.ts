/**
 * Publication by consent and anonymity that holds (rule-book §12): a public
 * record names a firm only when it was admitted and consented on the day of
 * publishing; an anonymous record keeps every group of alike firms at the
 * definition's minimum or refuses; whatever either returns parses, whatever
 * the firms are called.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyEvents,
  consentState,
  firmStates,
  MechnetError,
  parseRecord,
  parseRecordShape,
  publicRecord,
  type ProgrammeRecord,
} from '../../src/index.js';
import { partitaIvaCheckDigit } from '../../src/enrolment/identifiers.js';
import { atecoSection } from '../../src/lifecycle/public-record.js';
import { provinceName, provinceRegion } from '../../src/i18n/provinces.js';
import { clone, validApplication } from '../fixtures/sample.js';

const text = readFileSync(new URL('../../examples/mechnet-varese-2010.json', import.meta.url), 'utf8');
const full = parseRecord(text);
const raw = JSON.parse(text) as { programme: string; events: Record<string, any>[] };
const applications = raw.events.filter((e) => e.type === 'enrolment.applied');

/** The firms of a public record that it names: their partite IVA as found in the full record. */
function namedIn(shown: ProgrammeRecord): string[] {
  const real = new Set(applications.map((e) => e.firm as string));
  return firmStates(shown).map((f) => f.partitaIva).filter((p) => real.has(p));
}

describe('publication follows consent', () => {
  it('names exactly the admitted firms whose consent allows publish-figures; the others are "Impresa n" with none of their identity', () => {
    const shown = publicRecord(full);
    const admitted = new Set(raw.events.filter((e) => e.type === 'enrolment.accepted').map((e) => e.firm as string));
    const expected = firmStates(full)
      .filter((f) => admitted.has(f.partitaIva) && consentState(full, f.partitaIva)?.purposes['publish-figures']?.given === true)
      .map((f) => f.partitaIva);
    assert.equal(expected.length, 10, 'the sample: 13 admitted, 3 declined publication');
    assert.deepEqual(namedIn(shown), expected);
    const json = JSON.stringify(shown);
    for (const e of applications.filter((a) => !expected.includes(a.firm))) {
      const f = e.application.firm;
      for (const identity of [f.name, f.partitaIva, f.address.street]) assert.equal(json.includes(identity), false, `${identity} is not in the public record`);
    }
    // The sole trader who said no: neither the name (a person's) nor the street nor its exact turnover next to a name.
    assert.equal(/Zanzi|San Giovanni 60/.test(json), false);
  });

  it('reads consent on the day of publishing: a firm that withdraws is named before, not after', () => {
    const firm = namedIn(publicRecord(full))[0]!;
    const withdrawn = applyEvents(full, [
      { id: 'w1', type: 'consent.withdrawn', date: '2012-07-10', author: 'Ufficio Innovazione', firm, purposes: ['publish-figures'], at: '2012-07-10T09:00:00+02:00' },
    ]);
    assert.ok(namedIn(publicRecord(withdrawn, { asOf: '2012-07-09' })).includes(firm));
    assert.equal(namedIn(publicRecord(withdrawn, { asOf: '2012-07-10' })).includes(firm), false);
    assert.equal(publicRecord(withdrawn, { asOf: '2012-07-10' }).redaction?.unnamed?.withoutConsent, 4);
  });

  it('never names an applicant that was not admitted, even with consent', () => {
    const app = clone(validApplication());
    app.firm.name = 'Carpenteria Nonammessa S.r.l.';
    app.submittedAt = '2012-06-01T10:00:00+02:00';
    app.consent.givenAt = '2012-06-01T09:59:00+02:00';
    const withPending = applyEvents(full, [
      { id: 'p1', type: 'enrolment.applied', date: '2012-06-01', author: 'Modulo web', firm: app.firm.partitaIva, application: app },
    ]);
    const shown = publicRecord(withPending);
    assert.equal(JSON.stringify(shown).includes('Nonammessa'), false);
    assert.equal(shown.redaction?.unnamed?.notAdmitted, 1);
  });

  it('names nobody when the definition says no publication purpose', () => {
    const definition = clone(JSON.parse(readFileSync(new URL('../../examples/agrifood-cuneo-2024.definition.json', import.meta.url), 'utf8')));
    delete definition.publication;
    const record = parseRecord({ ...JSON.parse(readFileSync(new URL('../../examples/agrifood-cuneo-2024.json', import.meta.url), 'utf8')), programme: definition });
    const shown = publicRecord(record);
    assert.equal(shown.redaction?.named, 0);
    assert.ok(firmStates(shown).every((f) => /^Impresa \d+$/.test(f.name)));
  });
});

describe('an anonymous record that holds', () => {
  const anon = publicRecord(full, { anonymous: true });
  const json = JSON.stringify(anon);

  it('keeps no manager surname, no key or id built from a name, no time of day, no exact figure of a firm', () => {
    const managers = raw.events.filter((e) => e.type === 'manager.registered').map((e) => e.manager);
    for (const m of managers) {
      assert.equal(json.includes(`"${m.id}"`), false, m.id);
      for (const word of m.name.split(' ')) assert.equal(new RegExp(`\\b${word}\\b`, 'i').test(json), false, word);
    }
    for (const e of applications) {
      assert.equal(json.includes(e.application.idempotencyKey), false);
      assert.equal(json.includes(`"${e.id}"`), false);
    }
    for (const e of anon.events) {
      if (e.type !== 'enrolment.applied') continue;
      const f = e.application.firm;
      assert.match(e.application.submittedAt, /T00:00:00Z$/);
      assert.deepEqual([f.staff, f.turnoverCents, f.balanceSheetCents], [{ redacted: true }, { redacted: true }, { redacted: true }]);
      assert.match(f.ateco, /^([A-U]|\d\d)$/);
    }
    assert.equal(anon.events.some((e) => e.type === 'firm.figures-recorded'), false);
  });

  it('says k, and every group of firms alike in what it shows has at least the minimum', () => {
    assert.equal(anon.redaction?.minimumGroup, 3);
    assert.equal(anon.redaction?.k, smallestGroup(anon));
    assert.ok(smallestGroup(anon) >= 3);
  });

  it('the ATECO section and the region of every province (the tables behind the last steps)', () => {
    assert.deepEqual(['01.11', '10.71', '24.10', '25.62.00', '33.12', '35.11', '47.11', '62.01', '99.00'].map(atecoSection), ['A', 'C', 'C', 'C', 'C', 'D', 'G', 'J', 'U']);
    assert.deepEqual(['VA', 'CN', 'AO', 'BT', 'SU', 'XX'].map(provinceRegion), ['lombardia', 'piemonte', 'valle-d-aosta', 'puglia', 'sardegna', undefined]);
    // Every province the names table knows has a region.
    const source = readFileSync(new URL('../../src/i18n/provinces.ts', import.meta.url), 'utf8');
    const table = source.slice(source.indexOf('const TABLE'), source.indexOf(';', source.indexOf('const TABLE'))).replace(/'\s*\+\s*'/g, '');
    const codes = [...table.matchAll(/(?:'|,)([A-Z]{2})/g)].map((m) => m[1]!);
    assert.equal(new Set(codes).size, 107);
    assert.deepEqual(codes.filter((c) => provinceName(c, 'it') === c || provinceRegion(c) === undefined), []);
  });
});

/** The size of the smallest group of firms of an anonymous record alike in ATECO, place, legal form and size class, as the record shows them. */
function smallestGroup(record: ProgrammeRecord): number {
  const groups = new Map<string, number>();
  for (const e of record.events) {
    if (e.type !== 'enrolment.applied') continue;
    const f = e.application.firm;
    const a = f.address as { province?: string; region?: string };
    const key = JSON.stringify([f.ateco, a.province ?? a.region, f.legalForm, f.sizeClass ?? null]);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return Math.min(...groups.values());
}

/** A partita IVA from a number (company number n, office 001). */
function piva(n: number): string {
  const body = `${String(n).padStart(7, '0')}001`;
  return `${body}${partitaIvaCheckDigit(body)}`;
}

const FORMS = ['ditta-individuale', 'snc', 'sas', 'srl', 'srls'] as const;
const CODES = ['24.10.00', '25.11.00', '25.62.00', '26.11.00', '27.12.00', '28.41.00', '29.32.00', '30.11.00', '33.12.00'] as const;

/** A random cohort on the MechNet preset: firms with their code, legal form and size; the first 13 admitted. */
const cohort = fc.array(
  fc.record({ code: fc.constantFrom(...CODES), form: fc.constantFrom(...FORMS), staff: fc.integer({ min: 1, max: 45 }), consent: fc.boolean() }),
  { minLength: 1, maxLength: 24 },
);

type Cohort = { code: string; form: string; staff: number; consent: boolean }[];

function cohortRecord(firms: Cohort, names: readonly string[] = []): ProgrammeRecord {
  const events: Record<string, unknown>[] = [];
  firms.forEach((x, i) => {
    const app = clone(validApplication());
    const day = `2010-03-${String(2 + Math.floor(i / 2)).padStart(2, '0')}`;
    Object.assign(app, { idempotencyKey: `key-of-firm-${i + 1}`, submittedAt: `${day}T10:00:00+01:00` });
    Object.assign(app.consent, { givenAt: `${day}T09:59:00+01:00`, purposes: { newsletter: false, 'publish-figures': x.consent } });
    Object.assign(app.firm, {
      name: names[i % Math.max(names.length, 1)] ?? `Officina ${i + 1}`,
      partitaIva: piva(i + 1),
      codiceFiscale: piva(i + 1),
      legalForm: x.form,
      ateco: x.code,
      staff: x.staff,
      turnoverCents: x.staff * 9_000_000,
      balanceSheetCents: x.staff * 6_000_000,
    });
    events.push({ id: `a${i + 1}`, type: 'enrolment.applied', date: day, author: 'Modulo web', firm: app.firm.partitaIva, application: app });
  });
  firms.slice(0, 13).forEach((_, i) => events.push({ id: `ok${i + 1}`, type: 'enrolment.accepted', date: '2010-03-20', author: 'Ufficio Innovazione', firm: piva(i + 1) }));
  return parseRecord({ programme: 'mechnet-varese-2010', events });
}

describe('property: anonymity and parsing hold on any cohort', () => {
  it('an anonymous record has k at least the minimum (3) and says it, or refuses naming publication.minimumGroup', () => {
    fc.assert(
      fc.property(cohort, (firms) => {
        const record = cohortRecord(firms);
        let anon: ProgrammeRecord;
        try {
          anon = publicRecord(record, { anonymous: true });
        } catch (e) {
          // Refused only when even the ATECO section and the region, with nothing else, leave a group under 3: here, fewer than 3 firms.
          assert.ok(e instanceof MechnetError && e.issues[0]?.path.join('.') === 'programme.publication.minimumGroup', String(e));
          assert.ok(firms.length < 3);
          return;
        }
        assert.ok(firms.length >= 3);
        assert.equal(anon.redaction?.k, smallestGroup(anon));
        assert.ok(smallestGroup(anon) >= 3);
        parseRecord(JSON.parse(JSON.stringify(anon)));
      }),
      { numRuns: 150 },
    );
  });

  it('with hostile firm names (one letter, a province code, a digit, a date, a common word, markup), both levels parse and keep every date, code and province', () => {
    const hostile = fc.constantFrom(
      'T', 'e', 'A', 'VA', 'MI', '3', '2010', '0', '2026-12-07', '2010-03-02T10:00:00Z', 'acciaio', 'Officina', 'di', 'Rete', 'riservato',
      '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '.*', '(a+)+$', '\\', 'Zoë Ünal', 'Ωmega', 'enrolment.applied', 'Impresa 1',
      'null', 'micro', 'C', 'lombardia', 'Temporary manager', '{"redacted":true}', `${'Lungo '.repeat(300)}S.r.l.`,
    );
    fc.assert(
      fc.property(cohort.filter((f) => f.length >= 3), fc.array(hostile, { minLength: 1, maxLength: 6 }), (firms, names) => {
        const record = cohortRecord(firms, names);
        for (const anonymous of [false, true]) {
          const shown = JSON.parse(JSON.stringify(publicRecord(record, { anonymous })));
          const parsed = parseRecord(shown);
          parseRecordShape(shown);
          assert.deepEqual(parsed.events.map((e) => e.date), record.events.map((e) => e.date));
          for (const e of parsed.events) {
            if (e.type !== 'enrolment.applied') continue;
            assert.match(e.application.submittedAt, /^2010-03-\d\dT/);
            const place = e.application.firm.address as { province?: string; region?: string };
            assert.ok(place.province === 'VA' || place.region === 'lombardia', JSON.stringify(place));
            assert.match(e.application.firm.ateco, anonymous ? /^([A-U]|\d\d)$/ : /^\d\d\.\d\d\.\d\d$/);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the sample with hostile names: the collaborations, plans and verifications of 754 events still parse at both levels', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('T', 'VA', '3', '2010-06-01', 'acquisto', '<b>x</b>', 'e', 'Impresa'), { minLength: 13, maxLength: 13 }), (names) => {
        const doc = clone(raw);
        let i = 0;
        for (const e of doc.events) if (e.type === 'enrolment.applied') e.application.firm.name = names[i++];
        const record = parseRecord(doc);
        for (const anonymous of [false, true]) {
          const shown = JSON.parse(JSON.stringify(publicRecord(record, { anonymous })));
          parseRecord(shown);
          parseRecordShape(shown);
        }
      }),
      { numRuns: 8 },
    );
  });
});
