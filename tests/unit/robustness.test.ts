import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MechnetError,
  safeParseApplication,
  safeParseDefinition,
  safeParseRecord,
} from '../../src/index.js';
import { parseApplication, parseDefinition, parseRecord } from '../../src/index.js';
import { mechnetDefinition } from '../../src/index.js';
import { smallRecord, validApplication } from '../fixtures/sample.js';
import { mutate } from './helpers.js';
import { assertNotInternal } from './hostile.js';

const parsers = { parseRecord, parseDefinition, parseApplication };

/** Runs `fn`; passes when it returns or throws a MechnetError about the input, fails on anything else (a defect, `internal`, included). */
function onlyMechnetError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof MechnetError)) throw new Error(`threw ${String(e)} instead of MechnetError`);
    assertNotInternal('parser', e);
    assert.ok(e.issues.length > 0);
  }
}


describe('parsing never throws anything but MechnetError', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} on arbitrary JSON values`, () => {
      fc.assert(fc.property(fc.jsonValue(), (v) => onlyMechnetError(() => parse(v))), { numRuns: 300 });
    });
    it(`${name} on arbitrary JavaScript values (symbols, functions, odd objects)`, () => {
      fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (v) => onlyMechnetError(() => parse(v))), { numRuns: 300 });
    });
    it(`${name} on arbitrary text`, () => {
      fc.assert(fc.property(fc.string(), (s) => onlyMechnetError(() => parse(s))), { numRuns: 200 });
    });
  }

  it('on valid documents with one part replaced by an arbitrary value', () => {
    const docs: [unknown, (v: unknown) => unknown][] = [
      [smallRecord(), parseRecord],
      [mechnetDefinition, parseDefinition],
      [validApplication(), parseApplication],
    ];
    for (const [doc, parse] of docs) {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue(), (choices, value) =>
          onlyMechnetError(() => parse(mutate(doc, choices, value))),
        ),
        { numRuns: 300 },
      );
    }
  });

  it('on null, numbers, booleans and empty things', () => {
    for (const v of [null, undefined, 0, -1, NaN, Infinity, true, '', '[]', '{}', [], {}, () => 1, Symbol('x'), 10n]) {
      for (const parse of Object.values(parsers)) onlyMechnetError(() => parse(v));
      for (const safe of [safeParseRecord, safeParseDefinition, safeParseApplication]) {
        const r = safe(v);
        assert.equal(r.success, false);
        assert.ok(r.error instanceof MechnetError);
        assertNotInternal(safe.name, r.error);
      }
    }
  });

  it('on very deeply nested JSON, as a value and as text', () => {
    const depth = 100_000;
    let deep: unknown = 1;
    for (let i = 0; i < depth; i++) deep = [deep];
    const text = '['.repeat(depth) + ']'.repeat(depth);
    for (const parse of Object.values(parsers)) {
      onlyMechnetError(() => parse(deep));
      onlyMechnetError(() => parse({ programme: 'mechnet-varese-2010', events: [deep], firm: deep }));
      onlyMechnetError(() => parse(text));
    }
  });

  it('on a huge record: 200,000 broken events give the first issues and say there are more', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({ id: `e${i}`, type: 'enrolment.accepted', date: '2010-03-01' }));
    const r = safeParseRecord({ programme: 'mechnet-varese-2010', events });
    assert.equal(r.success, false);
    assert.equal(r.error!.code, 'invalid_record');
    assert.deepEqual(r.error!.issues[0]!.path, ['events', 0, 'author']);
    const last = r.error!.issues.at(-1)!;
    assert.equal(last.code, 'too_many_issues');
    assert.ok(r.error!.issues.length > 1000 && r.error!.issues.length < 1010);
  });

  it('applyEvent, checkApplication and parsePlan on arbitrary values', async () => {
    const { applyEvent, checkApplication, parsePlan, mechnetDefinition: d } = await import('../../src/index.js');
    const record = parseRecord(smallRecord());
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        onlyMechnetError(() => applyEvent(record, v));
        onlyMechnetError(() => parsePlan(v, d));
        const r = checkApplication(d, v);
        assert.equal(r.outcome, 'reject');
      }),
      { numRuns: 300 },
    );
    // Well-formed events of every type with random references: refused with MechnetError, never a TypeError.
    const types = ['enrolment.accepted', 'phase.advanced', 'manager.assigned', 'measurement.recorded', 'verification.held', 'collaboration.started', 'aggregation.signed', 'firm.withdrawn'];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.constantFrom('00743110157', '01234560124'), fc.string(), (type, firm, ref) => {
        onlyMechnetError(() => applyEvent(record, { id: 'zz', type, date: '2010-12-01', author: 'x', firm, phase: 'plan', manager: ref, indicator: ref, value: 1, scheduled: '2010-12-01', collaboration: ref, aggregation: ref, signatories: [firm, firm], deed: 'notarial', reason: 'r', budgetDays: 1 }));
      }),
      { numRuns: 200 },
    );
  });

  it('on objects whose getters throw', () => {
    const trap = { programme: 'mechnet-varese-2010', get events(): unknown { throw new TypeError('boom'); } };
    const r = safeParseRecord(trap);
    assert.equal(r.success, false);
    assert.equal(r.error!.code, 'invalid_input');
    assert.equal(r.error!.issues[0]!.code, 'unreadable');
  });

  it('on an event whose getter throws: unreadable at the event, not a defect', () => {
    const event = Object.defineProperty({ id: 'e1', type: 'firm.withdrawn', date: '2010-03-01', author: 'x' }, 'firm', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const r = safeParseRecord({ programme: 'mechnet-varese-2010', events: [event] });
    assert.equal(r.success, false);
    assert.equal(r.error!.code, 'invalid_input');
    assert.deepEqual(r.error!.issues.map((i) => [i.code, i.path]), [['unreadable', ['events', 0]]]);
  });

  it('on a revoked proxy, which even Array.isArray cannot look at: refused as an object (found by the fuzz: describing it in the message threw)', async () => {
    const { normalizePartitaIva, formatCents } = await import('../../src/index.js');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const run of [() => normalizePartitaIva(proxy as never), () => formatCents(1, { fraction: proxy } as never)]) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof MechnetError);
      assert.equal(error.code, 'invalid_input');
      assert.equal(error.issues[0]!.code, 'invalid_type');
      assert.equal(error.issues[0]!.params.received, 'object');
    }
  });

  it('on parameters keyed by a symbol: the issue names the key (found by the fuzz: a path with a symbol broke the error itself)', async () => {
    const { reasonText } = await import('../../src/index.js');
    let error: unknown;
    try {
      reasonText('sector', { [Symbol.toPrimitive]: () => 1 } as never);
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof MechnetError);
    assert.equal(error.code, 'invalid_input');
    assert.deepEqual(error.issues[0]!.path, ['params', 'Symbol(Symbol.toPrimitive)']);
    assert.match(error.messageIn('en'), /params\.Symbol\(Symbol\.toPrimitive\)/);
  });
});
