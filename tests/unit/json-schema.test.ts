import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  mechnetDefinition,
} from '../../src/index.js';
import { jsonSchema, type SchemaName } from '../../src/schema/json-schema.js';
import { clone, smallRecord, validApplication } from '../fixtures/sample.js';
import { sampleRecordJson } from './load-sample.js';

function validator(name: SchemaName) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // Our own formats carry a `pattern` too; the pattern does the checking.
  for (const f of ['partita-iva', 'codice-fiscale', 'postal-code', 'province', 'ateco', 'phone', 'id']) {
    ajv.addFormat(`mechnet:${f}`, true);
  }
  return ajv.compile(jsonSchema(name));
}

describe('the generated JSON Schemas', () => {
  const record = validator('record');
  const definition = validator('definition');
  const application = validator('application');

  it('are draft 2020-12 documents with an id and a description', () => {
    for (const name of ['record', 'definition', 'application'] as const) {
      const s = jsonSchema(name);
      assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(String(s.$id), new RegExp(`${name}\\.schema\\.json$`));
      assert.equal(typeof s.description, 'string');
    }
  });

  it('accept the sample record, the small record, the preset and a valid application', () => {
    assert.ok(record(sampleRecordJson()), JSON.stringify(record.errors?.slice(0, 3)));
    assert.ok(record(smallRecord()), JSON.stringify(record.errors?.slice(0, 3)));
    assert.ok(record({ programme: clone(mechnetDefinition), events: [] }), JSON.stringify(record.errors?.slice(0, 3)));
    assert.ok(definition(clone(mechnetDefinition)), JSON.stringify(definition.errors?.slice(0, 3)));
    assert.ok(application(validApplication()), JSON.stringify(application.errors?.slice(0, 3)));
  });

  it('reject what the library rejects in shape: bad partita IVA, impossible date, unknown field, fractional cents', () => {
    const a: any = validApplication();
    a.firm.partitaIva = 'IT00743110157';
    assert.equal(application(a), false);
    assert.ok(application.errors!.some((e: { instancePath: string }) => e.instancePath === '/firm/partitaIva'));

    const r: any = smallRecord();
    r.events[1].date = '2010-02-30';
    assert.equal(record(r), false);

    const d: any = clone(mechnetDefinition);
    d.evaluation.capp = 1;
    assert.equal(definition(d), false);

    const b: any = validApplication();
    b.firm.turnoverCents = 10.5;
    assert.equal(application(b), false);
  });
});
