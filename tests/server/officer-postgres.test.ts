/**
 * The officer's desk on PostgreSQL: the database `npm test` starts
 * (scripts/test-server.mjs sets MECHNET_PG_URL). Without one, this fails
 * and says why.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { officerSuite } from './officer.js';

const url = process.env.MECHNET_PG_URL;
if (url) officerSuite('postgres', () => url);
else {
  it('has a PostgreSQL database to test on', () => {
    assert.fail(`no PostgreSQL: ${process.env.MECHNET_PG_PROBLEM ?? 'MECHNET_PG_URL is not set (run npm run test:server)'}`);
  });
}
