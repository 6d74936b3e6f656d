/** The hostile-request suite on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { hostileSuite } from './hostile.js';
import { tempDir } from './support/fixtures.js';

hostileSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
