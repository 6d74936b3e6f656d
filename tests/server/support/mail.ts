/**
 * A real SMTP server for the tests (`smtp-server`) on a free port, keeping
 * every message it accepts parsed back with `mailparser`.
 */
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (nothing listens there once it resolves). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running SMTP server and what it received. */
export interface MailServer {
  port: number;
  /** Every message accepted, parsed, in the order received. */
  received: ParsedMail[];
  /** Resolves once `n` messages have been received (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** Starts an SMTP server on `port` (a free one by default); `options` may refuse recipients or slow down. */
export async function startMailServer(port?: number, options: Partial<SMTPServerOptions> & { delayMs?: number } = {}): Promise<MailServer> {
  const received: ParsedMail[] = [];
  const { delayMs = 0, ...rest } = options;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
          received.push(mail);
          callback();
        })
        .catch((e: Error) => callback(e));
    },
    ...rest,
  });
  const p = port ?? (await freePort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  return {
    port: p,
    received,
    async waitFor(n, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`${received.length} messages received, ${n} expected`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
