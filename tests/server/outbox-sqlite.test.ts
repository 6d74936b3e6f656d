/** E-mail through the outbox on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { outboxSuite } from './outbox.js';
import { tempDir } from './support/fixtures.js';

outboxSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
