/**
 * The text of a calendar feed (RFC 5545) and the firms' feed tokens, in
 * every time zone of the unit run: a date never shifts by a day, the text
 * parses back (ical.js), the same record gives the same text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { parseRecord, verificationCalendar } from '../../src/index.js';
import { calendarFeedPath, calendarToken, renderCalendar } from '../../src/server/index.js';
import { sampleRecordJson } from './load-sample.js';

const TZ = process.env.TZ ?? 'default';
const record = parseRecord(sampleRecordJson());
const SECRET = 'sixteen-bytes-at-least, here more';

describe(`renderCalendar (TZ=${TZ})`, () => {
  it('all-day entries on the calendar dates, whatever the time zone of the machine', () => {
    const text = renderCalendar(verificationCalendar(record, { firm: '01630580122', asOf: '2012-03-30' }));
    const lines = text.split('\r\n');
    assert.equal(lines.at(-1), '', 'every line, the last one too, ends with CRLF');
    assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('DTSTART')),
      ['20100602', '20100925', '20101202', '20110302', '20110602', '20110901', '20111201', '20120302', '20120601'].map((d) => `DTSTART;VALUE=DATE:${d}`),
    );
    assert.ok(lines.filter((l) => l.startsWith('DTSTAMP')).every((l) => /^DTSTAMP:\d{8}T000000Z$/.test(l)), 'DTSTAMP in UTC');
    assert.ok(lines.includes('X-WR-TIMEZONE:Europe/Rome'));
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 9);
    assert.ok(events.every((e) => e.startDate.isDate));
    assert.equal(events[1]!.startDate.toString(), '2010-09-25');
    assert.equal(events[1]!.endDate.toString(), '2010-09-26');
    assert.equal(events[1]!.sequence, 1);
    assert.equal(events[1]!.uid, 'mechnet-varese-2010-01630580122-verification-2010-09-01@mechnet');
    assert.equal(events[1]!.summary, 'Verifica periodica di Rettifiche Zanzi di Zanzi Ernesto (tenuta)');
  });

  it('the same calendar gives the same text, byte for byte', () => {
    const c = verificationCalendar(record, { firm: '01630580122', asOf: '2012-03-30' });
    assert.equal(renderCalendar(c), renderCalendar(structuredClone(c)));
    assert.equal(renderCalendar(verificationCalendar(record)), renderCalendar(verificationCalendar(record)));
  });

  it('a withdrawn firm: only what it had before it left; a missed verification is CANCELLED', () => {
    const text = renderCalendar(verificationCalendar(record, { firm: '01482690128', asOf: '2012-03-30' }));
    assert.equal(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length, 2);
    const missed = verificationCalendar(record, { firm: '01482690128', asOf: '2012-03-30' });
    missed.entries[1] = { ...missed.entries[1]!, status: 'missed' };
    const status = new ICAL.Component(ICAL.parse(renderCalendar(missed))).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'));
    assert.deepEqual(status, ['CONFIRMED', 'CANCELLED']);
  });
});

describe('calendarToken and calendarFeedPath', () => {
  it('128 bits of HMAC-SHA256 in base64url: 22 characters, the same every time, another for another firm, programme or secret', () => {
    const t = calendarToken(SECRET, 'mechnet-varese-2010', '01630580122');
    assert.match(t, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(calendarToken(SECRET, 'mechnet-varese-2010', '01630580122'), t);
    assert.equal(calendarToken(Buffer.from(SECRET), 'mechnet-varese-2010', '01630580122'), t);
    assert.notEqual(calendarToken(SECRET, 'mechnet-varese-2010', '02184730121'), t);
    assert.notEqual(calendarToken(SECRET, 'agrifood-cuneo-2024', '01630580122'), t);
    assert.notEqual(calendarToken(`${SECRET}!`, 'mechnet-varese-2010', '01630580122'), t);
    assert.equal(calendarFeedPath(SECRET, 'mechnet-varese-2010', '01630580122'), `/api/calendar/${t}.ics`);
    assert.equal(calendarFeedPath(SECRET, 'mechnet-varese-2010', '01630580122', '/mechnet/api/'), `/mechnet/api/calendar/${t}.ics`);
  });

  it('refuses a secret shorter than 16 bytes', () => {
    assert.throws(() => calendarToken('fifteen bytes!!', 'p', '01630580122'), RangeError);
    assert.doesNotThrow(() => calendarToken('sixteen bytes!!!', 'p', '01630580122'));
  });
});
