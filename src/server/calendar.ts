/**
 * Calendar feeds (RFC 5545) of the verification calendars: the text of a
 * feed written with `ical-generator` from {@link verificationCalendar}'s
 * plain data, and the unguessable address of a firm's own feed, derived
 * from a secret so that no token is stored.
 */
import { createHmac } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDaysUnchecked } from '../model/calendar.js';
import type { VerificationCalendar } from '../verification/views.js';

/** Bytes of the HMAC kept in a token: 16 bytes, 128 bits, 22 characters of base64url. */
const TOKEN_BYTES = 16;

/** The shortest secret accepted, in bytes. */
export const MIN_CALENDAR_SECRET_BYTES = 16;

/** A secret as the handler and the CLI take it. */
export type CalendarSecret = string | Uint8Array;

/** The secret as bytes, refused when shorter than {@link MIN_CALENDAR_SECRET_BYTES}. */
export function secretBytes(secret: CalendarSecret): Buffer {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (bytes.byteLength < MIN_CALENDAR_SECRET_BYTES) {
    throw new RangeError(`mechnet: the calendar secret must have at least ${MIN_CALENDAR_SECRET_BYTES} bytes (it has ${bytes.byteLength}); 32 random bytes are a good secret`);
  }
  return bytes;
}

/**
 * The token of a firm's calendar feed: base64url of the first 128 bits of
 * HMAC-SHA256(secret, `programmeId:partitaIva`). Nothing is stored: the
 * server computes it again to recognise the address; another secret gives
 * other addresses (changing the secret retires every address given out).
 *
 * @throws RangeError when the secret has fewer than 16 bytes.
 *
 * @example
 * ```ts
 * calendarToken(secret, 'mechnet-varese-2010', '02184730121'); // 22 characters of A-Z a-z 0-9 - _
 * ```
 */
export function calendarToken(secret: CalendarSecret, programmeId: string, partitaIva: string): string {
  return createHmac('sha256', secretBytes(secret)).update(`${programmeId}:${partitaIva}`, 'utf8').digest().subarray(0, TOKEN_BYTES).toString('base64url');
}

/**
 * The path of a firm's own calendar feed under the handler's base path:
 * `{basePath}/calendar/{token}.ics`. The acceptance message gives it to the
 * firm (with the server's origin in front); nobody else can work it out
 * without the secret.
 *
 * @throws RangeError when the secret has fewer than 16 bytes.
 *
 * @example
 * ```ts
 * const path = calendarFeedPath(secret, 'mechnet-varese-2010', '02184730121');
 * // '/api/calendar/3q2-7w….ics'
 * const url = new URL(path, 'https://mechnet.va.camcom.it').href;
 * ```
 */
export function calendarFeedPath(secret: CalendarSecret, programmeId: string, partitaIva: string, basePath = '/api'): string {
  return `${basePath.replace(/\/+$/, '')}/calendar/${calendarToken(secret, programmeId, partitaIva)}.ics`;
}

/** A calendar date as ical-generator takes a `Temporal.PlainDate`: written as `VALUE=DATE`, never shifted by a time zone. */
function plainDate(iso: string) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return {
    year,
    month,
    day,
    toPlainDateTime(): never {
      throw new Error('mechnet: a calendar date has no time');
    },
    toString: () => iso,
    toJSON: () => iso,
  };
}

/** Options of {@link renderCalendar}. */
export interface RenderCalendarOptions {
  /** The programme's time zone, announced to calendar programs (`X-WR-TIMEZONE`). Default `Europe/Rome`. */
  timeZone?: string;
}

/**
 * The RFC 5545 text (`text/calendar`) of a verification calendar: one
 * all-day `VEVENT` per entry (`DTSTART;VALUE=DATE`, so a date never moves
 * with a time zone), `UID` and `SEQUENCE` from the entry, `DTSTAMP` the
 * entry's last change (so the same record gives the same text), a missed
 * verification `STATUS:CANCELLED`.
 *
 * @example
 * ```ts
 * import { verificationCalendar } from 'mechnet';
 * const text = renderCalendar(verificationCalendar(record), { timeZone: 'Europe/Rome' });
 * ```
 */
export function renderCalendar(calendar: VerificationCalendar, options: RenderCalendarOptions = {}): string {
  const cal = ical({
    name: calendar.name,
    prodId: { company: 'mechnet', product: 'mechnet', language: calendar.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    x: [['X-WR-TIMEZONE', options.timeZone ?? 'Europe/Rome']],
  });
  for (const e of calendar.entries) {
    cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: new Date(`${e.changedOn}T00:00:00Z`),
      start: plainDate(e.date),
      end: plainDate(addDaysUnchecked(e.date, 1)),
      allDay: true,
      summary: e.summary,
      description: e.description,
      status: e.status === 'missed' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
