/** The hostile-request suite on PostgreSQL: the database `npm test` starts (MECHNET_PG_URL). */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hostileSuite } from './hostile.js';

const url = process.env.MECHNET_PG_URL;
if (url) hostileSuite('postgres', () => url);
else {
  it('has a PostgreSQL database to test on', () => {
    assert.fail(`no PostgreSQL: ${process.env.MECHNET_PG_PROBLEM ?? 'MECHNET_PG_URL is not set (run npm run test:server)'}`);
  });
}
