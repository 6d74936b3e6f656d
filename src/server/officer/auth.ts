/**
 * Who is asking, for the officer's desk (rule-book §14): a person given by
 * the host (`authorize`), by a trusted proxy's header, or signed in with
 * one of `mechnet serve`'s own accounts (scrypt password, session cookie,
 * CSRF token, lockout).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Role, Store, StoredAccount } from '../store.js';

/** A person signed in to the desk. */
export interface Person {
  /** A stable id: the e-mail of an account, or the host's user id. */
  id: string;
  /** The name written as the author of every event the person records. */
  name: string;
  role: Role;
  /** A manager's firms (partite IVA). */
  firms?: readonly string[];
}

/**
 * The host's answer to "who is asking?": the person, or undefined for
 * nobody (the officer routes then answer 401).
 */
export type Authorize = (request: Request) => Person | undefined | Promise<Person | undefined>;

/** The roles, as the command line and the definition name them. */
export const ROLES: readonly Role[] = ['officer', 'manager', 'auditor'];

/** The session cookie's name. */
export const SESSION_COOKIE = 'mechnet_session';

/** Settings of the server's own accounts. */
export interface AccountSettings {
  /** How long a session lasts after signing in, in hours. Default 8. */
  sessionHours?: number;
  /** Failed sign-ins in a row that lock an account. Default 5. */
  maxFailures?: number;
  /** How long a locked account stays locked, in minutes. Default 15. */
  lockMinutes?: number;
}

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

/**
 * A password's hash for an account: scrypt (N = 2^15, r = 8, p = 1) with a
 * random 16-byte salt, written `scrypt$N$r$p$salt$hash` (base64).
 *
 * @example
 * ```ts
 * const hash = await hashPassword('una frase lunga e segreta');
 * await verifyPassword('una frase lunga e segreta', hash); // true
 * ```
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * Whether a password matches a hash of {@link hashPassword}, compared in
 * constant time.
 *
 * @example
 * ```ts
 * const hash = await hashPassword('una frase lunga e segreta');
 * await verifyPassword('una frase sbagliata', hash); // false
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.byteLength === expected.byteLength && timingSafeEqual(key, expected);
}

/** A hash to compare with when the account does not exist, so that an unknown address takes as long as a wrong password. */
let decoy: Promise<string> | undefined;

/** The hex SHA-256 of a session token: what the store keeps. */
export function sessionHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The person an account stands for. */
export function personOf(a: StoredAccount): Person {
  return { id: a.email, name: a.name, role: a.role, ...(a.role === 'manager' ? { firms: a.firms } : {}) };
}

/** How a sign-in went. */
export type SignIn =
  | { ok: true; person: Person; token: string; csrf: string; expiresAt: Date }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

/**
 * Signs in with an account's e-mail and password: a new session (its
 * token for the cookie, its CSRF token), or `wrong` (the same answer for an
 * unknown address, a wrong password and a disabled account), or `locked`
 * after `maxFailures` failures in a row, for `lockMinutes`.
 */
export async function signIn(store: Store, email: string, password: string, now: Date, settings: AccountSettings = {}): Promise<SignIn> {
  const account = await store.account(email.trim());
  if (account?.lockedUntil && new Date(account.lockedUntil) > now) {
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.max(1, Math.ceil((new Date(account.lockedUntil).getTime() - now.getTime()) / 1000)) };
  }
  const usable = account && account.disabledAt === null && account.passwordHash !== null;
  const matches = usable ? await verifyPassword(password, account.passwordHash!) : await verifyPassword(password, await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
  if (!usable || !matches) {
    if (account) {
      const failures = (account.lockedUntil && new Date(account.lockedUntil) <= now ? 0 : account.failures) + 1;
      const lock = failures >= (settings.maxFailures ?? 5) ? new Date(now.getTime() + (settings.lockMinutes ?? 15) * 60_000) : null;
      await store.signInFailed(account.email, lock);
    }
    return { ok: false, reason: 'wrong' };
  }
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + (settings.sessionHours ?? 8) * 3_600_000);
  await store.createSession({ idHash: sessionHash(token), email: account.email, csrf, expiresAt: expiresAt.toISOString() });
  return { ok: true, person: personOf(account), token, csrf, expiresAt };
}

/** The session cookie of a request, if it has one. */
export function sessionToken(request: Request): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
    }
  }
  return undefined;
}

/** A request's session and its person: undefined when there is none, it ended, or its account was disabled. */
export async function sessionOf(store: Store, request: Request, now: Date): Promise<{ person: Person; csrf: string; idHash: string } | undefined> {
  const token = sessionToken(request);
  if (!token) return undefined;
  const idHash = sessionHash(token);
  const s = await store.session(idHash);
  if (!s) return undefined;
  if (new Date(s.expiresAt) <= now) {
    await store.deleteSessions({ idHash });
    return undefined;
  }
  const account = await store.account(s.email);
  if (!account || account.disabledAt !== null) return undefined;
  return { person: personOf(account), csrf: s.csrf, idHash };
}

/** Whether two tokens are equal, in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.byteLength === y.byteLength && timingSafeEqual(x, y);
}

/** The `Set-Cookie` of a session (HttpOnly, SameSite=Strict, Secure over TLS), or the one that ends it. */
export function sessionCookie(token: string | undefined, options: { path: string; secure: boolean; maxAgeSeconds?: number }): string {
  const common = `Path=${options.path}; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
  if (token === undefined) return `${SESSION_COOKIE}=; ${common}; Max-Age=0`;
  return `${SESSION_COOKIE}=${token}; ${common}; Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds ?? 0))}`;
}
