/** The officer's desk on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { officerSuite } from './officer.js';
import { tempDir } from './support/fixtures.js';

officerSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
