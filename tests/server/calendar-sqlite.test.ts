/** Calendar feeds on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { calendarSuite } from './calendar.js';
import { tempDir } from './support/fixtures.js';

calendarSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
