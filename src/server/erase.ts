/**
 * Erasure in a store: the firm's stored events rewritten in place and the
 * `erasure` event appended, in one transaction.
 */
import { applyEvent } from '../lifecycle/apply-event.js';
import { parseRecord } from '../lifecycle/parse-record.js';
import { erasePersonalData } from '../privacy/erase.js';
import { applicationReference, referenceOf } from '../enrolment/views.js';
import { stateOf } from '../lifecycle/state.js';
import { confirms } from '../record/state.js';
import { presets } from '../programme/presets.js';
import type { EventOf } from '../record/events.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { dateIn } from './http.js';
import type { EventRewrite, Store } from './store.js';

/** The beginnings of the causes of every message the outbox may hold about a firm. */
function messagesAbout(record: ProgrammeRecord, firm: string): string[] {
  const state = stateOf(record);
  const causes: string[] = [];
  if (confirms(state)) {
    for (const c of state.claims.values()) {
      if (c.firm !== firm) continue;
      causes.push(`receipt:${referenceOf(state.definition.id, c.order)}:`, `confirmation:${c.id}:`);
    }
  } else {
    const reference = applicationReference(record, firm);
    if (reference) causes.push(`receipt:${reference}:`);
  }
  for (const e of record.events) {
    if ((e.type === 'enrolment.accepted' || e.type === 'enrolment.waitlisted' || e.type === 'enrolment.rejected') && e.firm === firm) causes.push(`decision:${e.id}:`);
  }
  causes.push(`verification-coming:${firm}:`, `verification-overdue:${firm}:`);
  return causes;
}

/** Options of {@link eraseFirm}. */
export interface EraseFirmOptions {
  /** The programme's id in the store (or of a preset). */
  programme: string;
  /** The firm's partita IVA. */
  firm: string;
  /** Why: written in the `erasure` event (never the erased values). */
  reason: string;
  /** Who erases (the officer), written in the `erasure` event. */
  author: string;
  /** At the data subject's request (default) or because the retention time ended. */
  basis?: 'request' | 'retention';
  /** The clock. Default: the system clock. */
  now?: () => Date;
  /** The time zone that dates the event. Default `Europe/Rome`. */
  timeZone?: string;
  /** Language of errors. */
  lang?: 'it' | 'en';
}

/** What {@link eraseFirm} did. */
export interface EraseFirmResult {
  /** The firm's partita IVA. */
  firm: string;
  /** Whether anything was erased: false when nothing personal was left (a second erasure). */
  erased: boolean;
  /** The fields erased (the `erasure` event's `fields`); empty when nothing was. */
  fields: string[];
  /** How many stored events were rewritten. */
  rewritten: number;
  /** The `erasure` event appended, when something was erased. */
  event?: EventOf<'erasure'>;
  /** The log's version afterwards. */
  version: number;
}

/** The programme's record as stored, and each event's version. */
async function storedRecord(store: Store, programme: string, lang: 'it' | 'en'): Promise<{ record: ProgrammeRecord; versions: number[] }> {
  const kept = await store.programme(programme);
  if (!kept && !Object.hasOwn(presets, programme)) throw new Error(`mechnet: no programme "${programme}" in the store and no preset of that name`);
  const events = await store.events(programme);
  const record = parseRecord({ programme: kept?.definition ?? programme, events: events.map((e) => e.event) }, { lang });
  return { record, versions: events.map((e) => e.version) };
}

/**
 * Erases a firm's personal data in a store (GDPR art. 17, rule-book §12):
 * the stored events that hold it are rewritten in place with redaction
 * markers ({@link erasePersonalData} says which and how) and an `erasure`
 * event records who, when, why and which fields, all in one transaction,
 * only if nobody appended meanwhile (else it reads and tries again). On
 * SQLite the database runs with `secure_delete` and the write-ahead log is
 * emptied into the file afterwards, so the old bytes are in neither file;
 * on PostgreSQL the table is vacuumed, so the old row versions are pruned
 * (their bytes may stay in a page's free space until PostgreSQL writes that
 * page again: `VACUUM FULL mechnet_events` in a quiet hour rewrites the
 * table's file; WAL archives and earlier backups keep them until they expire).
 * The rewritten rows also lose the request's hash and the stored answer, and
 * a key made of words is replaced by the neutral one.
 *
 * A firm with nothing personal left is not erased again: `erased: false`,
 * nothing written. A handler serving the programme reads the whole record
 * again when it sees an `erasure`, and its public record moves to the new
 * version.
 *
 * @throws `MechnetError` `invalid_input` (`unknown_firm`) when no application has that partita IVA;
 * `invalid_event` for an empty reason or author.
 *
 * @example
 * ```ts
 * import { eraseFirm, openStore } from 'mechnet/server';
 *
 * const store = await openStore('sqlite:.data/mechnet.sqlite');
 * const r = await eraseFirm(store, {
 *   programme: 'mechnet-varese-2010',
 *   firm: '02644180123',
 *   reason: 'Richiesta di cancellazione del 3 marzo (protocollo 1234)',
 *   author: 'Ufficio Innovazione',
 * });
 * r.fields; // ['enrolment.applied.application.contact', ...]
 * ```
 */
export async function eraseFirm(store: Store, options: EraseFirmOptions): Promise<EraseFirmResult> {
  const lang = options.lang ?? 'it';
  for (let attempt = 0; ; attempt++) {
    const { record, versions } = await storedRecord(store, options.programme, lang);
    const version = versions.at(-1) ?? 0;
    const plan = erasePersonalData(record, options.firm, { lang });
    if (plan.rewrites.length === 0) return { firm: plan.firm, erased: false, fields: [], rewritten: 0, version };
    const last = record.events.at(-1)?.date ?? '1900-01-01';
    const today = dateIn((options.now ?? (() => new Date()))(), options.timeZone ?? 'Europe/Rome');
    const ids = new Set(record.events.map((e) => e.id));
    let id = `erasure-${plan.firm}-${record.events.filter((e) => e.type === 'erasure' && e.firm === plan.firm).length + 1}`;
    while (ids.has(id)) id = `${id}-x`;
    const event: EventOf<'erasure'> = {
      type: 'erasure',
      id,
      // Never before the last event: the record stays in date order.
      date: today < last ? last : today,
      author: options.author,
      firm: plan.firm,
      basis: options.basis ?? 'request',
      fields: plan.fields,
      reason: options.reason,
    };
    applyEvent(plan.record, event, { lang }); // the erased record with its erasure passes every rule
    const rewrites: EventRewrite[] = plan.rewrites.map((r) => {
      const key =
        r.event.type === 'enrolment.applied' && record.events[r.index]!.type === 'enrolment.applied'
          ? r.event.application.idempotencyKey
          : undefined;
      return { version: versions[r.index]!, event: r.event as unknown as Record<string, unknown>, ...(key !== undefined ? { idempotencyKey: key } : {}) };
    });
    // The messages to the firm (receipts, confirmation links, decisions, reminders) hold the same personal data: erased with the events.
    const eraseMessages = messagesAbout(record, plan.firm);
    const done = await store.rewrite(options.programme, rewrites, [event as unknown as Record<string, unknown>], { expectedVersion: version, eraseMessages });
    if (done.ok) return { firm: plan.firm, erased: true, fields: plan.fields, rewritten: rewrites.length, event, version: done.version };
    if (attempt >= 20) throw new Error(`mechnet: the log of ${options.programme} keeps moving; erasure not done, try again`);
    // someone appended meanwhile: read again, plan again
  }
}
