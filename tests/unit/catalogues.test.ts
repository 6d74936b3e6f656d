/**
 * Every word the library shows lives in a catalogue, one per language, and
 * every catalogue is complete in Italian and in English: the rules' issues
 * and reasons, the report, the command line and the elements.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en as formEn } from '../../components/enrolment-form/messages-en.js';
import { it as formIt } from '../../components/enrolment-form/messages-it.js';
import { uiMessages } from '../../components/shared/messages.js';
import { cliMessages } from '../../src/cli/messages.js';
import { storeMessages } from '../../src/cli/store-messages.js';
import { serverMessages } from '../../src/server/messages.js';
import { mailCatalogues } from '../../src/communication/compose.js';
import { en } from '../../src/i18n/en.js';
import { it as itCatalogue } from '../../src/i18n/it.js';
import { reasonsEn } from '../../src/i18n/reasons-en.js';
import { reasonsIt } from '../../src/i18n/reasons-it.js';
import { valueWords } from '../../src/i18n/values.js';
import { reportLabels, sideStateLabels } from '../../src/report/labels.js';

/** The paths of every leaf (a text or a message function) of a catalogue. */
function keys(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [at];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, at ? `${at}.${k}` : k));
}

/** The leaves that are empty texts or functions that give an empty text. */
function empty(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [at] : [];
  if (typeof value === 'function') {
    const text = String((value as (p: object, n?: number) => unknown)({}, 1));
    return text.trim() === '' ? [at] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => empty(v, at ? `${at}.${k}` : k));
}

const catalogues: [string, unknown, unknown][] = [
  ['issues of the rules (src/i18n)', itCatalogue, en],
  ['eligibility reasons', reasonsIt, reasonsEn],
  ['names of values received', valueWords.it, valueWords.en],
  ['periodic verification report', reportLabels.it, reportLabels.en],
  ['side states of the report', sideStateLabels.it, sideStateLabels.en],
  ['command line', cliMessages.it, cliMessages.en],
  ['command line on a store', storeMessages.it, storeMessages.en],
  ['server answers', serverMessages.it, serverMessages.en],
  ['messages to firms (src/communication)', mailCatalogues.it, mailCatalogues.en],
  ['elements', uiMessages.it, uiMessages.en],
  ['enrolment form', formIt, formEn],
];

describe('catalogues complete in both languages', () => {
  for (const [name, italian, english] of catalogues) {
    it(`${name}: the same keys in Italian and English, none empty`, () => {
      assert.deepEqual(keys(italian).sort(), keys(english).sort());
      assert.deepEqual(empty(italian), []);
      assert.deepEqual(empty(english), []);
    });
  }

  it('a missing key is caught: a catalogue without one message differs', () => {
    const { required: _gone, ...short } = itCatalogue;
    assert.notDeepEqual(keys(short).sort(), keys(en).sort());
  });
});
