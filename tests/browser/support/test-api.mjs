// A stand-in for the server the enrolment form posts to, for the browser
// tests (mounted by web-test-runner.config.mjs under /test-api/).
//
//   GET  /test-api/programme.json            the MechNet preset with an edition open today
//        ?confirmation=pec                   the same edition, asking for confirmation from the PEC
//   POST /test-api/enrolments?session=S&scenario=X[&delay=ms]
//        X = ok (201), 422, 422-echo (quotes the firm's name, on its field and
//        on none), 409, 503-once (503, then 201), 429-once (429, then 201), 500
//   GET  /test-api/requests?session=S        what was posted in session S
const requests = new Map();

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The preset (from the build) with an edition that started a week ago and runs two more years. */
async function openDefinition(confirmation) {
  const { mechnetDefinition: definition } = await import('../../../dist/src/index.js');
  const open = { ...definition, id: 'mechnet-test-edition', calendar: { ...definition.calendar, start: day(-7), end: day(730) } };
  return confirmation === 'pec' ? { ...open, id: 'mechnet-test-pec', enrolment: { confirmation: 'pec', linkValidDays: 14 } } : open;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Koa middleware for @web/dev-server. */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const session = String(ctx.query.session ?? '');
  if (ctx.path === '/test-api/programme.json') return json(ctx, 200, await openDefinition(String(ctx.query.confirmation ?? '')));
  if (ctx.path === '/test-api/requests') return json(ctx, 200, requests.get(session) ?? []);
  if (ctx.path === '/test-api/enrolments' && ctx.method === 'POST') {
    const list = requests.get(session) ?? [];
    requests.set(session, list);
    const body = await readBody(ctx.req);
    list.push({ key: ctx.get('idempotency-key'), contentType: ctx.get('content-type'), body });
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const scenario = String(ctx.query.scenario ?? 'ok');
    let pec;
    try {
      pec = JSON.parse(body).firm?.pec;
    } catch {
      // not JSON
    }
    // As the real server answers under confirmation `pec`: the link's last day.
    const receipt = { reference: `MN-TEST-${String(list.length).padStart(4, '0')}`, outcome: 'accept', ...(pec ? { confirmBy: day(14) } : {}) };
    switch (scenario) {
      case '422':
        return json(ctx, 422, { issues: [{ path: ['firm', 'ateco'], message: 'Codice ATECO rifiutato dal server di prova' }] });
      case '422-echo': {
        // A server's words may quote what the firm typed: the form must show them as text. Quoted as a
        // server should, isolated (U+2068 ... U+2069), so that a right-to-left override in it stays in it.
        let name = '';
        try {
          name = String(JSON.parse(body).firm?.name ?? '');
        } catch {
          // not JSON: nothing to quote
        }
        return json(ctx, 422, {
          issues: [
            { path: ['firm', 'name'], message: `La ragione sociale «\u2068${name}\u2069» non risulta al registro delle imprese` },
            { path: [], message: `Domanda di «\u2068${name}\u2069» non accettata: ricontrollare i dati` },
          ],
        });
      }
      case '409':
        return json(ctx, 409, {
          code: 'duplicate_enrolment',
          issues: [
            {
              path: ['firm', 'partitaIva'],
              code: 'duplicate_enrolment',
              message: "L'impresa ha già presentato domanda",
              messages: { it: "L'impresa con questa partita IVA ha già presentato domanda", en: 'The firm with this partita IVA has already applied' },
            },
          ],
        });
      case '503-once':
        if (list.length === 1) ctx.set('retry-after', '5');
        return list.length === 1 ? json(ctx, 503, { code: 'unavailable' }) : json(ctx, 201, receipt);
      case '429-once':
        if (list.length === 1) ctx.set('retry-after', '90');
        return list.length === 1 ? json(ctx, 429, { code: 'too_many_requests' }) : json(ctx, 201, receipt);
      case '500':
        return json(ctx, 500, { error: 'broken' });
      default:
        return json(ctx, 201, receipt);
    }
  }
  return next();
}
