/**
 * The event store: an append-only log of a programme's events in a real
 * database. One table of events for every programme: the programme id leads
 * every key (primary key (programme, version), unique (programme,
 * idempotency key)), so that many programmes share one database and a
 * database distributed by programme needs no change here.
 */

/** A stored answer to a request, replayed when the same request comes again. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** An event as stored: its position in the programme's log, and the event. */
export interface StoredEvent {
  /** 1, 2, 3 ...: the position in the programme's log. */
  version: number;
  /** The event, as the library's record holds it. */
  event: Record<string, unknown>;
}

/** How an append went. */
export type AppendResult =
  | { ok: true; version: number }
  /** The log moved on since `expectedVersion`: read again, check again, retry. */
  | { ok: false; reason: 'conflict'; version: number }
  /** The idempotency key was used already: the first request's hash and answer. */
  | { ok: false; reason: 'key-used'; requestHash: string; response: StoredResponse }
  /** The confirmation link the append uses (`usesConfirmation`) was used already, or is unknown: nothing changed. */
  | { ok: false; reason: 'link-used' };

/** Options of an append. */
export interface AppendOptions {
  /** The version the events were checked against: the append happens only if the log is still there. */
  expectedVersion: number;
  /** A key that makes a retried request harmless (unique per programme). */
  idempotencyKey?: string;
  /** A hash of the request body, to tell a retry from a misuse of the key. */
  requestHash?: string;
  /** The answer to give again when the same request comes back. */
  response?: StoredResponse;
  /**
   * Messages the events cause, written to the outbox in the same
   * transaction (all or none with the events). A message whose cause the
   * programme's outbox holds already is not written again.
   */
  messages?: readonly OutboxMessage[];
  /**
   * One-time confirmation links the events create (an application under
   * confirmation `pec`): their tokens' hashes, written in the same
   * transaction.
   */
  confirmations?: readonly ConfirmationToken[];
  /**
   * The hash of the confirmation link the events use (an
   * `enrolment.confirmed` from the link): marked used in the same
   * transaction, so a link confirms once.
   */
  usesConfirmation?: string;
}

/**
 * A one-time confirmation link as the store keeps it: only the SHA-256 of
 * its random token, never the token, with the claim it confirms.
 */
export interface ConfirmationToken {
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  /** The id of the `enrolment.applied` event (the claim). */
  application: string;
  /** The partita IVA the claim is for. */
  firm: string;
  /** The language of the application: the confirmation page speaks it. */
  language: 'it' | 'en';
  /** The last day the link confirms, `YYYY-MM-DD` (in the programme's time zone). */
  expiresOn: string;
}

/** A confirmation link as stored, with its programme and when it was used. */
export interface StoredConfirmation extends ConfirmationToken {
  programme: string;
  /** When the link confirmed its claim (ISO 8601); null before. */
  usedAt: string | null;
}

/** A message to write to the outbox: to whom, why, and what it says. */
export interface OutboxMessage {
  /**
   * Why the message is sent, unique per programme: one cause, one message
   * (e.g. `receipt:MECHNET-VARESE-2010-0003:rossi@example.it`, the kind, what
   * it is about and the address).
   */
  cause: string;
  /** The address it goes to. */
  recipient: string;
  /** The language it is written in. */
  language: 'it' | 'en';
  /** The subject line. */
  subject: string;
  /** The plain-text body. */
  text: string;
  /** The HTML body (the same words). */
  html: string;
}

/** Where a message of the outbox stands. */
export type OutboxStatus = 'waiting' | 'sent' | 'failed';

/** A message as the outbox holds it. */
export interface StoredMessage extends OutboxMessage {
  /** The row's id, unique in the store. */
  id: number;
  /** The programme whose event caused it. */
  programme: string;
  /** The `Message-ID` header, the same on every attempt (`<programme.id@mechnet>`). */
  messageId: string;
  /** When it was written (ISO 8601). */
  createdAt: string;
  /** Attempts to send it so far. */
  attempts: number;
  /** When the next attempt is due; null once sent or given up. */
  nextAttemptAt: string | null;
  /** When the mail server accepted it; null until then. */
  sentAt: string | null;
  /** What the mail server (or the connection) said on the last failed attempt. */
  lastError: string | null;
  /** `waiting` (due now or later, maybe after failures), `sent`, or `failed` (given up). */
  status: OutboxStatus;
}

/** Options of {@link Store.claimMessages}. */
export interface ClaimOptions {
  /** Only this programme's messages. Default: every programme's. */
  programme?: string;
  /** At most this many messages. Default 10. */
  limit?: number;
  /** The clock of the claim. Default: now. */
  now?: Date;
  /** How long the claim holds, in ms: no other sender takes the message before. Default 5 minutes. */
  leaseMs?: number;
}

/**
 * The outbox's identifier of a message: stable, so that a message sent again
 * after a crash is recognisable as the same one.
 *
 * @example
 * ```ts
 * messageIdOf('mechnet-varese-2010', 12); // '<mechnet-varese-2010.12@mechnet>'
 * ```
 */
export function messageIdOf(programme: string, id: number): string {
  return `<${programme}.${id}@mechnet>`;
}

/**
 * Where a stored message stands, from its columns.
 *
 * @example
 * ```ts
 * statusOf({ sentAt: null, nextAttemptAt: '2026-12-07T21:00:00.000Z' }); // 'waiting'
 * statusOf({ sentAt: null, nextAttemptAt: null }); // 'failed'
 * ```
 */
export function statusOf(row: { sentAt: string | null; nextAttemptAt: string | null }): OutboxStatus {
  return row.sentAt !== null ? 'sent' : row.nextAttemptAt === null ? 'failed' : 'waiting';
}

/**
 * The columns of the `k`-th event of an append after `current` events: its
 * version, the event as JSON, and on the first event only the idempotency
 * key, the request's hash and the answer (a retry finds them there).
 */
export function eventRow(
  programme: string,
  current: number,
  k: number,
  event: unknown,
  o: AppendOptions,
): [string, number, string, string | null, string | null, string | null] {
  const first = k === 0;
  return [
    programme,
    current + k + 1,
    JSON.stringify(event),
    first ? (o.idempotencyKey ?? null) : null,
    first ? (o.requestHash ?? null) : null,
    first && o.response ? JSON.stringify(o.response) : null,
  ];
}

/** What a signed-in person may do (rule-book §14). */
export type Role = 'officer' | 'manager' | 'auditor';

/** An account of `mechnet serve`'s own sign-in, as the store keeps it. */
export interface StoredAccount {
  /** The e-mail address, lower case: the account's id. */
  email: string;
  /** The name written as the author of the events the person records. */
  name: string;
  role: Role;
  /** A manager's firms (partite IVA); empty for the other roles. */
  firms: string[];
  /** `scrypt$N$r$p$salt$hash` (base64), or null before a password is set. */
  passwordHash: string | null;
  /** When the account was disabled (ISO 8601); null while it works. */
  disabledAt: string | null;
  /** Failed sign-ins since the last success. */
  failures: number;
  /** Until when sign-in is refused after too many failures (ISO 8601). */
  lockedUntil: string | null;
}

/** A signed-in session, as the store keeps it: only the hash of its cookie's token. */
export interface StoredSession {
  /** Hex SHA-256 of the cookie's token. */
  idHash: string;
  /** The account's e-mail. */
  email: string;
  /** The token every change must send back (header `X-CSRF-Token`). */
  csrf: string;
  /** When it ends (ISO 8601). */
  expiresAt: string;
}

/** A stored event rewritten in place by an erasure (the one change to stored events the store allows). */
export interface EventRewrite {
  /** The event's position in the programme's log. */
  version: number;
  /** The event as it is to be stored from now on. */
  event: Record<string, unknown>;
  /**
   * The idempotency key that replaces the row's own, when the row has one
   * (an application received by the server whose key was made of words).
   */
  idempotencyKey?: string;
}

/** A programme known to the store. */
export interface StoredProgramme {
  id: string;
  /** The definition, or the id of a preset shipped with the library. */
  definition: unknown;
}

/** What the server and the command line need of a database. */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly engine: 'sqlite' | 'postgres';
  /** Brings the tables to the latest schema; returns the schema version. */
  migrate(): Promise<number>;
  /** The schema version of the database (0 before any migration). */
  schemaVersion(): Promise<number>;
  /** The programme's definition, if the store has it. */
  programme(id: string): Promise<StoredProgramme | undefined>;
  /** Every programme in the store. */
  programmes(): Promise<StoredProgramme[]>;
  /** Stores (or replaces) a programme's definition. */
  putProgramme(id: string, definition: unknown): Promise<void>;
  /** The events of a programme after `afterVersion`, in order. */
  events(programme: string, afterVersion?: number): Promise<StoredEvent[]>;
  /** The latest version of a programme's log (0 when empty). */
  version(programme: string): Promise<number>;
  /** The first request made with a key, if any. */
  findKey(programme: string, key: string): Promise<{ requestHash: string; response: StoredResponse } | undefined>;
  /** Appends events after `expectedVersion`, all or none. */
  append(programme: string, events: readonly Record<string, unknown>[], options: AppendOptions): Promise<AppendResult>;
  /**
   * Rewrites stored events in place and appends `events` after them, all in
   * one transaction, only if the log is still at `expectedVersion` (else a
   * conflict, nothing changed). The rewritten rows lose the request's hash
   * and the stored answer (both come from the erased data); their
   * idempotency key is replaced when the rewrite gives one. Used by
   * erasure only (`eraseFirm`). SQLite then empties its write-ahead log
   * into the file (`secure_delete` zeroes what the rewrite freed);
   * PostgreSQL vacuums the table, so the old row versions are pruned (their
   * bytes may stay in a page's free space until it is written again;
   * `VACUUM FULL mechnet_events` rewrites the file).
   *
   * `eraseMessages` names causes by their beginning (`receipt:REFERENCE:`):
   * in the same transaction those messages of the outbox lose their
   * address, subject, text, HTML and last error, their cause becomes
   * `erased:ID`, and one not yet sent is given up.
   */
  rewrite(
    programme: string,
    rewrites: readonly EventRewrite[],
    events: readonly Record<string, unknown>[],
    options: { expectedVersion: number; eraseMessages?: readonly string[] },
  ): Promise<AppendResult>;
  /**
   * Takes messages that are due (not sent, not given up, next attempt now or
   * earlier) and that no other sender holds, and holds them for
   * `leaseMs`: two senders, in one process or in many, never take the same
   * message at the same time. Counts an attempt on each.
   */
  claimMessages(options?: ClaimOptions): Promise<StoredMessage[]>;
  /** Marks a message as accepted by the mail server. */
  markSent(id: number, at?: Date): Promise<void>;
  /**
   * Records a failed attempt and releases the message: tried again at
   * `nextAttemptAt`, or never when it is null (given up).
   */
  markFailed(id: number, error: string, nextAttemptAt: Date | null): Promise<void>;
  /** The outbox's messages, oldest first (of one programme, when given). */
  messages(programme?: string): Promise<StoredMessage[]>;
  /**
   * Writes messages that no event causes (reminders, digests) to the
   * outbox, in one transaction; one whose cause the programme's outbox holds
   * already is not written again. Resolves with how many were written.
   */
  queueMessages(programme: string, messages: readonly OutboxMessage[]): Promise<number>;
  /** The confirmation link whose token hashes to `tokenHash`, if the store has it (schema 4 on). */
  confirmation(tokenHash: string): Promise<StoredConfirmation | undefined>;
  /** An account of the server's own sign-in, by e-mail (schema 5 on). */
  account(email: string): Promise<StoredAccount | undefined>;
  /** Every account, by e-mail. */
  accounts(): Promise<StoredAccount[]>;
  /** Creates or replaces an account (its failures and lock as given). */
  putAccount(account: StoredAccount): Promise<void>;
  /** Counts a failed sign-in, and locks the account until `lockedUntil` when given. */
  signInFailed(email: string, lockedUntil: Date | null): Promise<void>;
  /** Stores a new session, and clears the account's failures. */
  createSession(session: StoredSession): Promise<void>;
  /** The session whose token hashes to `idHash`. */
  session(idHash: string): Promise<StoredSession | undefined>;
  /** Ends a session (sign-out), or every session of an account (`email`, when disabled). */
  deleteSessions(which: { idHash: string } | { email: string }): Promise<void>;
  /**
   * SQLite only: a copy of the whole database into `file` through SQLite's
   * online backup, while the server goes on writing.
   */
  backup?(file: string): Promise<{ pages: number; ms: number }>;
  /** Closes the connection. */
  close(): Promise<void>;
  /** The `pg` Pool of a PostgreSQL store: the rate limits count in its `mechnet_rate_limits` table, shared by every process. */
  readonly pool?: unknown;
}

/** The current schema version; each step is in the engines' migration lists. */
export const SCHEMA_VERSION = 5;

/** Loads an optional dependency, or says clearly which package to install. */
export async function optionalImport<T>(name: string, engine: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(`mechnet: the ${engine} store needs the package "${name}": npm install ${name}`);
    }
    throw e;
  }
}

/** SQLite's codes for a database that cannot take a write now (full, locked, failing disk). */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|BUSY|LOCKED|IOERR|CANTOPEN|READONLY|PROTOCOL|NOLFS)/;

/**
 * Whether an error means the database does not answer for now (connection
 * refused or lost, server shutting down, disk full, database locked), so the
 * request may be repeated later with the same idempotency key: the server
 * answers 503 with `Retry-After` rather than 500.
 *
 * @example
 * ```ts
 * try {
 *   await store.append(programme, events, { expectedVersion });
 * } catch (e) {
 *   if (isUnavailable(e)) return new Response(null, { status: 503, headers: { 'retry-after': '5' } });
 *   throw e;
 * }
 * ```
 */
export function isUnavailable(e: unknown): boolean {
  for (let cause = e, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = String((cause as { code?: unknown }).code ?? '');
    if (SQLITE_UNAVAILABLE.test(code)) return true;
    // PostgreSQL: class 08 connection exception, 53 insufficient resources, 57P0x shutdown, 40001/40P01 serialization and deadlock.
    if (/^(08|53)...$/.test(code) || /^57P0[1-4]$/.test(code) || code === '40001' || code === '40P01') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ENOSPC', 'EIO'].includes(code)) return true;
    const message = cause instanceof Error ? cause.message : '';
    if (/Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(message)) return true;
  }
  return false;
}
