/** Erasure, access and backup on SQLite: a new database file for each test. */
import { join } from 'node:path';
import { privacySuite } from './privacy.js';
import { tempDir } from './support/fixtures.js';

privacySuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
