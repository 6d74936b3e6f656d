import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EnrolmentApplicationSchema } from '../../src/enrolment/application.js';
import { applicationTable } from '../../src/enrolment/application-table.js';
import { madeHere } from '../../src/model/freeze.js';
import { parseRecordShape } from '../../src/lifecycle/index.js';
import { readShape, REFUSED, type ShapeTable } from '../../src/model/shape-reader.js';
import { EventSchema } from '../../src/record/events.js';
import { EVENT_NODE, recordTable } from '../../src/record/shape-table.js';
import { shapeTableFiles } from '../../scripts/shape-tables.js';
import { syntheticEconomicsRecord, syntheticLifecycleRecord } from '../../bench/synthetic.js';
import { clone, validApplication } from '../fixtures/sample.js';
import { sampleRecordJson } from './load-sample.js';

const root = new URL('../../', import.meta.url);

/** Every valid event the tests know: the sample record's and the synthetic records' (every type of event). */
function knownEvents(): unknown[] {
  const events: unknown[] = [...(sampleRecordJson() as { events: unknown[] }).events];
  events.push(...clone(syntheticLifecycleRecord(3).events), ...clone(syntheticEconomicsRecord(4).events));
  // The types the records above do not have.
  const base = { date: '2011-02-01', author: 'Ufficio Innovazione', firm: '00743110157' };
  events.push(
    { ...base, id: 'c1', type: 'enrolment.confirmed', application: 'app-0001', by: 'pec-link' },
    { ...base, id: 'c2', type: 'enrolment.confirmed', application: 'app-0002', by: 'officer', how: 'Telefonata al legale rappresentante' },
    { ...base, id: 'w1', type: 'enrolment.waitlisted' },
    {
      ...base,
      id: 'r1',
      type: 'enrolment.rejected',
      application: 'app-0001',
      reasons: [{ code: 'duplicate', message: { it: 'La PEC non è quella del registro', en: 'Not the PEC of the register' } }],
    },
    {
      ...base,
      id: 'g1',
      type: 'consent.given',
      consent: { noticeVersion: '2010-01', purposes: { newsletter: false, 'publish-figures': true }, givenAt: '2011-02-01T10:00:00+01:00' },
    },
    { ...base, id: 'g2', type: 'consent.withdrawn', purposes: ['publish-figures'], at: '2012-04-10T11:00:00+02:00' },
    { ...base, id: 'e1', type: 'erasure', basis: 'request', fields: ['contact.name'], reason: 'Richiesta del 2 luglio 2012' },
    { ...base, id: 'm1', type: 'manager.released', manager: 'tm-rossi' },
  );
  return events;
}

/** The reader and zod agree on `value`: when the reader reads it, zod reads the same. */
function agree(
  table: ShapeTable,
  at: number,
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
  value: unknown,
): boolean {
  const read = readShape(table, value, { at });
  if (read === REFUSED) return false;
  const z = schema.safeParse(value);
  assert.ok(z.success, `the reader read what zod refuses: ${JSON.stringify(value).slice(0, 300)}`);
  assert.deepStrictEqual(read, z.data);
  return true;
}

/** Every place in a value: the path and the value there. */
function places(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...places(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
  return out;
}

function setAt(value: unknown, path: (string | number)[], to: unknown, remove = false): unknown {
  if (path.length === 0) return to;
  const copy = clone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete at[last];
  } else at[last] = to;
  return copy;
}

/** A wrong (or odd) value in place of `v`: of another kind, off by a little, with blanks, too precise, too big. */
const changed = (v: unknown) =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      0,
      -1,
      0.5,
      1e-7,
      1.0000001,
      2 ** 53,
      1e13,
      -1e13,
      NaN,
      Infinity,
      '',
      ' x',
      'x ',
      [],
      {},
      '2010-02-30',
      '1899-12-31',
      '3000-01-01',
      'IT00743110157',
      '00743110157',
    ),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer(),
    typeof v === 'string' ? fc.constantFrom(` ${v}`, `${v} `, v.toUpperCase(), v.slice(1), `${v}x`, v.repeat(3)) : fc.constant(v),
    typeof v === 'number' ? fc.constantFrom(v + 0.1, v * 1e6, -v, v + 1e-7, v / 3, Math.round(v) + 0.5) : fc.constant(v),
  );

describe('the shape reader', () => {
  it('reads tables that are those the JSON Schemas give now (npm run build writes them)', () => {
    for (const { path, text } of shapeTableFiles()) {
      assert.equal(readFileSync(new URL(path, root), 'utf8'), text, `${path} is out of date: run npm run build`);
    }
  });

  it('judges every event itself: nothing under an event is left to zod', () => {
    const seen = new Set<number>();
    const visit = (at: number): void => {
      if (seen.has(at)) return;
      seen.add(at);
      const n = recordTable.nodes[at]!;
      assert.notEqual(n.k, 'x', `node ${at} of an event is not judged by the reader`);
      if (n.k === 'a') visit(n.i);
      if (n.k === 't') n.i.forEach(visit);
      if (n.k === 'o') n.p.forEach(([, c]) => visit(c));
      if (n.k === 'm') [n.key, n.v].forEach(visit);
      if (n.k === 'u') n.o.forEach(visit);
    };
    visit(EVENT_NODE);
    assert.ok(seen.size > 100);
  });

  it('reads every known valid event and application as zod does (the same copy)', () => {
    const events = knownEvents();
    const types = new Set(events.map((e) => (e as { type: string }).type));
    assert.ok(types.size >= 30, `${types.size} types of event`);
    for (const e of events) assert.ok(agree(recordTable, EVENT_NODE, EventSchema, e), `refused ${JSON.stringify(e).slice(0, 200)}`);
    assert.ok(agree(applicationTable, applicationTable.root, EnrolmentApplicationSchema, validApplication()));
  });

  it('never reads what zod refuses: one field changed, removed or added, in any event or application', () => {
    const events = knownEvents();
    const documents: { table: ShapeTable; at: number; schema: typeof EventSchema | typeof EnrolmentApplicationSchema; value: unknown }[] = [
      ...events.map((value) => ({ table: recordTable, at: EVENT_NODE, schema: EventSchema, value })),
      { table: applicationTable, at: applicationTable.root, schema: EnrolmentApplicationSchema, value: validApplication() },
    ];
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(documents.length - 1).chain((d) => {
          const doc = documents[d]!;
          const all = places(doc.value);
          return fc.tuple(fc.constant(doc), fc.constantFrom(...all), fc.nat(2)).chain(([doc, place, how]) =>
            changed(place.value).map((to) => {
              if (how === 0) return { doc, value: setAt(doc.value, place.path, to) };
              if (how === 1 && place.path.length > 0) return { doc, value: setAt(doc.value, place.path, undefined, true) };
              const extra = place.value !== null && typeof place.value === 'object' && !Array.isArray(place.value);
              return { doc, value: extra ? setAt(doc.value, [...place.path, 'extra'], to) : setAt(doc.value, place.path, to) };
            }),
          );
        }),
        ({ doc, value }) => {
          if (agree(doc.table, doc.at, doc.schema, value)) read++;
          else refused++;
        },
      ),
      { numRuns: Number(process.env.MECHNET_FUZZ_RUNS ?? 10_000) },
    );
    // Both answers were given many times: the property said something.
    assert.ok(read > 100 && refused > 100, `read ${read}, refused ${refused}`);
  });

  it('refuses a text with blanks around it (zod trims it: zod reads it), an inline definition, and a value of the wrong kind', () => {
    const e = clone(knownEvents()[0]) as Record<string, unknown>;
    assert.notEqual(readShape(recordTable, e, { at: EVENT_NODE }), REFUSED);
    assert.equal(readShape(recordTable, { ...e, author: ' Giulia ' }, { at: EVENT_NODE }), REFUSED);
    assert.equal(EventSchema.safeParse({ ...e, author: ' Giulia ' }).success, true);
    assert.equal(readShape(recordTable, { programme: {}, events: [] }), REFUSED);
    assert.notEqual(readShape(recordTable, { programme: 'mechnet-varese-2010', events: [e] }), REFUSED);
    assert.equal(readShape(recordTable, { ...e, date: '2010-02-29' }, { at: EVENT_NODE }), REFUSED);
  });

  it('with freeze, gives a copy frozen throughout; the value read is not touched', () => {
    const e = clone(knownEvents().find((x) => (x as { type: string }).type === 'enrolment.applied'));
    const read = readShape(recordTable, e, { at: EVENT_NODE, freeze: true }) as Record<string, unknown>;
    for (const { value } of places(read)) {
      if (value !== null && typeof value === 'object') {
        assert.ok(Object.isFrozen(value));
      }
    }
    assert.notEqual(read, e);
    assert.equal(Object.isFrozen(e), false);
    const record = parseRecordShape({ programme: 'mechnet-varese-2010', events: [e] });
    assert.ok(madeHere(record) && Object.isFrozen(record.events[0]));
  });
});
