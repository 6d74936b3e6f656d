/**
 * Errors tell the truth: only reading the caller's value may be reported as
 * unreadable input; a throw inside a rule, once the input was read, is a
 * defect of the library, `MechnetError('internal')` with the original error
 * as `cause`.
 *
 * The defects are injected by stubbing, with node:test's `mock`, a built-in
 * that a rule calls after its input was read (the library has no test-only
 * code path): the number formatter behind every amount of money in a
 * message or a report, `structuredClone`, `Math.round` inside a refinement
 * of a schema. Each test checks that its stub was reached, so that a rule
 * that stops calling it makes the test fail instead of passing for nothing.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import * as api from '../../src/index.js';
import * as reportApi from '../../src/report/index.js';
import {
  allocate,
  applyEvent,
  checkApplication,
  consentState,
  firmStates,
  mechnetDefinition,
  MechnetError,
  parseDefinition,
  parseRecord,
  programmeReport,
  publicRecord,
  safeParseDefinition,
  safeParseRecord,
  shapley,
} from '../../src/index.js';
import { renderCsv, renderText } from '../../src/report/index.js';
import { clone, smallRecord, validApplication } from '../fixtures/sample.js';

/** The error a stub throws: the defect. */
class Planted extends Error {
  override name = 'Planted';
}

/** Makes the number formatter of every amount of money and every figure throw. */
function breakNumberFormat(defect: Error) {
  return mock.getter(Intl.NumberFormat.prototype, 'format', () => {
    throw defect;
  });
}

/** Runs `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('nothing was thrown');
}

/** The error is the library's defect, with `defect` as its cause, in the language asked for. */
function assertInternal(e: unknown, defect: Error, lang: 'it' | 'en' = 'it'): void {
  assert.ok(e instanceof MechnetError, `${String(e)} is a MechnetError`);
  assert.equal(e.code, 'internal');
  assert.equal(e.cause, defect, 'the original error is the cause');
  assert.equal(e.issues.length, 1);
  assert.equal(e.issues[0]!.code, 'internal_error');
  assert.deepEqual(e.issues[0]!.path, []);
  assert.equal(e.lang, lang);
  // Asks to report it, in both languages; never repeats the original message (it may quote the data).
  assert.match(e.issues[0]!.messages.it, /segnala/);
  assert.match(e.issues[0]!.messages.en, /report it/);
  for (const text of [e.message, e.messageIn('it'), e.messageIn('en')]) assert.doesNotMatch(text, /planted/);
}

/** A record that cannot even be read: its events are behind a getter that throws. */
const unreadableRecord = () => ({
  programme: 'mechnet-varese-2010',
  get events(): unknown {
    throw new TypeError('getter');
  },
});

function assertUnreadable(e: unknown): void {
  assert.ok(e instanceof MechnetError, `${String(e)} is a MechnetError`);
  assert.equal(e.code, 'invalid_input');
  assert.equal(e.issues[0]!.code, 'unreadable');
  assert.equal(e.cause, undefined, 'what a caller\'s getter threw is not kept');
}

describe('a throw inside a rule is MechnetError("internal") with its cause, never bad input', () => {
  afterEach(() => mock.restoreAll());

  it('parseRecord: a rule of the record (a message with an amount) fails after the record was read', () => {
    const defect = new Planted('planted');
    const format = breakNumberFormat(defect);
    assertInternal(thrown(() => parseRecord(smallRecord(), { lang: 'en' })), defect, 'en');
    assert.ok(format.mock.callCount() > 0, 'the stub was reached');
  });

  it('safeParseRecord returns the internal error, not an invalid record', () => {
    const defect = new Planted('planted');
    breakNumberFormat(defect);
    const r = safeParseRecord(smallRecord());
    assert.equal(r.success, false);
    assertInternal(r.error, defect);
  });

  it('…while a getter that throws on the input is still unreadable input, stub or not', () => {
    breakNumberFormat(new Planted('planted'));
    assertUnreadable(thrown(() => parseRecord(unreadableRecord())));
    const r = safeParseRecord(unreadableRecord());
    assert.equal(r.success, false);
    assertUnreadable(r.error);
    assertUnreadable(thrown(() => firmStates(unreadableRecord() as never)));
  });

  it('applyEvent: accepting a firm runs the eligibility rules, whose failure is the library\'s', () => {
    const base = clone(smallRecord());
    const applied = base.events.findIndex((e) => e.type === 'enrolment.accepted');
    const accepted = base.events[applied]!;
    base.events = base.events.slice(0, applied);
    const record = parseRecord(base);
    const defect = new Planted('planted');
    breakNumberFormat(defect);
    assertInternal(thrown(() => applyEvent(record, accepted)), defect);
  });

  it('checkApplication does not turn the defect into a rejection of the firm', () => {
    const defect = new Planted('planted');
    breakNumberFormat(defect);
    assertInternal(thrown(() => checkApplication(mechnetDefinition, validApplication())), defect);
  });

  it('the report renderers, on a report they have read and checked', () => {
    const report = programmeReport(parseRecord(smallRecord()), { asOf: '2011-12-31' });
    const defect = new Planted('planted');
    breakNumberFormat(defect);
    assertInternal(thrown(() => renderText(report)), defect);
    assertInternal(thrown(() => renderCsv(JSON.parse(JSON.stringify(report)))), defect);
  });

  it('views of a record: consentState and publicRecord (structuredClone fails)', () => {
    const record = parseRecord(smallRecord());
    const defect = new Planted('planted');
    const clone = mock.method(globalThis, 'structuredClone', () => {
      throw defect;
    });
    assertInternal(thrown(() => consentState(record, '00743110157', { lang: 'en' })), defect, 'en');
    assertInternal(thrown(() => publicRecord(record)), defect);
    assert.ok(clone.mock.callCount() >= 2);
  });

  it('a refinement of a schema, which zod runs while it reads the input, is the library\'s own code', () => {
    // zod runs our refinements in the middle of its parse, on what it has read: a throw there is a defect, not an unreadable input.
    const definition = clone(mechnetDefinition);
    const defect = new Planted('planted');
    const round = mock.method(Math, 'round', () => {
      throw defect;
    });
    assertInternal(thrown(() => parseDefinition(definition)), defect);
    const r = safeParseDefinition(definition, { lang: 'en' });
    assert.equal(r.success, false);
    assertInternal(r.error, defect, 'en');
    assert.ok(round.mock.callCount() > 0);
  });

  it('economics: the library\'s computation fails as internal; the caller\'s game failing is the caller\'s', () => {
    const defect = new Planted('planted');
    const clz = mock.method(Math, 'clz32', () => {
      throw defect;
    });
    assertInternal(thrown(() => shapley({ size: 3, value: () => 1 })), defect);
    assert.ok(clz.mock.callCount() > 0);
    mock.restoreAll();
    // The caller's own value function throwing is reported as such, with the coalition.
    const e = thrown(() => shapley({ size: 2, value: (m) => (m[1] ? (null as never as number[])[0]! : 0) }));
    assert.ok(e instanceof MechnetError);
    assert.equal(e.code, 'invalid_input');
    assert.equal(e.issues[0]!.code, 'game_value_failed');
  });

  it('economics: weights behind a getter that throws are unreadable input', () => {
    const weights = [1, 2];
    Object.defineProperty(weights, 1, {
      get() {
        throw new Error('getter');
      },
    });
    const e = thrown(() => allocate(100, weights));
    assert.ok(e instanceof MechnetError);
    assert.equal(e.code, 'invalid_input');
    assert.equal(e.issues[0]!.code, 'input_unreadable');
  });

  it('a value read twice cannot change between the check and the rule: it is read once', () => {
    // A weight that is valid the first time it is read and not a number after.
    let reads = 0;
    const weights = [1, 1];
    Object.defineProperty(weights, 0, {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 1 : Number.NaN;
      },
    });
    assert.deepEqual(allocate(100, weights), [50, 50]);
    assert.equal(reads, 1);
  });
});

describe('every exported function draws the line between reading its input and running its rules', () => {
  it('each runs its work inside the boundary that turns a throw into `internal` (guarded, or a parser or renderer built on it)', () => {
    // A structural check, so that a new public function cannot forget it; the tests above show what the boundary does.
    const unguarded = [...Object.entries(api), ...Object.entries(reportApi)]
      .filter(([name, value]) => typeof value === 'function' && name !== 'MechnetError')
      .filter(([, fn]) => !/\b(guarded|runParse|safely|rendering)\(/.test(String(fn)))
      .map(([name]) => name);
    assert.deepEqual(unguarded, []);
  });
});
