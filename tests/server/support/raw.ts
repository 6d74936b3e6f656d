/** Raw HTTP over a socket: what a browser or fetch would never send. */
import { connect, type Socket } from 'node:net';

/** An answer read off the socket: the status, the headers (lower-case names) and the body. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  text: string;
}

/** Parses the first HTTP answer in a text. */
export function parseAnswer(text: string): RawAnswer {
  const end = text.indexOf('\r\n\r\n');
  const head = end >= 0 ? text.slice(0, end) : text;
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = end >= 0 ? text.slice(end + 4) : '';
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status, headers, body, text };
}

function dechunk(s: string): string {
  let out = '';
  for (;;) {
    const nl = s.indexOf('\r\n');
    if (nl < 0) return out;
    const size = parseInt(s.slice(0, nl), 16);
    if (!size) return out;
    out += s.slice(nl + 2, nl + 2 + size);
    s = s.slice(nl + 2 + size + 2);
  }
}

/** Sends bytes as they are and reads until the server closes the connection or `timeoutMs` passes. */
export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 5000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(parseAnswer(Buffer.concat(chunks).toString('utf8')));
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (d) => {
      chunks.push(d);
      // one answer is enough: stop when its body is complete
      const a = parseAnswer(Buffer.concat(chunks).toString('utf8'));
      const length = Number(a.headers['content-length'] ?? NaN);
      if (a.status && Number.isFinite(length) && Buffer.byteLength(a.body) >= length) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
  });
}

/** A socket that sends `head`, then one byte of `trickle` every `everyMs`; resolves with how long the server kept it open. */
export function slowClient(port: number, head: string, trickle: string, everyMs: number, giveUpMs: number): Promise<{ openMs: number; closedByServer: boolean; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let socket: Socket;
    let answer = '';
    let i = 0;
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(tick);
      clearTimeout(limit);
      socket.destroy();
      resolve({ openMs: Date.now() - started, closedByServer, answer });
    };
    const tick = setInterval(() => {
      if (socket.writable && i < trickle.length) socket.write(trickle[i++]!);
    }, everyMs);
    const limit = setTimeout(() => finish(false), giveUpMs);
    socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
  });
}
