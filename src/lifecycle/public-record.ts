/**
 * The public record: what a public page may download. The same programme,
 * the same events and the same figures, without personal data; with
 * `anonymous`, without what tells the firms apart either.
 */
import * as z from 'zod/mini';
import { partitaIvaCheckDigit } from '../enrolment/identifiers.js';
import type { StoredApplication } from '../enrolment/application.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { deepFreeze } from '../model/freeze.js';
import { LangSchema } from '../model/schemas.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeEvent } from '../record/events.js';
import { checkedRecord } from './parse-record.js';
import { vouchRecord } from './vouch.js';
import { recordIntegrity } from './integrity.js';
import { resolveDefinition } from '../programme/resolve.js';
import { rememberState } from './state-cache.js';

/** Options of {@link publicRecord}. */
export interface PublicRecordOptions {
  /** Firms become "Impresa 1..n" (in order of application), with no partita IVA, codice fiscale or address. Default false. */
  anonymous?: boolean;
  /** Language of errors. */
  lang?: 'it' | 'en';
}

const OptionsSchema = z.object({ anonymous: z.optional(z.boolean()), lang: z.optional(LangSchema) });

const REDACTED = Object.freeze({ redacted: true as const });

/** Who records each kind of event, by role: a public record names roles, not people. */
const ROLE: Record<string, string> = {
  'enrolment.applied': "l'impresa richiedente",
  'consent.given': "l'impresa richiedente",
  'consent.withdrawn': "l'impresa richiedente",
  'manager.days-logged': 'il temporary manager',
  'analysis.recorded': 'il temporary manager',
  'measurement.recorded': 'il temporary manager',
  'verification.held': 'il temporary manager',
  'offer.declared': "l'impresa",
  'need.declared': "l'impresa",
};
const OFFICE = "l'ufficio del programma";

/**
 * A key for an anonymous firm that no firm can have: a partita IVA whose
 * office code is 000 (no office has it), numbered in order of application.
 */
function placeholderPartitaIva(n: number): string {
  const body = `${String(n).padStart(7, '0')}000`;
  return `${body}${partitaIvaCheckDigit(body)}`;
}

/**
 * The record without personal data, for a public page or a public JSON file
 * (what `GET /api/record.json` and `mechnet publish` serve): no contact
 * persons, e-mails, phones, consent records, de minimis detail, a person's
 * codice fiscale, or free-text notes (notes, findings, activities, reasons
 * for withdrawing); event authors, plan owners, managers and those who
 * approved an exception are named by their role. With `anonymous`, firms
 * become "Impresa 1..n" in order of application, with a placeholder key that
 * no firm can have, and no codice fiscale or address (the province stays):
 * consistently across every event, so views still tell the firms apart.
 *
 * The result is still a valid record (`parseRecord` accepts it: what is left
 * out carries the `{ redacted: true }` marker and the record says
 * `redaction: { level }`), and every view of it gives the figures of the full
 * record.
 *
 * @example
 * ```ts
 * const shown = publicRecord(record, { anonymous: true });
 * JSON.stringify(shown).includes('@'); // false: no e-mail address left
 * firmStates(shown)[0].name;          // 'Impresa 1'
 * ```
 */
export function publicRecord(record: ProgrammeRecord, options: PublicRecordOptions = {}): ProgrammeRecord {
  const lang = langOf(options);
  return guarded(options, () => {
    const o = ensure(OptionsSchema, options ?? {}, ['options'], lang);
    const full = checkedRecord(record, lang);
    const anonymous = o.anonymous ?? false;

    // Firms in order of application: their names and keys, and what replaces them.
    const names = new Map<string, string>();
    const keys = new Map<string, string>();
    for (const e of full.events) {
      if (e.type !== 'enrolment.applied' || keys.has(e.firm)) continue;
      const n = keys.size + 1;
      keys.set(e.firm, anonymous ? placeholderPartitaIva(n) : e.firm);
      names.set(e.firm, `Impresa ${n}`);
    }
    const managers = new Map<string, string>();
    const mentions = anonymous ? firmMentions(full.events, names) : [];

    const events: ProgrammeEvent[] = [];
    for (const source of full.events) {
      // Consent records and erasures stay with the programme office.
      if (source.type === 'consent.given' || source.type === 'consent.withdrawn' || source.type === 'erasure') continue;
      const e = structuredClone(source) as ProgrammeEvent & Record<string, unknown>;
      e.author = ROLE[e.type] ?? OFFICE;
      delete e.note;
      switch (e.type) {
        case 'enrolment.applied':
          e.application = redactApplication(e.application, anonymous ? names.get(e.firm) : undefined);
          break;
        case 'enrolment.accepted':
          if (e.exception) e.exception.approvedBy = OFFICE;
          break;
        case 'firm.withdrawn':
          e.reason = 'riservato';
          break;
        case 'manager.registered': {
          const n = managers.size + 1;
          managers.set(e.manager.id, `Temporary manager ${n}`);
          e.manager = { ...e.manager, name: `Temporary manager ${n}` };
          delete (e.manager as { email?: string }).email;
          break;
        }
        case 'manager.days-logged':
          delete e.activity;
          break;
        case 'analysis.recorded':
          delete e.summary;
          e.areas = e.areas.map(({ findings: _findings, ...area }) => area);
          break;
        case 'plan.approved':
          e.plan = { ...e.plan, owner: 'il titolare' };
          break;
        case 'verification.held':
          delete e.notes;
          break;
        case 'collaboration.ended':
          delete e.reason;
          break;
        default:
          break;
      }
      events.push(anonymous ? (replaceFirms(e, keys, mentions) as ProgrammeEvent) : e);
    }

    const out: ProgrammeRecord = {
      ...(full.$schema !== undefined ? { $schema: full.$schema } : {}),
      programme: full.programme,
      redaction: { level: anonymous ? 'anonymous' : 'public' },
      events,
    };
    // Made from a valid record by leaving things out: checked once more, then vouched for like any record the library makes.
    const definition = resolveDefinition(out, { lang });
    const { issues, state } = recordIntegrity(out, definition, lang, 1);
    if (issues.length > 0) throw new Error(`mechnet: the public record is not valid (${issues[0]!.message}); please report this`);
    deepFreeze(out);
    rememberState(out, state);
    return vouchRecord(out);
  });
}

/** An application without its personal parts; with a name, also without what identifies the firm. */
function redactApplication(app: StoredApplication, anonymousName: string | undefined): StoredApplication {
  const f = app.firm;
  const personalCf = typeof f.codiceFiscale === 'string' && f.codiceFiscale.length === 16;
  const firm: StoredApplication['firm'] = {
    ...f,
    codiceFiscale: anonymousName || personalCf ? REDACTED : f.codiceFiscale,
    deMinimis: REDACTED,
  };
  if (anonymousName) {
    firm.name = anonymousName;
    firm.address = { province: f.address.province, redacted: true };
    // The provinces stay: a programme may admit a firm by an operating site's province.
    if (f.sites) firm.sites = f.sites.map((site) => ({ province: site.province, redacted: true as const }));
    delete firm.group;
  }
  return { ...app, firm, contact: REDACTED, consent: REDACTED };
}

/** Words of firm names that do not tell a firm apart (kinds of work, legal forms, joiners). */
const GENERIC = new Set(
  (
    'officina officine meccanica meccaniche torneria tornerie fresature rettifiche utensili precisione elettromeccanica montaggi ' +
    'industriali industria industrie automazioni strumenti galvanotecnica lavorazioni carpenteria stampi costruzioni impianti ' +
    'tecnologie minuterie metalli metallurgica acciai figli fratelli f.lli s.r.l. srl s.r.l.s. srls s.n.c. snc s.a.s. sas s.p.a. spa ' +
    'di e & c. and group italia impresa'
  ).split(' '),
);

/** How an anonymous record writes a firm: its full name, then each word of the name that tells it apart. */
function firmMentions(events: readonly ProgrammeEvent[], names: Map<string, string>): [RegExp, string][] {
  const out: [RegExp, string][] = [];
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const firms: [string, string][] = [];
  for (const e of events) if (e.type === 'enrolment.applied') firms.push([e.firm, e.application.firm.name]);
  for (const [piva, name] of [...firms].sort((a, b) => b[1].length - a[1].length)) {
    out.push([new RegExp(escape(name), 'gu'), names.get(piva) ?? 'Impresa']);
  }
  const seen = new Set<string>();
  for (const [piva, name] of firms) {
    for (const word of name.split(/[\s,()]+/)) {
      if (!/^\p{Lu}[\p{L}'’]{2,}$/u.test(word) || GENERIC.has(word.toLowerCase()) || seen.has(word)) continue;
      seen.add(word);
      out.push([new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'gu'), names.get(piva) ?? 'Impresa']);
    }
  }
  return out;
}

/** Every mention of a firm (its partita IVA, its name, the words of its name) replaced, in every string of an event. */
function replaceFirms(value: unknown, keys: Map<string, string>, mentions: readonly [RegExp, string][]): unknown {
  const swap = (s: string): string => {
    const key = keys.get(s);
    if (key !== undefined) return key;
    let out = s;
    for (const [piva, k] of keys) if (out.includes(piva)) out = out.split(piva).join(k);
    for (const [re, name] of mentions) out = out.replace(re, name);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return swap(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
