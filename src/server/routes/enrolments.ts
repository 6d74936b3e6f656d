/**
 * `POST {base}/enrolments`: an application from the enrolment form, checked
 * against every rule of the programme and stored as an `enrolment.applied`
 * event, once per idempotency key.
 */
import { receivedIn } from '../../enrolment/views.js';
import { deadlineOf } from '../../enrolment/confirmation.js';
import { MechnetError } from '../../errors/mechnet-error.js';
import { checkedEventFor } from '../../lifecycle/apply-event.js';
import type { ProgrammeEvent } from '../../record/events.js';
import type { ProgrammeDefinition } from '../../programme/schema.js';
import { confirmationMail, officeOf, receiptMail } from '../../communication/compose.js';
import type { Lang } from '../../i18n/lang.js';
import type { EnrolmentApplication } from '../../enrolment/application.js';
import { bodyHash } from '../canonical.js';
import { dateIn, json, methodNotAllowed, problem, readBody, type RouteContext } from '../http.js';
import type { ServedProgramme } from '../served-programme.js';
import type { ConfirmationToken, OutboxMessage, Store, StoredResponse } from '../store.js';
import { newConfirmationToken } from './confirm.js';

/** The idempotency key as the application's schema allows it. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** What the enrolment route needs of the handler. */
export interface EnrolmentRoute {
  store: Store;
  state: ServedProgramme;
  now: () => Date;
  timeZone: string;
  bodyLimit: number;
  bodyTimeoutMs: number;
  author: string;
  /** The path the API lives under (the confirmation links' path). */
  base: string;
  /** The server's public address, the links in messages start with. Default: the request's origin. */
  publicUrl?: string;
}

/**
 * The receipt of an application, to the contact address the firm gave, in
 * the language of the request: one per reference and address (its cause).
 */
export function receiptMessage(
  definition: ProgrammeDefinition,
  application: EnrolmentApplication,
  reference: string,
  waitlistPosition: number | undefined,
  lang: Lang,
  confirmation?: { pec: string; until: string },
): OutboxMessage {
  const mail = receiptMail(
    {
      programme: definition.name[lang],
      reference,
      firm: application.firm.name,
      contact: application.contact.name,
      ...officeOf(definition.contact),
      ...(waitlistPosition !== undefined ? { waitlistPosition } : {}),
      ...(confirmation ? { confirmation } : {}),
    },
    { lang },
  );
  const recipient = application.contact.email;
  return { cause: `receipt:${reference}:${recipient.toLowerCase()}`, recipient, ...mail };
}

/**
 * The message with the one-time link, to the PEC address the application
 * gave (rule-book §2): one per application (its cause names the claim).
 */
export function confirmationMessage(
  definition: ProgrammeDefinition,
  event: { id: string; date: string; firm: string; application: EnrolmentApplication },
  reference: string,
  url: string,
  until: string,
  lang: Lang,
): OutboxMessage {
  const recipient = event.application.firm.pec!;
  const mail = confirmationMail(
    {
      programme: definition.name[lang],
      reference,
      firm: event.application.firm.name,
      piva: event.firm,
      date: event.date,
      until,
      url,
      ...officeOf(definition.contact),
    },
    { lang },
  );
  return { cause: `confirmation:${event.id}:${recipient.toLowerCase()}`, recipient, ...mail };
}

/** Answers `POST {base}/enrolments`. */
export async function enrolments(ctx: RouteContext, o: EnrolmentRoute): Promise<Response> {
  const { request, t, lang, cors: headers } = ctx;
  if (request.method !== 'POST') return methodNotAllowed(t, 'POST', headers);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return problem(415, 'unsupported_media_type', t.jsonOnly, [], headers);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > o.bodyLimit) return problem(413, 'too_large', t.tooLarge(o.bodyLimit), [], headers);
  const key = request.headers.get('idempotency-key') ?? '';
  if (!IDEMPOTENCY_KEY.test(key)) {
    const message = key === '' ? t.missingKey : t.badKey;
    return problem(400, key === '' ? 'missing_idempotency_key' : 'invalid_idempotency_key', message, [{ path: ['idempotencyKey'], message }], headers);
  }
  const read = await readBody(request, o.bodyLimit, o.bodyTimeoutMs);
  if (!read.ok) {
    if (read.reason === 'too-large') return problem(413, 'too_large', t.tooLarge(o.bodyLimit), [], headers);
    return problem(408, 'request_timeout', t.slowBody, [], { ...headers, connection: 'close' });
  }
  const text = read.text;
  const requestHash = bodyHash(text);

  const replay = (used: { requestHash: string; response: StoredResponse }): Response =>
    used.requestHash === requestHash
      ? json(used.response.status, used.response.body, { ...headers, 'idempotent-replayed': 'true' })
      : problem(422, 'idempotency_key_reused', t.keyReused, [{ path: ['idempotencyKey'], message: t.keyReused }], headers);

  return o.state.serially(async () => {
    // The fold of what is stored: the application is judged against it, without making a record (flat in the record's size).
    let current = await o.state.live();
    const pid = o.state.id();
    const used = await o.store.findKey(pid, key);
    if (used) return replay(used);
    // Other processes may append in between: read again, check again, after a short random wait that grows, for up to 15 s.
    const giveUp = Date.now() + 15_000;
    for (let attempt = 0; attempt === 0 || Date.now() < giveUp; attempt++) {
      if (attempt > 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 2 ** attempt)));
        current = await o.state.live();
      }
      const { state, version } = current;
      const received = receivedIn(state, text, dateIn(o.now(), o.timeZone), o.author, lang);
      const errors = received.reasons.filter((r) => r.severity === 'error');
      if (!received.application) return problem(422, 'invalid_application', t.invalid(errors.length), errors, headers);
      if (received.application.idempotencyKey !== key) {
        return problem(422, 'idempotency_key_mismatch', t.keyMismatch, [{ path: ['idempotencyKey'], message: t.keyMismatch }], headers);
      }
      const duplicate = errors.find((r) => r.code === 'duplicate');
      if (duplicate) return problem(409, 'duplicate_enrolment', duplicate.message, [duplicate], headers);
      if (!received.event) return problem(422, 'not_eligible', t.notEligible(errors.length), errors, headers);
      const event = received.event;
      let checked: ProgrammeEvent;
      try {
        checked = checkedEventFor(state, event, lang);
      } catch (e) {
        if (e instanceof MechnetError && (e.code === 'illegal_event' || e.code === 'invalid_event')) return problem(422, e.code, e.message, e.issues, headers);
        throw e;
      }
      const definition = state.definition;
      // Under confirmation `pec` (rule-book §2) the application is a claim: the answer is the same whether or not the
      // partita IVA applied before, and a one-time link goes to the firm's PEC address.
      const until = deadlineOf(definition, event.date);
      const reference = received.reference!;
      const body = {
        id: event.id,
        reference,
        outcome: received.outcome,
        ...(received.waitlistPosition !== undefined ? { waitlistPosition: received.waitlistPosition } : {}),
        ...(until !== undefined ? { confirmBy: until } : {}),
        reasons: received.reasons.filter((r) => r.severity === 'warning').map((r) => ({ path: r.path, code: r.code, message: r.message })),
      };
      const response: StoredResponse = { status: 201, body };
      // The receipt (and the link) are written with the event, in the same transaction: stored together or not at all.
      const messages: OutboxMessage[] = [];
      const confirmations: ConfirmationToken[] = [];
      if (until !== undefined && reference) {
        const { token, hash } = newConfirmationToken();
        const origin = o.publicUrl ?? new URL(request.url).origin;
        const url = `${origin.replace(/\/+$/, '')}${o.base}/confirm/${token}`;
        confirmations.push({ tokenHash: hash, application: event.id, firm: event.firm, language: lang, expiresOn: until });
        messages.push(confirmationMessage(definition, { id: event.id, date: event.date, firm: event.firm, application: received.application }, reference, url, until, lang));
      }
      const pec = until !== undefined ? received.application.firm.pec : undefined;
      if (reference) messages.push(receiptMessage(definition, received.application, reference, received.waitlistPosition, lang, pec !== undefined && until !== undefined ? { pec, until } : undefined));
      const r = await o.store.append(pid, [event as unknown as Record<string, unknown>], {
        expectedVersion: version,
        idempotencyKey: key,
        requestHash,
        response,
        messages,
        ...(confirmations.length > 0 ? { confirmations } : {}),
      });
      if (r.ok) {
        o.state.appended([checked], r.version);
        return json(201, body, headers);
      }
      if (r.reason === 'key-used') return replay(r);
      // another process appended first: read again, check again
    }
    return problem(503, 'busy', t.busy, [], { ...headers, 'retry-after': '1' });
  });
}
