/**
 * Rule-book §2, issue 21: under confirmation `pec` an application is a claim
 * until the firm confirms it (or an officer records another proof); places,
 * the waitlist and duplicates count confirmed claims, in order of
 * confirmation. Under `none` (the default) nothing changes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applicationReference,
  applyEvent,
  consentState,
  contestedApplications,
  enrolledFirms,
  mechnetDefinition,
  parseRecord,
  promotableFromWaitlist,
  publicRecord,
  receiveApplication,
  type ProgrammeRecord,
} from '../../src/index.js';
import { stateOf } from '../../src/lifecycle/state.js';
import { placesTaken } from '../../src/record/state.js';
import { clone, validApplication } from '../fixtures/sample.js';
import { refusal } from './helpers.js';

/** A valid partita IVA for serial `n` (office code 012, Varese). */
function piva(n: number): string {
  const body = `${String(n).padStart(7, '0')}012`;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(body[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** The application of firm `n` (a copy of the fixture's, under another partita IVA). */
function applicationOf(n: number) {
  const a = validApplication();
  a.idempotencyKey = `app-test-${String(n).padStart(4, '0')}-confirm`;
  a.firm.partitaIva = piva(n);
  a.firm.codiceFiscale = piva(n);
  a.firm.name = `Officina ${n} S.r.l.`;
  a.firm.pec = `officina${n}@pec.example.it`;
  return a;
}

/** An empty record of MechNet with confirmation `pec` (or `none`) and `capacity` places. */
function record(confirmation: 'pec' | 'none' | undefined, capacity = 13): ProgrammeRecord {
  const definition = { ...clone(mechnetDefinition), eligibility: { ...clone(mechnetDefinition.eligibility), capacity } };
  if (confirmation) Object.assign(definition, { enrolment: { confirmation, linkValidDays: 7 } });
  return parseRecord({ programme: definition, events: [] });
}

let id = 0;
const ev = (date: string, body: Record<string, unknown>) => ({ id: `c${++id}`, date, author: 'Ufficio Innovazione', ...body });
const applied = (n: number, date = '2010-03-01', eid?: string) => ({
  ...ev(date, { type: 'enrolment.applied', firm: piva(n), application: applicationOf(n) }),
  ...(eid ? { id: eid } : {}),
});
const confirmed = (n: number, application: string, date = '2010-03-02', by: 'pec-link' | 'officer' = 'pec-link', how?: string) =>
  ev(date, { type: 'enrolment.confirmed', firm: piva(n), application, by, ...(how ? { how } : {}) });

describe('confirmation pec: an application is a claim until confirmed', () => {
  it('two claims for one partita IVA are both kept; the one confirmed first holds the firm, the other is contested', () => {
    let r = record('pec');
    r = applyEvent(r, applied(1, '2010-03-01', 'a-first'));
    r = applyEvent(r, applied(1, '2010-03-02', 'a-second'));
    assert.deepEqual(enrolledFirms(r), [], 'no claim confirmed: no firm');
    assert.deepEqual(contestedApplications(r), [], 'nothing held yet: nothing contested');
    r = applyEvent(r, confirmed(1, 'a-second', '2010-03-03'));
    assert.deepEqual(enrolledFirms(r), [{ partitaIva: piva(1), status: 'applied' }]);
    assert.deepEqual(contestedApplications(r), [{ application: 'a-first', firm: piva(1), appliedOn: '2010-03-01', heldBy: 'a-second' }]);
    r = applyEvent(r, confirmed(1, 'a-first', '2010-03-04', 'officer', 'Visura camerale e documento del legale rappresentante'));
    assert.deepEqual(contestedApplications(r), [
      { application: 'a-first', firm: piva(1), appliedOn: '2010-03-01', confirmedOn: '2010-03-04', heldBy: 'a-second' },
    ]);
    assert.deepEqual(contestedApplications(r, { asOf: '2010-03-02' }), [], 'as of a date before any confirmation');
    r = applyEvent(r, ev('2010-03-05', { type: 'enrolment.accepted', firm: piva(1) }));
    assert.deepEqual(enrolledFirms(r), [{ partitaIva: piva(1), status: 'accepted' }]);
    // The officer decides the contested claim with a reason: it is no longer contested, the firm stays accepted.
    const reject = (application: string) =>
      ev('2010-03-06', { type: 'enrolment.rejected', firm: piva(1), application, reasons: [{ code: 'duplicate' }] });
    assert.deepEqual(refusal(() => applyEvent(r, reject('nope'))), ['unknown_claim@application']);
    r = applyEvent(r, reject('a-first'));
    assert.deepEqual(contestedApplications(r), []);
    assert.deepEqual(enrolledFirms(r), [{ partitaIva: piva(1), status: 'accepted' }]);
    assert.deepEqual(refusal(() => applyEvent(r, reject('a-first'))), ['rule_already_decided@application']);
  });

  it('a squatter who confirmed first is rejected by name: the firm goes to the real firm\'s confirmed claim, which can then be accepted', () => {
    let r = record('pec', 2);
    // A stranger applies for firm 1 with a PEC address of their own and confirms it; the real firm applies and confirms later.
    r = applyEvent(r, applied(1, '2010-03-01', 'squat'));
    r = applyEvent(r, confirmed(1, 'squat', '2010-03-01'));
    r = applyEvent(r, applied(2, '2010-03-01', 'other'));
    r = applyEvent(r, confirmed(2, 'other', '2010-03-02'));
    r = applyEvent(r, applied(1, '2010-03-03', 'real'));
    r = applyEvent(r, confirmed(1, 'real', '2010-03-04'));
    assert.deepEqual(contestedApplications(r), [{ application: 'real', firm: piva(1), appliedOn: '2010-03-03', confirmedOn: '2010-03-04', heldBy: 'squat' }]);
    const reject = ev('2010-03-05', { type: 'enrolment.rejected', firm: piva(1), application: 'squat', reasons: [{ code: 'duplicate' }] });
    r = applyEvent(r, reject);
    assert.deepEqual(contestedApplications(r), []);
    // The real firm holds it now, after firm 2 (its confirmation came later), and is still to decide.
    assert.deepEqual(enrolledFirms(r), [
      { partitaIva: piva(2), status: 'applied' },
      { partitaIva: piva(1), status: 'applied' },
    ]);
    assert.equal(applicationReference(r, piva(1)), 'MECHNET-VARESE-2010-0003', "the reference is the real claim's place among the applications");
    r = applyEvent(r, ev('2010-03-06', { type: 'enrolment.accepted', firm: piva(1) }));
    assert.deepEqual(enrolledFirms(r)[1], { partitaIva: piva(1), status: 'accepted' });
    // Without another confirmed claim, rejecting the holder by name frees the firm: a later claim can hold it.
    let s = record('pec');
    s = applyEvent(s, applied(1, '2010-03-01', 'squat'));
    s = applyEvent(s, confirmed(1, 'squat', '2010-03-01'));
    s = applyEvent(s, reject);
    assert.deepEqual(enrolledFirms(s), []);
    s = applyEvent(s, applied(1, '2010-03-06', 'real'));
    s = applyEvent(s, confirmed(1, 'real', '2010-03-06'));
    assert.deepEqual(enrolledFirms(s), [{ partitaIva: piva(1), status: 'applied' }]);
  });

  it('an unconfirmed claim does not take one of 13 places, nor blocks another firm', () => {
    let r = record('pec', 13);
    for (let n = 1; n <= 14; n++) r = applyEvent(r, applied(n, '2010-03-01', `a${n}`));
    // Firm 1 never confirms; firms 2..14 do, and take the 13 places.
    for (let n = 2; n <= 14; n++) r = applyEvent(r, confirmed(n, `a${n}`));
    for (let n = 2; n <= 14; n++) r = applyEvent(r, ev('2010-03-10', { type: 'enrolment.accepted', firm: piva(n) }));
    assert.equal(enrolledFirms(r).filter((f) => f.status === 'accepted').length, 13);
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-10', { type: 'enrolment.accepted', firm: piva(1) }))), ['claim_unconfirmed@firm']);
    r = applyEvent(r, confirmed(1, 'a1', '2010-03-10', 'officer', 'Visura camerale'));
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-11', { type: 'enrolment.accepted', firm: piva(1) }))), ['rule_capacity@firm']);
    r = applyEvent(r, ev('2010-03-11', { type: 'enrolment.waitlisted', firm: piva(1) }));
    assert.deepEqual(promotableFromWaitlist(r), []);
  });

  it('places and order count confirmations: enrolledFirms lists firms in order of confirmation', () => {
    let r = record('pec', 1);
    r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
    r = applyEvent(r, applied(2, '2010-03-02', 'a2'));
    r = applyEvent(r, confirmed(2, 'a2', '2010-03-03'));
    r = applyEvent(r, confirmed(1, 'a1', '2010-03-04'));
    assert.deepEqual(enrolledFirms(r).map((f) => f.partitaIva), [piva(2), piva(1)]);
    assert.deepEqual(enrolledFirms(r, { before: piva(1) }).map((f) => f.partitaIva), [piva(2)]);
    assert.equal(applicationReference(r, piva(1)), 'MECHNET-VARESE-2010-0001', 'the reference is the place among the applications, not among the confirmations');
    assert.equal(applicationReference(r, piva(2)), 'MECHNET-VARESE-2010-0002');
    r = applyEvent(r, ev('2010-03-05', { type: 'enrolment.accepted', firm: piva(2) }));
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-05', { type: 'enrolment.accepted', firm: piva(1) }))), ['rule_capacity@firm']);
  });

  it('refuses confirming an unknown claim, another firm\'s claim, twice, by an officer without how, or by an expired link', () => {
    let r = record('pec');
    r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
    assert.deepEqual(refusal(() => applyEvent(r, confirmed(1, 'nope'))), ['unknown_claim@application']);
    assert.deepEqual(refusal(() => applyEvent(r, confirmed(2, 'a1'))), ['unknown_claim@application']);
    assert.deepEqual(refusal(() => applyEvent(r, confirmed(1, 'a1', '2010-03-02', 'officer'))), ['confirmation_how_required@how']);
    assert.deepEqual(refusal(() => applyEvent(r, confirmed(1, 'a1', '2010-03-09'))), ['confirmation_link_expired@date']);
    r = applyEvent(r, confirmed(1, 'a1', '2010-03-08'));
    assert.deepEqual(refusal(() => applyEvent(r, confirmed(1, 'a1', '2010-03-09', 'officer', 'PEC'))), ['claim_already_confirmed@application']);
  });

  it('receiveApplication stores a second claim for a partita IVA already confirmed', () => {
    let r = record('pec');
    r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
    r = applyEvent(r, confirmed(1, 'a1'));
    const again = applicationOf(1);
    again.idempotencyKey = 'app-test-0001-again1';
    const received = receiveApplication(r, again, { asOf: '2010-03-05', author: 'Modulo online' });
    assert.ok(received.event, JSON.stringify(received.reasons));
    r = applyEvent(r, received.event);
    assert.deepEqual(contestedApplications(r).map((c) => c.application), [received.event.id]);
  });
});

describe('confirmation pec: the personal data of an unconfirmed claim', () => {
  it('may be erased, and its consent withdrawn, before any confirmation', () => {
    let r = record('pec');
    r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
    r = applyEvent(r, ev('2010-03-02', { type: 'consent.withdrawn', firm: piva(1), purposes: ['newsletter'], at: '2010-03-02T10:00:00+01:00' }));
    r = applyEvent(r, ev('2010-03-03', { type: 'erasure', firm: piva(1), basis: 'request', fields: ['enrolment.applied.application.contact'], reason: 'Richiesta' }));
    assert.equal(r.events.length, 3);
    r = applyEvent(r, confirmed(1, 'a1', '2010-03-04'));
    assert.equal(consentState(r, piva(1))?.purposes['newsletter']?.given, false, 'the withdrawal before the confirmation counts');
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-05', { type: 'consent.withdrawn', firm: piva(2), purposes: ['newsletter'], at: '2010-03-05T10:00:00+01:00' }))), ['unknown_firm@firm']);
  });
});

describe('confirmation pec in a public record', () => {
  it('a confirmation names its application by the public id, and an officer\'s proof is left out', () => {
    let r = record('pec');
    r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
    r = applyEvent(r, applied(1, '2010-03-02', 'a2'));
    r = applyEvent(r, confirmed(1, 'a2', '2010-03-03', 'officer', 'Documento di Mario Rossi'));
    r = applyEvent(r, ev('2010-03-04', { type: 'enrolment.accepted', firm: piva(1) }));
    const shown = publicRecord(r);
    const again = parseRecord(JSON.parse(JSON.stringify(shown)));
    const confirmation = again.events.find((e) => e.type === 'enrolment.confirmed');
    assert.ok(confirmation && confirmation.type === 'enrolment.confirmed');
    assert.equal(confirmation.how, 'riservato');
    assert.ok(again.events.some((e) => e.id === confirmation.application && e.type === 'enrolment.applied'));
    assert.deepEqual(enrolledFirms(again).length, enrolledFirms(r).length);
  });
});

describe('confirmation none (the default): as before', () => {
  it('a second application is refused, a confirmation is not needed, an application counts at once', () => {
    for (const c of [undefined, 'none'] as const) {
      let r = record(c);
      r = applyEvent(r, applied(1, '2010-03-01', 'a1'));
      assert.deepEqual(enrolledFirms(r), [{ partitaIva: piva(1), status: 'applied' }]);
      assert.deepEqual(refusal(() => applyEvent(r, applied(1, '2010-03-02'))), ['duplicate_enrolment@firm']);
      assert.deepEqual(refusal(() => applyEvent(r, confirmed(1, 'a1'))), ['confirmation_not_needed@type']);
      assert.deepEqual(contestedApplications(r), []);
      assert.deepEqual(
        refusal(() => applyEvent(r, ev('2010-03-05', { type: 'enrolment.rejected', firm: piva(1), application: 'a1', reasons: [{ code: 'duplicate' }] }))),
        ['unknown_claim@application'],
        'no claims under none',
      );
      r = applyEvent(r, ev('2010-03-05', { type: 'enrolment.accepted', firm: piva(1) }));
      assert.equal(enrolledFirms(r)[0]!.status, 'accepted');
    }
  });
});

describe('property: under pec, accepted ≤ capacity and no partita IVA is accepted twice', () => {
  const FIRMS = 4;
  const action = fc.oneof(
    fc.record({ kind: fc.constant('apply' as const), n: fc.integer({ min: 1, max: FIRMS }) }),
    fc.record({ kind: fc.constant('confirm' as const), k: fc.nat(20), officer: fc.boolean() }),
    fc.record({ kind: fc.constantFrom('accept' as const, 'waitlist' as const, 'reject' as const, 'withdraw' as const), n: fc.integer({ min: 1, max: FIRMS }) }),
    // A firm that applies, confirms and is accepted in a row: so that most runs reach acceptances.
    fc.record({ kind: fc.constant('cycle' as const), n: fc.integer({ min: 1, max: FIRMS }) }),
  );
  it('for random sequences of applications, confirmations and decisions', () => {
    let acceptances = 0;
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const capacity = 2;
        let r = record('pec', capacity);
        const claims: { id: string; n: number }[] = [];
        for (const [i, a] of actions.entries()) {
          // Events go in date order: a day every three actions (so some PEC links expire).
          const date = new Date(Date.UTC(2010, 2, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
          let e: Record<string, unknown>;
          if (a.kind === 'cycle') {
            const app = applied(a.n, date);
            claims.push({ id: app.id as string, n: a.n });
            for (const step of [app, confirmed(a.n, app.id as string, date), ev(date, { type: 'enrolment.accepted', firm: piva(a.n) })]) {
              try {
                r = applyEvent(r, step);
                if ((step as { type?: string }).type === 'enrolment.accepted') acceptances++;
              } catch {
                // refused: the record stays as it was
              }
            }
            continue;
          }
          if (a.kind === 'apply') {
            e = applied(a.n, date);
            claims.push({ id: e.id as string, n: a.n });
          } else if (a.kind === 'confirm') {
            const c = claims[a.k % Math.max(1, claims.length)];
            if (!c) continue;
            e = confirmed(c.n, c.id, date, a.officer ? 'officer' : 'pec-link', a.officer ? 'Documento' : undefined);
          } else {
            const type = { accept: 'enrolment.accepted', waitlist: 'enrolment.waitlisted', reject: 'enrolment.rejected', withdraw: 'firm.withdrawn' }[a.kind];
            e = ev(date, {
              type,
              firm: piva(a.n),
              ...(a.kind === 'reject' ? { reasons: [{ code: 'duplicate' }] } : {}),
              ...(a.kind === 'withdraw' ? { reason: 'Rinuncia' } : {}),
            });
          }
          try {
            r = applyEvent(r, e);
            if (a.kind === 'accept') acceptances++;
          } catch {
            // A refused event leaves the record as it was.
          }
        }
        assert.ok(enrolledFirms(r).filter((f) => f.status === 'accepted').length <= capacity);
        // The counts the fold keeps as it goes (eligibility reads them instead of scanning) agree with a count of the firms.
        const state = stateOf(r);
        const recount = { applied: 0, accepted: 0, waitlisted: 0, rejected: 0, withdrawn: 0 };
        for (const f of state.firms.values()) recount[f.status] += 1;
        assert.deepEqual(state.statusCounts, recount);
        assert.equal(placesTaken(state), recount.accepted);
        assert.equal(state.applications, r.events.filter((e) => e.type === 'enrolment.applied').length);
        const accepted = r.events.filter((e) => e.type === 'enrolment.accepted').map((e) => (e as { firm: string }).firm);
        assert.equal(new Set(accepted).size, accepted.length, 'no partita IVA accepted twice');
        if (accepted.length > 0) {
          assert.ok(accepted.every((f) => r.events.some((e) => e.type === 'enrolment.confirmed' && e.firm === f)), 'only confirmed firms are accepted');
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(acceptances > 0, `the random sequences reached ${acceptances} acceptances`);
  });
  it('a fixed sequence: a contested claim confirmed late takes no second place', () => {
    // A fixed sequence: two claims for firm 1, the second confirmed; firm 2 confirmed; both accepted; firm 3 refused a place.
    let r = record('pec', 2);
    r = applyEvent(r, applied(1, '2010-03-01', 'p1'));
    r = applyEvent(r, applied(1, '2010-03-01', 'p2'));
    r = applyEvent(r, applied(2, '2010-03-01', 'p3'));
    r = applyEvent(r, applied(3, '2010-03-01', 'p4'));
    for (const [n, c] of [[1, 'p2'], [2, 'p3'], [3, 'p4'], [1, 'p1']] as const) r = applyEvent(r, confirmed(n, c, '2010-03-02'));
    r = applyEvent(r, ev('2010-03-03', { type: 'enrolment.accepted', firm: piva(1) }));
    r = applyEvent(r, ev('2010-03-03', { type: 'enrolment.accepted', firm: piva(2) }));
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-03', { type: 'enrolment.accepted', firm: piva(1) }))), ['rule_already_decided@firm']);
    assert.deepEqual(refusal(() => applyEvent(r, ev('2010-03-03', { type: 'enrolment.accepted', firm: piva(3) }))), ['rule_capacity@firm']);
    assert.deepEqual(contestedApplications(r).map((c) => c.application), ['p1']);
  });
});
