import { expect } from '@open-wc/testing';
import {
  firmStates,
  MechnetError,
  parseRecord,
  safeParseRecord,
} from '../../src/index.js';

describe('the domain API in the browser', () => {
  it('parses the sample record and lists its firms', async () => {
    const text = await (await fetch('/examples/mechnet-varese-2010.json')).text();
    const record = parseRecord(text);
    expect(firmStates(record).length).to.equal(13);
  });

  it('fails with MechnetError, never a TypeError', () => {
    const r = safeParseRecord(null, { lang: 'en' });
    expect(r.success).to.equal(false);
    expect(r.error).to.be.instanceOf(MechnetError);
    expect(r.error!.issues[0]!.messages.en).to.equal('Must be an object, not null');
  });
});
