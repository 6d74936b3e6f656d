import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  firmStates,
  type IssueCode,
  mechnetDefinition,
  parseRecord,
  resolveDefinition,
  safeParseRecord,
} from '../../src/index.js';
import { clone, smallRecord, validApplication } from '../fixtures/sample.js';
import { sampleRecordJson } from './load-sample.js';

function issueAt(input: unknown, path: string) {
  const r = safeParseRecord(input, { lang: 'en' });
  assert.equal(r.success, false, 'expected the record to be rejected');
  const found = r.error!.issues.find((i) => i.path.join('.') === path);
  assert.ok(found, `no issue at ${path}; got ${r.error!.issues.map((i) => `${i.path.join('.')}:${i.code}`).join(', ')}`);
  return { issue: found, error: r.error! };
}

describe('the sample record examples/mechnet-varese-2010.json', () => {
  const record = parseRecord(sampleRecordJson());
  const firms = firmStates(record);
  const figures = record.events.filter((e) => e.type === 'firm.figures-recorded' && e.year === 2010);

  it('parses and runs on the MechNet preset', () => {
    assert.equal(record.programme, 'mechnet-varese-2010');
    assert.equal(resolveDefinition(record), mechnetDefinition);
  });

  it('has 13 firms from the province of Varese, enrolled from March 2010', () => {
    assert.equal(firms.length, 13);
    assert.ok(firms.every((f) => f.firm.address.province === 'VA'));
    const accepted = record.events.filter((e) => e.type === 'enrolment.accepted');
    assert.equal(accepted.length, 13);
    assert.ok(accepted.every((e) => e.date >= '2010-03-01'));
  });

  it('has the cohort mix of the real MechNet: 8 machining, 4 assembly, 1 galvanic', () => {
    const galvanic = firms.filter((f) => f.firm.ateco.startsWith('25.61'));
    const machining = firms.filter((f) => f.firm.ateco.startsWith('25.') && !f.firm.ateco.startsWith('25.61'));
    const assembly = firms.filter((f) => !f.firm.ateco.startsWith('25.'));
    assert.deepEqual([machining.length, assembly.length, galvanic.length], [8, 4, 1]);
  });

  it('adds up to the 2010 totals: 103 employees, 120 machines, EUR 8.2M turnover', () => {
    assert.equal(figures.length, 13);
    let staff = 0;
    let machines = 0;
    let turnover = 0;
    for (const e of figures) {
      if (e.type !== 'firm.figures-recorded') continue;
      staff += e.staff;
      machines += e.machines ?? 0;
      turnover += e.turnoverCents;
    }
    assert.equal(staff, 103);
    assert.equal(machines, 120);
    assert.equal(turnover, 820_000_000);
  });

  it('has one firm withdrawn, leaving the 12 that later sign the network contract', () => {
    assert.equal(firms.filter((f) => f.status === 'withdrawn').length, 1);
    assert.equal(firms.filter((f) => f.status === 'accepted').length, 12);
  });

  it('shows every firm as only applied on a date before the acceptances', () => {
    assert.ok(firmStates(record, { asOf: '2010-02-28' }).every((f) => f.status === 'applied'));
  });
});

describe('parseRecord', () => {
  it('accepts a small record and a record with an inline definition', () => {
    assert.equal(parseRecord(smallRecord()).events.length, 4);
    const inline = { ...smallRecord(), programme: clone(mechnetDefinition) };
    assert.equal(resolveDefinition(parseRecord(inline)).id, 'mechnet-varese-2010');
  });

  const broken: [string, (r: any) => void, string, IssueCode][] = [
    ['an unknown preset', (r) => (r.programme = 'mechnet-como'), 'programme', 'unknown_preset'],
    ['an unknown event type', (r) => (r.events[1].type = 'enrolment.approved'), 'events.1.type', 'unknown_variant'],
    ['an event without author', (r) => delete r.events[1].author, 'events.1.author', 'required'],
    ['an impossible date', (r) => (r.events[1].date = '2010-02-30'), 'events.1.date', 'invalid_date'],
    ['a repeated event id', (r) => (r.events[2].id = 'e1'), 'events.2.id', 'duplicate_id'],
    ['events out of date order', (r) => (r.events[3].date = '2010-02-01'), 'events.3.date', 'date_order'],
    ['an event about a firm that never applied', (r) => (r.events[1].firm = '01234567890'), 'events.1.firm', 'unknown_firm'],
    ['a partita IVA differing from the application', (r) => (r.events[0].firm = '01234567890'), 'events.0.firm', 'firm_mismatch'],
    ['an assignment to an unregistered manager', (r) => (r.events[3].manager = 'm-bianchi'), 'events.3.manager', 'unknown_manager'],
    ['a zero budget of days', (r) => (r.events[3].budgetDays = 0), 'events.3.budgetDays', 'too_small'],
    ['an application to another programme', (r) => (r.events[0].application.programme = 'other'), 'events.0.application.programme', 'programme_mismatch'],
    ['a broken application inside an event', (r) => (r.events[0].application.firm.address.postalCode = 'x'), 'events.0.application.firm.address.postalCode', 'invalid_postal_code'],
  ];
  for (const [name, breakIt, path, code] of broken) {
    it(`rejects ${name} at ${path}`, () => {
      const r = clone(smallRecord());
      breakIt(r);
      assert.equal(issueAt(r, path).issue.code, code);
    });
  }

  it('rejects a second application by the same partita IVA, never overwriting the first', () => {
    const r: any = smallRecord();
    r.events.push({ id: 'e5', type: 'enrolment.applied', date: '2010-03-05', author: 'Modulo web', firm: '00743110157', application: validApplication() });
    assert.equal(issueAt(r, 'events.4.firm').issue.code, 'duplicate_enrolment');
  });

  it('rejects a measurement with two shapes and one of an indicator not in the plan', () => {
    const r: any = smallRecord();
    r.events.push({ id: 'e5', type: 'measurement.recorded', date: '2010-06-30', author: 'A. Verdi', firm: '00743110157', indicator: 'scrap-rate', value: 3, done: true });
    assert.equal(issueAt(r, 'events.4').issue.code, 'measurement_shape');
    r.events[4] = { id: 'e5', type: 'measurement.recorded', date: '2010-06-30', author: 'A. Verdi', firm: '00743110157', indicator: 'scrap-rate', value: 3 };
    assert.equal(issueAt(r, 'events.4.indicator').issue.code, 'unknown_indicator');
  });

  it('checks plans: areas of the definition, unique indicator ids, targets and bands by polarity', () => {
    const r: any = smallRecord();
    const quantitative = (id: string, extra: object) => ({
      id, kind: 'quantitative', name: 'Scarti', unit: '%', polarity: 'decrease',
      baseline: { value: 4, date: '2010-04-30' }, deadline: '2011-12-31', ...extra,
    });
    r.events.push({
      id: 'e5', type: 'plan.approved', date: '2010-06-15', author: 'A. Verdi', firm: '00743110157',
      plan: {
        id: 'plan-1', manager: 'm-verdi', owner: 'Mario Rossi',
        objectives: [{
          id: 'o1', title: 'Qualità', areas: ['quality'], deadline: '2011-12-31', weight: 1,
          indicators: [
            quantitative('scrap', {}),
            quantitative('scrap', { target: 2 }),
            { ...quantitative('band', { polarity: 'range', band: [5, 3] }) },
            { id: 'iso', kind: 'milestone', name: 'ISO 9001', deadline: '2011-06-30' },
          ],
        }],
      },
    });
    const r1 = safeParseRecord(r);
    assert.equal(r1.success, false);
    const at = (p: string) => r1.error!.issues.find((i) => i.path.join('.') === p)?.code;
    const ind = 'events.4.plan.objectives.0.indicators';
    assert.equal(at(`${ind}.0.target`), 'target_required');
    assert.equal(at(`${ind}.2.band`), 'band_order');
    // Plan-level checks need the shape to be valid first.
    r.events[4].plan.objectives[0].indicators = [quantitative('scrap', { target: 2 }), quantitative('scrap', { target: 1 })];
    const r2 = safeParseRecord(r);
    const at2 = (p: string) => r2.error!.issues.find((i) => i.path.join('.') === p)?.code;
    assert.equal(at2('events.4.plan.objectives.0.areas.0'), 'unknown_area');
    assert.equal(at2(`${ind}.1.id`), 'duplicate_id');
  });

  it('does not lose what it was given: the input object is not changed', () => {
    const r = smallRecord();
    const before = JSON.stringify(r);
    parseRecord(r);
    safeParseRecord({ ...r, events: [...r.events, { id: 'x' }] });
    assert.equal(JSON.stringify(r), before);
  });
});
