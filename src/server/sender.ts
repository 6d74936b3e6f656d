/**
 * The sender: takes the outbox's due messages and hands them to a mail
 * server over SMTP (`nodemailer`), one at a time, each held by a claim so
 * that no other sender (another pass, another process) takes it meanwhile.
 * A failure is kept on the message and tried again later, with a growing
 * wait; the sender itself never throws because of the mail server.
 */
import type { Transporter } from 'nodemailer';
import type { Store, StoredMessage } from './store.js';

/** How to reach the mail server. */
export interface SmtpSettings {
  /** The mail server's host name. */
  host: string;
  /** Its port. Default 587, or 465 when `secure`. */
  port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. Default false. */
  secure?: boolean;
  /** The account's user name, when the server wants one. */
  user?: string;
  /** The account's password. */
  password?: string;
  /**
   * The sender's address (`From`), e.g. `MechNet <mechnet@va.camcom.it>`.
   * {@link smtpSettings} falls back on the user when it is an address, else
   * `mechnet@HOST`: set it, most mail servers accept only their own domains.
   */
  from: string;
}

/**
 * The SMTP settings from the environment: `MECHNET_SMTP_HOST`,
 * `MECHNET_SMTP_PORT`, `MECHNET_SMTP_SECURE` (`true`/`1`),
 * `MECHNET_SMTP_USER`, `MECHNET_SMTP_PASSWORD`, `MECHNET_MAIL_FROM`;
 * `overrides` (the command line's options) win. Undefined without a host:
 * messages then wait in the outbox.
 *
 * @example
 * ```ts
 * const smtp = smtpSettings(process.env, { port: 2525 });
 * if (!smtp) console.log('no mail server: messages wait in the outbox');
 * ```
 */
export function smtpSettings(env: Readonly<Record<string, string | undefined>>, overrides: Partial<SmtpSettings> = {}): SmtpSettings | undefined {
  const host = overrides.host ?? env.MECHNET_SMTP_HOST;
  if (!host) return undefined;
  const port = overrides.port ?? (env.MECHNET_SMTP_PORT ? Number(env.MECHNET_SMTP_PORT) : undefined);
  const secure = overrides.secure ?? (env.MECHNET_SMTP_SECURE ? /^(1|true|yes)$/i.test(env.MECHNET_SMTP_SECURE) : undefined);
  const user = overrides.user ?? env.MECHNET_SMTP_USER;
  const password = overrides.password ?? env.MECHNET_SMTP_PASSWORD;
  const from = overrides.from ?? env.MECHNET_MAIL_FROM ?? (user && user.includes('@') ? user : `mechnet@${host}`);
  return {
    host,
    from,
    ...(port !== undefined && Number.isInteger(port) ? { port } : {}),
    ...(secure !== undefined ? { secure } : {}),
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
  };
}

/** Waits between attempts, in ms: 1 min, 5 min, 30 min, 2 h, then 6 h each time. */
export const DEFAULT_BACKOFF_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/** Attempts before a message is given up (about two days with the default waits). */
export const DEFAULT_MAX_ATTEMPTS = 12;

/**
 * When a message that failed its `attempts`-th attempt is tried again: the
 * `attempts`-th wait of `backoff`, the last one from then on.
 *
 * @example
 * ```ts
 * nextAttemptAt(1, new Date('2026-12-07T10:00:00Z')).toISOString(); // '2026-12-07T10:01:00.000Z'
 * nextAttemptAt(9, new Date('2026-12-07T10:00:00Z')).toISOString(); // '2026-12-07T16:00:00.000Z'
 * ```
 */
export function nextAttemptAt(attempts: number, now: Date, backoff: readonly number[] = DEFAULT_BACKOFF_MS): Date {
  const wait = backoff[Math.min(Math.max(attempts, 1), backoff.length) - 1] ?? 60_000;
  return new Date(now.getTime() + wait);
}

/** Options of {@link sendDue} and {@link startSender}. */
export interface SenderOptions {
  /** Where the outbox is. */
  store: Store;
  /** The mail server; without it nothing is sent (messages wait). */
  smtp: SmtpSettings | undefined;
  /** Only this programme's messages. Default: every programme's. */
  programme?: string;
  /** Waits between attempts. Default {@link DEFAULT_BACKOFF_MS}. */
  backoffMs?: readonly number[];
  /** Attempts before giving up. Default {@link DEFAULT_MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /** How long a claim holds, in ms (longer than one send can take). Default 5 minutes. */
  leaseMs?: number;
  /** Most messages one pass sends. Default 100. */
  batch?: number;
  /** The clock. Default: the system clock. */
  now?: () => Date;
  /** Where failures are logged (message ids and errors, no addresses). Default: nowhere. */
  log?: (line: string) => void;
}

/** What one pass did. */
export interface SendReport {
  /** Whether a mail server is configured (false: nothing was tried). */
  configured: boolean;
  /** Messages the mail server accepted. */
  sent: number;
  /** Messages that failed and will be tried again. */
  retrying: number;
  /** Messages given up (refused for good, or too many attempts). */
  gaveUp: number;
}

/** What an SMTP failure says, on one line, short. */
function describe(e: unknown): string {
  const x = e as { code?: string; responseCode?: number; response?: string; message?: string };
  const head = [x.code, x.responseCode].filter((v) => v !== undefined && v !== '').join(' ');
  const text = String(x.response ?? x.message ?? e).replace(/\s+/g, ' ').trim();
  return `${head ? `${head}: ` : ''}${text}`.slice(0, 500);
}

/** Whether the mail server refused the message for good (a 5xx on the recipient or the message, not on the login). */
function permanent(e: unknown): boolean {
  const x = e as { code?: string; responseCode?: number };
  return (x.code === 'EENVELOPE' || x.code === 'EMESSAGE') && typeof x.responseCode === 'number' && x.responseCode >= 500 && x.responseCode < 600;
}

/** Whether the mail server itself could not be reached or spoken to (not this message's fault): the pass stops there. */
function serverDown(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EPROTOCOL'].includes(code) || /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|NOTFOUND|AI_AGAIN)$/.test(code);
}

/** A nodemailer transport for the settings (nodemailer loaded on first use). */
async function transportFor(smtp: SmtpSettings): Promise<Transporter> {
  const { default: nodemailer } = await import('nodemailer');
  return nodemailer.createTransport({
    // One connection for the whole pass (closed at its end), not one per message.
    pool: true,
    maxConnections: 1,
    host: smtp.host,
    port: smtp.port ?? (smtp.secure ? 465 : 587),
    secure: smtp.secure ?? false,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    // Short limits: a claim holds for minutes, a send must end well before.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** Hands one message to the transport. */
async function deliver(transport: Transporter, smtp: SmtpSettings, m: StoredMessage): Promise<void> {
  await transport.sendMail({
    from: smtp.from,
    to: m.recipient,
    subject: m.subject,
    text: m.text,
    html: m.html,
    messageId: m.messageId,
    headers: { 'Content-Language': m.language, 'Auto-Submitted': 'auto-generated' },
  });
}

/**
 * One pass over the outbox: claims each due message in turn, sends it,
 * marks it sent, or keeps the failure and the time of the next attempt.
 * Without SMTP settings it does nothing and says so (`configured: false`).
 * When the mail server cannot be reached (or refuses the login) the pass
 * stops at the first message: the others keep their attempts for later.
 * Never rejects because of the mail server; a database that does not
 * answer ends the pass with its error.
 *
 * @example
 * ```ts
 * import { openStore, sendDue, smtpSettings } from 'mechnet/server';
 *
 * const store = await openStore('sqlite:.data/mechnet.sqlite');
 * const report = await sendDue({ store, smtp: smtpSettings(process.env) });
 * console.log(`${report.sent} sent, ${report.retrying} to try again`);
 * ```
 */
export async function sendDue(options: SenderOptions): Promise<SendReport> {
  const report: SendReport = { configured: options.smtp !== undefined, sent: 0, retrying: 0, gaveUp: 0 };
  const smtp = options.smtp;
  if (!smtp) return report;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let transport: Transporter | undefined;
  try {
    for (let n = 0; n < (options.batch ?? 100); ) {
      const claimed = await options.store.claimMessages({ limit: 1, now: now(), ...(options.programme ? { programme: options.programme } : {}), ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}) });
      if (claimed.length === 0) break;
      for (const m of claimed) {
        n++;
        try {
          transport ??= await transportFor(smtp);
          await deliver(transport, smtp, m);
        } catch (e) {
          const error = describe(e);
          const giveUp = permanent(e) || m.attempts >= maxAttempts;
          await options.store.markFailed(m.id, error, giveUp ? null : nextAttemptAt(m.attempts, now(), options.backoffMs));
          log(`mechnet: message ${m.messageId} (${m.programme}) ${giveUp ? 'given up' : 'not sent, tried again later'}: ${error}`);
          if (giveUp) report.gaveUp++;
          else report.retrying++;
          // The mail server does not answer: the other messages wait for the next pass, no attempt spent on them.
          if (!giveUp && serverDown(e)) return report;
          continue;
        }
        await options.store.markSent(m.id, now());
        report.sent++;
      }
    }
  } finally {
    transport?.close();
  }
  return report;
}

/** A sender running in the background. */
export interface RunningSender {
  /** Runs a pass now (after the one in progress, if any). */
  pass(): Promise<SendReport>;
  /** Stops: no new pass; resolves once the pass in progress has ended. */
  stop(): Promise<void>;
}

/**
 * Sends the outbox's due messages every `everyMs` (default 15 s) until
 * stopped; a pass that fails (the database does not answer) is logged and
 * the next one comes as usual. Without SMTP settings it runs no pass.
 *
 * @example
 * ```ts
 * const sender = startSender({ store, smtp: smtpSettings(process.env), programme: 'mechnet-varese-2010' });
 * process.once('SIGTERM', () => void sender.stop().then(() => store.close()));
 * ```
 */
export function startSender(options: SenderOptions & { everyMs?: number }): RunningSender {
  const every = options.everyMs ?? 15_000;
  const log = options.log ?? (() => undefined);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<SendReport> = Promise.resolve({ configured: options.smtp !== undefined, sent: 0, retrying: 0, gaveUp: 0 });
  const pass = (): Promise<SendReport> => {
    running = running
      .catch(() => undefined)
      .then(() =>
        sendDue(options).catch((e: unknown) => {
          log(`mechnet: the outbox could not be read: ${e instanceof Error ? e.message : String(e)}`);
          return { configured: true, sent: 0, retrying: 0, gaveUp: 0 };
        }),
      );
    return running;
  };
  const tick = () => {
    if (stopped) return;
    void pass().finally(() => {
      if (!stopped) timer = setTimeout(tick, every);
    });
  };
  if (options.smtp) timer = setTimeout(tick, 0);
  return {
    pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}
