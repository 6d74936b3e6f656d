/**
 * Privacy (rule-book §12) on the sample record: erasing a firm's personal
 * data leaves none of it and every figure as it was; retention makes the
 * right firms due on the right day; an access request gets everything about
 * the firm.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEvent,
  erasePersonalData,
  MechnetError,
  mechnetDefinition,
  parseRecord,
  programmeReport,
  publicRecord,
  retentionDue,
  subjectAccess,
  type ProgrammeRecord,
} from '../../src/index.js';
import { partitaIvaCheckDigit } from '../../src/enrolment/identifiers.js';
import { neutralKey } from '../../src/privacy/erase.js';
import { sampleRecordJson } from './load-sample.js';
import { CACCIA, SECRETS, SIRONI, sampleWithMore } from '../fixtures/privacy-sample.js';

type Json = Record<string, any>;

const REPORT_DAY = '2012-06-30';
const figures = (record: ProgrammeRecord) => JSON.stringify(programmeReport(record, { asOf: REPORT_DAY }));

describe('erasePersonalData (GDPR art. 17): the firm personal data goes, the figures stay', () => {
  const record = parseRecord(sampleWithMore());

  it('leaves none of the contact, e-mail, phone, person codice fiscale, de minimis grantor or worded key anywhere in the record', () => {
    const before = JSON.stringify(record);
    for (const v of Object.values(SECRETS)) assert.ok(before.includes(v), `the test data holds ${v}`);
    const plan = erasePersonalData(record, SIRONI);
    const after = JSON.stringify(plan.record);
    for (const v of Object.values(SECRETS)) assert.ok(!after.includes(v), `${v} is still in the record`);
    // the other firms keep theirs
    assert.ok(after.includes('mario.bossi@officinabossi.example'));
  });

  it('names the fields erased (worked out by hand from the sample and the additions)', () => {
    const plan = erasePersonalData(record, SIRONI);
    assert.deepEqual([...plan.fields].sort(), [
      'analysis.recorded.areas.findings',
      'analysis.recorded.summary',
      'collaboration.figures-recorded.note',
      'consent.given.author',
      'consent.given.consent',
      'enrolment.accepted.note',
      'enrolment.applied.application.consent',
      'enrolment.applied.application.contact',
      'enrolment.applied.application.firm.codiceFiscale',
      'enrolment.applied.application.firm.deMinimis',
      'enrolment.applied.application.idempotencyKey',
      'enrolment.applied.author',
      'manager.days-logged.activity',
      'plan.approved.plan.owner',
      'verification.held.notes',
    ]);
    // 1 application + 1 acceptance + 1 consent + 11 days logged + 1 analysis + 8 verifications + 1 plan + the fair's figures
    assert.equal(plan.rewrites.length, 25);
    assert.ok(plan.rewrites.every((r) => record.events[r.index]!.id === r.id && r.event.id === r.id));
    const applied = plan.rewrites.find((r) => r.event.type === 'enrolment.applied')!.event as Json;
    assert.deepEqual(applied.application.contact, { redacted: true });
    assert.deepEqual(applied.application.consent, { redacted: true });
    assert.deepEqual(applied.application.firm.deMinimis, { redacted: true });
    assert.deepEqual(applied.application.firm.codiceFiscale, { redacted: true });
    assert.equal(applied.application.idempotencyKey, neutralKey('mechnet-varese-2010', applied.id));
    assert.match(applied.application.idempotencyKey, /^[A-Za-z0-9_-]{8,128}$/);
    assert.equal(applied.author, "l'impresa richiedente");
    // what is not personal stays
    assert.equal(applied.application.firm.name, 'Sironi Automazioni S.r.l.');
    assert.equal(applied.application.firm.staff, (record.events[plan.rewrites[0]!.index] as Json).application.firm.staff);
    const plan2 = plan.rewrites.find((r) => r.event.type === 'plan.approved')!.event as Json;
    assert.equal(plan2.plan.owner, 'il titolare');
  });

  it('gives a record that parseRecord accepts, with the same report figures, and a public record of it', () => {
    const plan = erasePersonalData(record, SIRONI);
    const again = parseRecord(JSON.parse(JSON.stringify(plan.record)));
    assert.equal(again.events.length, record.events.length);
    assert.equal(figures(again), figures(record));
    assert.doesNotThrow(() => publicRecord(again, { anonymous: true }));
  });

  it('with its erasure event, the record passes every rule; a second erasure finds nothing', () => {
    const plan = erasePersonalData(record, SIRONI);
    const erased = applyEvent(plan.record, {
      type: 'erasure',
      id: 'erasure-1',
      date: '2012-07-02',
      author: 'Ufficio Innovazione',
      firm: SIRONI,
      basis: 'request',
      fields: plan.fields,
      reason: 'Richiesta del 2 luglio 2012',
    });
    parseRecord(JSON.parse(JSON.stringify(erased)));
    const second = erasePersonalData(erased, SIRONI);
    assert.deepEqual(second.rewrites, []);
    assert.deepEqual(second.fields, []);
    assert.equal(figures(erased), figures(record));
  });

  it('a random key (a UUID, as the enrolment form makes) says nothing of anyone: it stays', () => {
    const json = sampleWithMore();
    const uuid = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';
    json.events.find((e: Json) => e.type === 'enrolment.applied' && e.firm === SIRONI).application.idempotencyKey = uuid;
    const plan = erasePersonalData(parseRecord(json), SIRONI);
    assert.ok(!plan.fields.includes('enrolment.applied.application.idempotencyKey'));
    assert.ok(JSON.stringify(plan.record).includes(uuid));
  });

  it('the public record no longer names the firm: its consent to publication was erased with the rest', () => {
    const shown = (r: ProgrammeRecord) => JSON.stringify(publicRecord(r));
    assert.ok(shown(record).includes('Sironi Automazioni S.r.l.'));
    const erased = erasePersonalData(record, SIRONI).record;
    assert.ok(!shown(erased).includes('Sironi Automazioni S.r.l.'));
    assert.equal(publicRecord(erased).redaction!.named, publicRecord(record).redaction!.named! - 1);
  });

  it('a withdrawn firm: the reason becomes "riservato", the figures stay', () => {
    const plan = erasePersonalData(record, CACCIA);
    const withdrawn = plan.record.events.find((e) => e.type === 'firm.withdrawn' && e.firm === CACCIA) as Json;
    assert.equal(withdrawn.reason, 'riservato');
    assert.ok(plan.fields.includes('firm.withdrawn.reason'));
    assert.ok(!JSON.stringify(plan.record).includes("Cessione del ramo d'azienda"));
    assert.equal(figures(plan.record), figures(record));
  });

  it('an unknown firm is refused with unknown_firm', () => {
    assert.throws(
      () => erasePersonalData(record, '00743110157'),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'unknown_firm',
    );
  });
});

/** A partita IVA with a valid check digit. */
const piva = (n: number) => {
  const first10 = `${String(9_000_000 + n).padStart(7, '0')}012`;
  return `${first10}${partitaIvaCheckDigit(first10)}`;
};

/**
 * The sample with two applications never admitted: one rejected on
 * 2011-03-15, one never decided before the end (2012-06-30).
 */
function sampleWithApplicants(): { record: ProgrammeRecord; rejected: string; undecided: string } {
  const r = sampleRecordJson() as Json;
  const events = r.events as Json[];
  const template = events.find((e) => e.type === 'enrolment.applied')!;
  const applicant = (n: number, date: string) => {
    const e = structuredClone(template);
    e.id = `late-${n}`;
    e.date = date;
    e.firm = piva(n);
    e.application.firm.partitaIva = piva(n);
    e.application.firm.codiceFiscale = piva(n);
    e.application.firm.name = `Ritardataria ${n} S.r.l.`;
    e.application.idempotencyKey = `late-application-${n}`;
    e.application.submittedAt = `${date}T10:00:00+01:00`;
    e.application.contact = { name: `Persona ${n}`, role: 'Titolare', email: `persona${n}@ritardataria.example`, phone: '0331 000000' };
    return e;
  };
  const insert = (e: Json) => {
    const at = events.findIndex((x) => x.date > e.date);
    events.splice(at < 0 ? events.length : at, 0, e);
  };
  insert(applicant(1, '2011-03-01'));
  insert({ id: 'late-1-rejected', type: 'enrolment.rejected', date: '2011-03-15', author: 'Ufficio Innovazione', firm: piva(1), reasons: [{ code: 'rule_capacity' }] });
  insert(applicant(2, '2012-03-30'));
  return { record: parseRecord(r), rejected: piva(1), undecided: piva(2) };
}

describe('retentionDue: the right firms on the right day', () => {
  const { record, rejected, undecided } = sampleWithApplicants();
  const due = (asOf: string, r = record) => retentionDue(r, { asOf }).map((d) => `${d.firm} ${d.rule} ${d.from} ${d.dueOn}`);

  it('nothing before 12 months after the rejection; the rejected applicant on the day', () => {
    assert.deepEqual(due('2012-03-14'), []);
    assert.deepEqual(due('2012-03-15'), [`${rejected} not-admitted 2011-03-15 2012-03-15`]);
  });

  it('the application never decided: 12 months after the programme ended (2012-06-30)', () => {
    assert.deepEqual(due('2013-06-29'), [`${rejected} not-admitted 2011-03-15 2012-03-15`]);
    assert.deepEqual(due('2013-06-30'), [`${rejected} not-admitted 2011-03-15 2012-03-15`, `${undecided} not-admitted 2012-06-30 2013-06-30`]);
  });

  it('everyone 60 months after the end: 2017-06-30', () => {
    assert.equal(due('2017-06-29').length, 2);
    const all = retentionDue(record, { asOf: '2017-06-30' });
    assert.equal(all.length, 15);
    assert.equal(all.filter((d) => d.rule === 'personal-data' && d.dueOn === '2017-06-30').length, 13);
  });

  it('a firm erased is not due again', () => {
    const plan = erasePersonalData(record, rejected);
    const erased = applyEvent(plan.record, {
      type: 'erasure',
      id: 'erasure-late-1',
      date: '2012-07-01',
      author: 'Ufficio Innovazione',
      firm: rejected,
      basis: 'retention',
      fields: plan.fields,
      reason: 'Tempo di conservazione finito',
    });
    assert.deepEqual(due('2012-07-01', erased), []);
    assert.deepEqual(due('2013-06-30', erased), [`${undecided} not-admitted 2012-06-30 2013-06-30`]);
    assert.equal(retentionDue(erased, { asOf: '2017-06-30' }).length, 14);
  });

  it('without retention in the definition, nothing is due', () => {
    const r = sampleRecordJson() as Json;
    const { retention: _retention, ...definition } = structuredClone(mechnetDefinition) as Json;
    r.programme = definition;
    assert.deepEqual(retentionDue(parseRecord(r), { asOf: '2030-01-01' }), []);
  });

  it('asOf is required and must be a date', () => {
    assert.throws(() => retentionDue(record, { asOf: '30/06/2017' }), MechnetError);
  });
});

describe('subjectAccess (GDPR art. 15): everything about the firm and its people', () => {
  const record = parseRecord(sampleWithMore());

  it('the application as stored, the consent history, and every event naming the firm', () => {
    const answer = subjectAccess(record, SIRONI);
    assert.equal(answer.firm, SIRONI);
    assert.equal(answer.name, 'Sironi Automazioni S.r.l.');
    assert.equal((answer.application.contact as Json).email, SECRETS.email);
    assert.equal(answer.consent.history.length, 2, 'given with the application, then again on 2011-02-01');
    // 68 of its own events + the added consent, 9 events of the two collaborations it belongs to, 14 of the aggregation (counted by hand in the sample)
    assert.equal(answer.events.length, 92);
    const ids = new Set(answer.events.map((e) => e.id));
    assert.ok(ids.has('e0272') && ids.has('e0474') && ids.has('e0715'), 'the fair and the steel purchase');
    assert.ok(!record.events.some((e) => e.type === 'collaboration.proposed' && e.collaboration.id === 'centro-5-assi' && ids.has(e.id)), 'not a collaboration it is not in');
    assert.deepEqual(answer.erasures, []);
    // plain JSON
    assert.deepEqual(JSON.parse(JSON.stringify(answer)), answer);
  });

  it('after erasure: the markers, and the erasure event itself', () => {
    const plan = erasePersonalData(record, SIRONI);
    const erased = applyEvent(plan.record, {
      type: 'erasure',
      id: 'erasure-1',
      date: '2012-07-02',
      author: 'Ufficio Innovazione',
      firm: SIRONI,
      basis: 'request',
      fields: plan.fields,
      reason: 'Richiesta del 2 luglio 2012',
    });
    const answer = subjectAccess(erased, SIRONI);
    assert.deepEqual(answer.application.contact, { redacted: true });
    assert.equal(answer.erasures.length, 1);
    assert.deepEqual(answer.erasures[0]!.fields, plan.fields);
    assert.ok(!JSON.stringify(answer).includes(SECRETS.email));
  });

  it('an unknown firm is refused with unknown_firm', () => {
    assert.throws(
      () => subjectAccess(record, '00743110157'),
      (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'unknown_firm',
    );
  });
});
