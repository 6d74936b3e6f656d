/** Decisions and reminders through the outbox on SQLite: a new database file for the run. */
import { join } from 'node:path';
import { remindersSuite } from './reminders.js';
import { tempDir } from './support/fixtures.js';

remindersSuite('sqlite', () => `sqlite:${join(tempDir(), 'mechnet.sqlite')}`);
