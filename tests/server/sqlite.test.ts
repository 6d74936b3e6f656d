/** The server suite on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { serverSuite } from './contract.js';
import { tempDir } from './support/fixtures.js';

serverSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
