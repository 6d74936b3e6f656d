/**
 * `GET {base}/confirm/{token}`: the page of a one-time confirmation link
 * (rule-book §2), in the language of the application, with a button;
 * `POST` to the same address records `enrolment.confirmed`. Opening the link
 * changes nothing: mail filters that follow links cannot confirm a claim.
 */
import { createHash, randomBytes } from 'node:crypto';
import { MechnetError } from '../../errors/mechnet-error.js';
import { datePhrase } from '../../i18n/numbers.js';
import { officeContactsText } from '../../communication/compose.js';
import type { Lang } from '../../i18n/lang.js';
import { applyEvent } from '../../lifecycle/apply-event.js';
import { stateOf } from '../../lifecycle/state.js';
import { referenceOf } from '../../enrolment/views.js';
import { htmlText } from '../../model/escape.js';
import { resolveDefinition } from '../../programme/resolve.js';
import type { ProgrammeEvent } from '../../record/events.js';
import { dateIn, methodNotAllowed, type RouteContext } from '../http.js';
import { serverMessages } from '../messages.js';
import type { ServedProgramme } from '../served-programme.js';
import type { Store, StoredConfirmation } from '../store.js';

/** The author written on the `enrolment.confirmed` events a link records. */
export const LINK_AUTHOR = 'Link di conferma PEC';

/** A token's shape: 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new one-time token (256 random bits, base64url) and the hash the store
 * keeps in its place.
 */
export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

/** The SHA-256 of a token, in hex: what the store keeps and looks up. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What the confirmation route needs of the handler. */
export interface ConfirmRoute {
  store: Store;
  state: ServedProgramme;
  now: () => Date;
  timeZone: string;
  /** A page of the Chamber to send the firm to once confirmed (303), instead of the plain page. */
  confirmedUrl?: string;
}

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}' +
  'main{max-width:40rem;margin:0 auto}h1{font-size:1.5rem;margin:0 0 1rem}' +
  'button{font:inherit;font-weight:600;padding:.75rem 1.25rem;border:2px solid #0b4f8a;border-radius:.375rem;background:#0b4f8a;color:#fff;cursor:pointer;min-height:44px}' +
  'button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}ul{padding-left:1.25rem}';
const STYLE_HASH = createHash('sha256').update(STYLE, 'utf8').digest('base64');

/** A plain page: one heading, paragraphs, maybe a list and the button, under a strict policy. */
function page(status: number, lang: Lang, title: string, body: string, method: string): Response {
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="robots" content="noindex">\n<title>${htmlText(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${htmlText(title)}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
  return new Response(method === 'HEAD' ? null : html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
    },
  });
}

const p = (text: string) => `<p>${htmlText(text)}</p>`;

/** The language of the page: `?lang=`, else the application's. */
function pageLang(request: Request, link: StoredConfirmation | undefined, fallback: Lang): Lang {
  const asked = new URL(request.url).searchParams.get('lang');
  if (asked === 'it' || asked === 'en') return asked;
  return link?.language ?? fallback;
}

/** Answers `GET`, `HEAD` and `POST {base}/confirm/{token}`. */
export async function confirmLink(ctx: RouteContext, o: ConfirmRoute, token: string): Promise<Response> {
  const { request } = ctx;
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return methodNotAllowed(ctx.t, 'GET, HEAD, POST');
  const link = TOKEN.test(token) && (await o.store.schemaVersion()) >= 4 ? await o.store.confirmation(tokenHash(token)) : undefined;
  const lang = pageLang(request, link, ctx.lang);
  const w = serverMessages[lang].confirm;
  const { record } = await o.state.refresh();
  if (!link || link.programme !== o.state.id()) return page(404, lang, w.unknownTitle, p(w.unknown), method);

  const definition = resolveDefinition(record);
  const office = p(w.office(definition.contact.office, officeContactsText(definition.contact, lang)));
  if (link.usedAt !== null) return page(200, lang, w.usedTitle, p(w.used) + office, method);
  const today = dateIn(o.now(), o.timeZone);
  if (today > link.expiresOn) return page(410, lang, w.expiredTitle, p(w.expired(datePhrase(link.expiresOn, lang, 'to'))) + office, method);
  const claim = stateOf(record).claims.get(link.application);
  if (!claim) return page(404, lang, w.unknownTitle, p(w.unknown), method);
  if (claim.confirmedOn !== undefined) return page(200, lang, w.usedTitle, p(w.used) + office, method);
  const reference = referenceOf(definition.id, claim.order);
  const firm = claim.applied.application.firm.name;

  if (method !== 'POST') {
    const body =
      p(w.ask(reference, firm, definition.name[lang], datePhrase(claim.appliedOn, lang, 'on'))) +
      p(w.until(datePhrase(link.expiresOn, lang, 'to'))) +
      `\n<form method="post"><button type="submit">${htmlText(w.button)}</button></form>\n` +
      p(w.notYou) +
      office;
    return page(200, lang, w.title, body, method);
  }

  return o.state.serially(async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const { record: current, version } = await o.state.refresh();
      const state = stateOf(current);
      const c = state.claims.get(link.application);
      if (c?.confirmedOn !== undefined) return page(200, lang, w.usedTitle, p(w.used) + office, method);
      let id = `confirm-${link.application}`;
      for (let n = 2; state.eventIds.has(id); n++) id = `confirm-${link.application}-${n}`;
      const event = { id, type: 'enrolment.confirmed', date: today, author: LINK_AUTHOR, firm: link.firm, application: link.application, by: 'pec-link' } as ProgrammeEvent;
      let next;
      try {
        next = applyEvent(current, event, { lang });
      } catch (e) {
        if (!(e instanceof MechnetError) || (e.code !== 'illegal_event' && e.code !== 'invalid_event')) throw e;
        const reasons = `<ul>${e.issues.map((i) => `<li>${htmlText(i.messages[lang])}</li>`).join('')}</ul>`;
        return page(409, lang, w.refusedTitle, p(w.refused) + reasons + office, method);
      }
      const r = await o.store.append(o.state.id(), [event as unknown as Record<string, unknown>], { expectedVersion: version, usesConfirmation: link.tokenHash });
      if (r.ok) {
        o.state.stored(next, r.version);
        if (o.confirmedUrl) return new Response(null, { status: 303, headers: { location: o.confirmedUrl, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
        return page(200, lang, w.doneTitle, p(w.done(reference, firm)) + office, method);
      }
      if (r.reason === 'link-used') return page(200, lang, w.usedTitle, p(w.used) + office, method);
      // another process appended first: read again, check again
    }
    return page(503, lang, serverMessages[lang].busy, p(serverMessages[lang].busy), method);
  });
}
