/** Confirmation from the PEC on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { confirmationSuite } from './confirmation.js';
import { tempDir } from './support/fixtures.js';

confirmationSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
