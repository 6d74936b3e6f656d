/**
 * The reference of an application (rule-book §2): what the firm's receipt
 * shows and an officer looks up, made by one function from the record, and
 * the number `receiveApplication` gives a new application.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicationReference, applyEvent, parseRecord, receiveApplication } from '../../src/index.js';
import { SECOND_FIRM, secondApplication, smallRecord } from '../fixtures/sample.js';

const FIRST_FIRM = '00743110157';

describe('applicationReference', () => {
  it('is the programme id in capitals and the place of the firm’s application, in four digits', () => {
    const record = parseRecord(smallRecord());
    assert.equal(applicationReference(record, FIRST_FIRM), 'MECHNET-VARESE-2010-0001');
    assert.equal(applicationReference(record, '99999999999'), undefined);
    // before the firm applied, there is no reference yet
    assert.equal(applicationReference(record, FIRST_FIRM, { asOf: '2010-02-14' }), undefined);
  });

  it('receiveApplication numbers an application by its place among the applications, even when the id app-NNNN is taken', () => {
    // Another event already holds the id the second application would take: the id moves on, the number does not.
    const json = smallRecord();
    json.events[1]!.id = 'app-0002';
    const record = parseRecord(json);
    const received = receiveApplication(record, secondApplication(), { asOf: '2010-03-05', author: 'Modulo online' });
    assert.equal(received.event?.id, 'app-0003');
    assert.equal(received.number, 2);
    const next = applyEvent(record, received.event!);
    assert.equal(applicationReference(next, SECOND_FIRM), 'MECHNET-VARESE-2010-0002');
    // The reference told before storing is the one the stored event gives.
    assert.equal(received.reference, 'MECHNET-VARESE-2010-0002');
  });

  it('refuses what is not a record or not a partita IVA text, with a MechnetError', () => {
    const record = parseRecord(smallRecord());
    assert.throws(() => applicationReference({} as never, FIRST_FIRM), { name: 'MechnetError' });
    assert.throws(() => applicationReference(record, 42 as never), { name: 'MechnetError' });
  });
});
