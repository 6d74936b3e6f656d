/**
 * Erasure (GDPR art. 17, rule-book §12): a firm's personal data replaced in
 * its stored events by the redaction markers a public record uses, figures
 * unchanged. Pure: it says which events to rewrite and how; a store does the
 * rewriting (`eraseFirm` in `mechnet/server`).
 */
import * as z from 'zod/mini';
import type { StoredApplication } from '../enrolment/application.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { Lang } from '../i18n/lang.js';
import { recordIntegrity } from '../lifecycle/integrity.js';
import { checkedRecord } from '../lifecycle/parse-record.js';
import { rememberState } from '../lifecycle/state-cache.js';
import { vouchRecord } from '../lifecycle/vouch.js';
import { deepFreeze } from '../model/freeze.js';
import { ensure, ensureText, guarded, langOf } from '../model/guard.js';
import { LangSchema } from '../model/schemas.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeEvent } from '../record/events.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { eventsNaming } from './mentions.js';

/** Options of {@link erasePersonalData}. */
export interface ErasureOptions {
  /** Language of errors. */
  lang?: Lang;
}

const OptionsSchema = z.object({ lang: z.optional(LangSchema) });

/** One stored event to rewrite: its place in the record and what it becomes. */
export interface ErasureRewrite {
  /** Its position in `record.events` (0-based; a store's version is usually `index + 1`). */
  index: number;
  /** The event's id (unchanged by the rewrite). */
  id: string;
  /** The event as it is to be stored from now on. */
  event: ProgrammeEvent;
}

/** What erasing a firm's personal data changes (see {@link erasePersonalData}). */
export interface ErasurePlan {
  /** The firm's partita IVA. */
  firm: string;
  /** The events to rewrite, in record order; empty when nothing personal is left. */
  rewrites: ErasureRewrite[];
  /**
   * What is erased, as paths inside the events, each once, in record order:
   * `enrolment.applied.application.contact`, `consent.given.consent`,
   * `verification.held.notes` ... (the `fields` of the `erasure` event).
   */
  fields: string[];
  /** The record with those events rewritten (checked, frozen): every view of it gives the same figures. */
  record: ProgrammeRecord;
}

/** The marker of what was erased, as a public record marks what it leaves out. */
const REDACTED = Object.freeze({ redacted: true as const });
/** A required free text that was erased. */
const RESERVED = 'riservato';
/** Who recorded an event the firm itself made, once the person is erased. */
const APPLICANT = "l'impresa richiedente";
/** The plan's owner, once erased: a role. */
const OWNER = 'il titolare';
/** The events the firm itself records: their author is one of its people. */
const FIRM_AUTHORED = new Set(['enrolment.applied', 'consent.given', 'consent.withdrawn']);

/** A key that names nobody: `erased-` and 16 hexadecimal digits. */
const NEUTRAL_KEY = /^erased-[0-9a-f]{16}$/;
/** A key made of random characters (a UUID, as the enrolment form makes, or 16 or more hexadecimal digits): it says nothing of anyone. */
const RANDOM_KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,128})$/i;

/** FNV-1a, 32 bits, from a seed: enough to keep neutral keys apart (they are made from unique event ids). */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The key that replaces an idempotency key built from words: derived from
 * the programme and the event's id (unique in the record), never from the
 * old key, so that it cannot be traced back to it. 23 characters, within the
 * application's 8-128.
 */
export function neutralKey(programme: string, eventId: string): string {
  const text = `${programme}\u0000${eventId}`;
  return `erased-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}

/** Whether an idempotency key may stay: random, or already neutral. */
function keyIsNeutral(key: string): boolean {
  return NEUTRAL_KEY.test(key) || RANDOM_KEY.test(key);
}

/** The words of the firm's people found in its events (contact, plan owners, a person's codice fiscale), to look for in texts elsewhere. */
function peopleWords(events: readonly ProgrammeEvent[], firm: string): string[] {
  const words = new Set<string>();
  for (const e of events) {
    if (!('firm' in e) || e.firm !== firm) continue;
    if (e.type === 'enrolment.applied') {
      const app = e.application;
      if (!('redacted' in app.contact)) {
        words.add(app.contact.name);
        words.add(app.contact.email);
        words.add(app.contact.phone);
      }
      if (typeof app.firm.codiceFiscale === 'string' && app.firm.codiceFiscale.length === 16) words.add(app.firm.codiceFiscale);
    }
    if (e.type === 'plan.approved' && e.plan.owner !== OWNER) words.add(e.plan.owner);
  }
  return [...words].map((w) => w.trim()).filter((w) => w.length >= 3);
}

/**
 * The firm's personal data in one event, erased: the event rewritten (a
 * copy) and the paths erased, or `undefined` when it has none.
 */
function eraseEvent(source: ProgrammeEvent, own: boolean, programme: string, people: readonly string[]): { event: ProgrammeEvent; fields: string[] } | undefined {
  const e = structuredClone(source) as ProgrammeEvent & Record<string, unknown>;
  const fields: string[] = [];
  const at = (path: string) => fields.push(`${e.type}.${path}`);
  const lower = people.map((p) => p.toLocaleLowerCase('it'));
  const names = (text: unknown) => typeof text === 'string' && lower.some((p) => text.toLocaleLowerCase('it').includes(p));
  /** An optional text: deleted when it is the firm's own, or when it names one of its people. */
  const dropText = (holder: Record<string, unknown>, key: string, path: string) => {
    if (holder[key] === undefined) return;
    if (own || names(holder[key])) {
      delete holder[key];
      at(path);
    }
  };

  if (own && (FIRM_AUTHORED.has(e.type) || names(e.author)) && e.author !== APPLICANT) {
    e.author = APPLICANT;
    at('author');
  } else if (!own && names(e.author)) {
    e.author = APPLICANT;
    at('author');
  }
  dropText(e, 'note', 'note');

  switch (e.type) {
    case 'enrolment.applied': {
      if (!own) break;
      const app = e.application as StoredApplication;
      const firm = { ...app.firm };
      const next: StoredApplication = { ...app, firm };
      if (!('redacted' in app.contact)) {
        next.contact = REDACTED;
        at('application.contact');
      }
      if (!('redacted' in app.consent)) {
        next.consent = REDACTED;
        at('application.consent');
      }
      if (Array.isArray(firm.deMinimis) && firm.deMinimis.length > 0) {
        firm.deMinimis = REDACTED;
        at('application.firm.deMinimis');
      }
      if (typeof firm.codiceFiscale === 'string' && firm.codiceFiscale.length === 16) {
        firm.codiceFiscale = REDACTED;
        at('application.firm.codiceFiscale');
      }
      // A PEC address may name a person (a sole trader's): it served the confirmation only.
      if (typeof firm.pec === 'string') {
        firm.pec = REDACTED;
        at('application.firm.pec');
      }
      if (!keyIsNeutral(app.idempotencyKey)) {
        next.idempotencyKey = neutralKey(programme, e.id);
        at('application.idempotencyKey');
      }
      e.application = next;
      break;
    }
    case 'consent.given':
      if (own && !('redacted' in e.consent)) {
        e.consent = REDACTED;
        at('consent');
      }
      break;
    case 'firm.withdrawn':
      if ((own || names(e.reason)) && e.reason !== RESERVED) {
        e.reason = RESERVED;
        at('reason');
      }
      break;
    case 'manager.days-logged':
      dropText(e, 'activity', 'activity');
      break;
    case 'analysis.recorded': {
      dropText(e, 'summary', 'summary');
      let erased = false;
      e.areas = e.areas.map((area) => {
        if (area.findings === undefined || !(own || names(area.findings))) return area;
        erased = true;
        const { findings: _findings, ...rest } = area;
        return rest;
      });
      if (erased) at('areas.findings');
      break;
    }
    case 'verification.held':
      dropText(e, 'notes', 'notes');
      break;
    case 'plan.approved':
      if ((own || names(e.plan.owner)) && e.plan.owner !== OWNER) {
        e.plan = { ...e.plan, owner: OWNER };
        at('plan.owner');
      }
      break;
    case 'collaboration.ended':
      if (!own) dropText(e, 'reason', 'reason');
      break;
    case 'aggregation.drafted': {
      const draft = e.draft as Record<string, unknown> & { programme?: { text: string } };
      if (draft.programme && names(draft.programme.text)) {
        draft.programme = { ...draft.programme, text: RESERVED };
        at('draft.programme.text');
      }
      for (const key of ['joiningRules', 'withdrawalRules', 'commonBody', 'decisionRules']) {
        if (names(draft[key])) {
          delete draft[key];
          at(`draft.${key}`);
        }
      }
      break;
    }
    default:
      break;
  }
  return fields.length > 0 ? { event: e, fields } : undefined;
}

/**
 * Erasure of one firm's personal data (GDPR art. 17, rule-book §12): which
 * stored events to rewrite, and how, so that none of the firm's personal data
 * is left while every figure stays the same. A store then rewrites them in
 * place and appends an `erasure` event naming the `fields` (`eraseFirm` in
 * `mechnet/server` does both in one transaction).
 *
 * Erased, in the firm's own events: in its application the contact person,
 * the consent, the de minimis detail, a person's codice fiscale (16
 * characters) and an idempotency key made of words (replaced by a neutral
 * key, `erased-` and 16 hexadecimal digits); the consent of a later
 * `consent.given`; every note; the activities logged, the analysis's
 * summary and findings, the verification notes (deleted); the reason for
 * withdrawing (`riservato`); the plan's owner (`il titolare`); the author of
 * the events the firm made (`l'impresa richiedente`). In any other event, a
 * free text (note, reason, activity, findings, draft clauses) that names one
 * of the firm's people. Erased values carry the markers of a public record:
 * `{ redacted: true }`, `riservato`, or a deleted optional field.
 *
 * Kept: the firm's name, partita IVA, company codice fiscale, address,
 * ATECO, staff, turnover, balance sheet, machines, every figure of
 * collaborations and plans, every date and decision: `programmeReport` gives
 * the same figures. The rules that need what was erased (codice fiscale,
 * consent, de minimis) are not judged again, as on a public record.
 *
 * A firm already erased gives an empty plan (`rewrites` and `fields` empty).
 *
 * @param record - a programme record (checked with every rule when the library did not make it)
 * @param firm - the firm's partita IVA
 * @throws {@link MechnetError} `invalid_input` (`unknown_firm`) when no application has that partita IVA
 *
 * @example
 * ```ts
 * const plan = erasePersonalData(record, '02644180123');
 * plan.fields;                            // ['enrolment.applied.author', 'enrolment.applied.application.contact', ...]
 * JSON.stringify(plan.record).includes('chiara.sironi@sironiautomazioni.example'); // false
 * erasePersonalData(plan.record, '02644180123').rewrites.length; // 0: nothing personal left
 * ```
 */
export function erasePersonalData(record: ProgrammeRecord, firm: string, options: ErasureOptions = {}): ErasurePlan {
  const lang = langOf(options);
  return guarded(options, () => {
    ensure(OptionsSchema, options ?? {}, ['options'], lang);
    const piva = ensureText(firm, ['firm'], lang);
    const full = checkedRecord(record, lang);
    const definition = resolveDefinition(full, { lang });
    if (!full.events.some((e) => e.type === 'enrolment.applied' && e.firm === piva)) {
      throw new MechnetError('invalid_input', [makeIssue('unknown_firm', ['firm'], { name: piva }, lang)], lang);
    }
    const people = peopleWords(full.events, piva);
    const rewrites: ErasureRewrite[] = [];
    const fields: string[] = [];
    const naming = new Set(eventsNaming(full.events, piva));
    full.events.forEach((source, index) => {
      if (source.type === 'erasure') return; // an erasure names who erased what, never an erased value
      const own = 'firm' in source && source.firm === piva && naming.has(index);
      if (!own && people.length === 0) return;
      const erased = eraseEvent(source, own, definition.id, people);
      if (!erased) return;
      rewrites.push({ index, id: source.id, event: erased.event });
      for (const f of erased.fields) if (!fields.includes(f)) fields.push(f);
    });
    if (rewrites.length === 0) return { firm: piva, rewrites, fields, record: full };

    const events = [...full.events];
    for (const r of rewrites) events[r.index] = r.event;
    const out: ProgrammeRecord = { ...full, events };
    // Made from a valid record by erasing: checked once more, then vouched for like any record the library makes.
    const { issues, state } = recordIntegrity(out, definition, lang, 1);
    if (issues.length > 0) throw new Error(`mechnet: the record after erasure is not valid (${issues[0]!.message}); please report this`);
    deepFreeze(out);
    rememberState(out, state);
    vouchRecord(out);
    return { firm: piva, rewrites, fields, record: out };
  });
}
