/**
 * The embedded store: SQLite through better-sqlite3 (an optional peer
 * dependency), in WAL mode with full synchronous commits: an answered append
 * is on disk, and a second process (the command line) reads while the server
 * writes.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  eventRow,
  messageIdOf,
  optionalImport,
  SCHEMA_VERSION,
  statusOf,
  type AppendOptions,
  type AppendResult,
  type EventRewrite,
  type Store,
  type StoredEvent,
  type StoredMessage,
  type OutboxMessage,
  type StoredConfirmation,
  type Role,
  type StoredAccount,
  type StoredSession,
  type StoredProgramme,
  type StoredResponse,
} from './store.js';

/** An outbox row as SQLite gives it. */
interface OutboxRow {
  id: number;
  programme: string;
  cause: string;
  recipient: string;
  language: 'it' | 'en';
  subject: string;
  text: string;
  html: string;
  message_id: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
}

/** A stored message from its row. */
function messageOf(r: OutboxRow): StoredMessage {
  const m = {
    id: Number(r.id),
    programme: r.programme,
    cause: r.cause,
    recipient: r.recipient,
    language: r.language,
    subject: r.subject,
    text: r.text,
    html: r.html,
    messageId: r.message_id,
    createdAt: r.created_at,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    sentAt: r.sent_at,
    lastError: r.last_error,
  };
  return { ...m, status: statusOf(m) };
}

/** A confirmation link's row. */
interface ConfirmationRow {
  token_hash: string;
  programme: string;
  application: string;
  firm: string;
  language: 'it' | 'en';
  expires_on: string;
  used_at: string | null;
}

/** A stored confirmation link from its row. */
function confirmationOf(r: ConfirmationRow): StoredConfirmation {
  return { tokenHash: r.token_hash, programme: r.programme, application: r.application, firm: r.firm, language: r.language, expiresOn: r.expires_on, usedAt: r.used_at };
}

/** The schema, step by step: step N brings the database from version N-1 to N. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE mechnet_programmes (
     programme TEXT PRIMARY KEY,
     definition TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE mechnet_events (
     programme TEXT NOT NULL,
     version INTEGER NOT NULL,
     event TEXT NOT NULL,
     idempotency_key TEXT,
     request_hash TEXT,
     response TEXT,
     stored_at TEXT NOT NULL,
     PRIMARY KEY (programme, version)
   );
   CREATE UNIQUE INDEX mechnet_events_key ON mechnet_events (programme, idempotency_key) WHERE idempotency_key IS NOT NULL;`,
  // Step 2 adds the table of rate limits shared by processes, on PostgreSQL; an SQLite server counts them in memory.
  `SELECT 1;`,
  // Step 3: the outbox, written in the same transaction as the events that cause its messages.
  `CREATE TABLE mechnet_outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     programme TEXT NOT NULL,
     cause TEXT NOT NULL,
     recipient TEXT NOT NULL,
     language TEXT NOT NULL,
     subject TEXT NOT NULL,
     text TEXT NOT NULL,
     html TEXT NOT NULL,
     message_id TEXT,
     created_at TEXT NOT NULL,
     claimed_until TEXT,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     sent_at TEXT,
     last_error TEXT
   );
   CREATE UNIQUE INDEX mechnet_outbox_cause ON mechnet_outbox (programme, cause);
   CREATE INDEX mechnet_outbox_due ON mechnet_outbox (next_attempt_at) WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL;`,
  // Step 4: one-time confirmation links, kept as the hashes of their tokens.
  `CREATE TABLE mechnet_confirmations (
     token_hash TEXT PRIMARY KEY,
     programme TEXT NOT NULL,
     application TEXT NOT NULL,
     firm TEXT NOT NULL,
     language TEXT NOT NULL,
     expires_on TEXT NOT NULL,
     created_at TEXT NOT NULL,
     used_at TEXT
   );
   CREATE INDEX mechnet_confirmations_application ON mechnet_confirmations (programme, application);`,
  // Step 5: the accounts and sessions of the server's own sign-in (the officer's desk).
  `CREATE TABLE mechnet_accounts (
     email TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     role TEXT NOT NULL,
     firms TEXT NOT NULL,
     password_hash TEXT,
     disabled_at TEXT,
     failures INTEGER NOT NULL DEFAULT 0,
     locked_until TEXT
   );
   CREATE TABLE mechnet_sessions (
     id_hash TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     csrf TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );
   CREATE INDEX mechnet_sessions_email ON mechnet_sessions (email);`,
];

/** An account's row. */
interface AccountRow {
  email: string;
  name: string;
  role: Role;
  firms: string;
  password_hash: string | null;
  disabled_at: string | null;
  failures: number;
  locked_until: string | null;
}

const accountOf = (r: AccountRow): StoredAccount => ({
  email: r.email,
  name: r.name,
  role: r.role,
  firms: JSON.parse(r.firms) as string[],
  passwordHash: r.password_hash,
  disabledAt: r.disabled_at,
  failures: Number(r.failures),
  lockedUntil: r.locked_until,
});

/** Options of {@link sqliteStore}. */
export interface SqliteStoreOptions {
  /** Open without writing (the command line's reports). */
  readonly?: boolean;
  /** How long to wait for another process's write, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

/**
 * A store in an SQLite file (created when missing). Needs the package
 * `better-sqlite3` (12.x).
 *
 * @example
 * ```ts
 * import { createHandler, sqliteStore } from 'mechnet/server';
 *
 * const store = await sqliteStore('.data/mechnet.sqlite');
 * await store.migrate();
 * const handler = createHandler({ store, programme: 'mechnet-varese-2010' });
 * ```
 */
export async function sqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const { default: Database } = await optionalImport<{ default: typeof BetterSqlite3 }>('better-sqlite3', 'SQLite');
  const db = new Database(file, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 5000 });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // What is deleted or rewritten (an erasure) is overwritten with zeros in the file, not left in free space.
    db.pragma('secure_delete = ON');
  }
  db.pragma('foreign_keys = ON');

  const hasTable = (name: string) => db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
  const schemaVersion = (): number =>
    hasTable('mechnet_schema') ? Number((db.prepare('SELECT max(version) AS v FROM mechnet_schema').get() as { v: number | null }).v ?? 0) : 0;

  let statements: ReturnType<typeof prepare> | undefined;
  const prepare = () => ({
    max: db.prepare('SELECT coalesce(max(version), 0) AS v FROM mechnet_events WHERE programme = ?'),
    after: db.prepare('SELECT version, event FROM mechnet_events WHERE programme = ? AND version > ? ORDER BY version'),
    key: db.prepare('SELECT request_hash AS hash, response FROM mechnet_events WHERE programme = ? AND idempotency_key = ?'),
    insert: db.prepare(
      'INSERT INTO mechnet_events (programme, version, event, idempotency_key, request_hash, response, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    rewrite: db.prepare(
      'UPDATE mechnet_events SET event = ?, idempotency_key = CASE WHEN idempotency_key IS NULL THEN NULL ELSE coalesce(?, idempotency_key) END, request_hash = NULL, response = NULL WHERE programme = ? AND version = ?',
    ),
    programme: db.prepare('SELECT programme, definition FROM mechnet_programmes WHERE programme = ?'),
    programmes: db.prepare('SELECT programme, definition FROM mechnet_programmes ORDER BY programme'),
    putProgramme: db.prepare(
      'INSERT INTO mechnet_programmes (programme, definition, updated_at) VALUES (?, ?, ?) ON CONFLICT (programme) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at',
    ),
  });
  const st = () => (statements ??= prepare());
  // The outbox's statements apart: a database not yet at schema 3 still serves the rest (read-only commands do not migrate).
  let outboxStatements: ReturnType<typeof prepareOutbox> | undefined;
  const prepareOutbox = () => ({
    message: db.prepare(
      'INSERT INTO mechnet_outbox (programme, cause, recipient, language, subject, text, html, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (programme, cause) DO NOTHING',
    ),
    messageId: db.prepare('UPDATE mechnet_outbox SET message_id = ? WHERE id = ?'),
    due: db.prepare(
      'SELECT id FROM mechnet_outbox WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) AND (? IS NULL OR programme = ?) ORDER BY next_attempt_at, id LIMIT ?',
    ),
    claim: db.prepare(
      'UPDATE mechnet_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ? AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?) RETURNING *',
    ),
    sent: db.prepare('UPDATE mechnet_outbox SET sent_at = ?, claimed_until = NULL, next_attempt_at = NULL WHERE id = ?'),
    failed: db.prepare('UPDATE mechnet_outbox SET last_error = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ? AND sent_at IS NULL'),
    messages: db.prepare('SELECT * FROM mechnet_outbox WHERE (? IS NULL OR programme = ?) ORDER BY id'),
    erase: db.prepare(
      `UPDATE mechnet_outbox SET recipient = '', subject = '', text = '', html = '', last_error = NULL, cause = 'erased:' || id,
         next_attempt_at = NULL, claimed_until = NULL WHERE programme = ? AND substr(cause, 1, ?) = ?`,
    ),
  });
  const ob = () => (outboxStatements ??= prepareOutbox());
  let confirmationStatements: ReturnType<typeof prepareConfirmations> | undefined;
  const prepareConfirmations = () => ({
    insert: db.prepare(
      'INSERT INTO mechnet_confirmations (token_hash, programme, application, firm, language, expires_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    use: db.prepare('UPDATE mechnet_confirmations SET used_at = ? WHERE token_hash = ? AND programme = ? AND used_at IS NULL'),
    get: db.prepare('SELECT * FROM mechnet_confirmations WHERE token_hash = ?'),
  });
  const cf = () => (confirmationStatements ??= prepareConfirmations());
  let accountStatements: ReturnType<typeof prepareAccounts> | undefined;
  const prepareAccounts = () => ({
    get: db.prepare('SELECT * FROM mechnet_accounts WHERE email = ?'),
    all: db.prepare('SELECT * FROM mechnet_accounts ORDER BY email'),
    put: db.prepare(
      `INSERT INTO mechnet_accounts (email, name, role, firms, password_hash, disabled_at, failures, locked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, firms = excluded.firms, password_hash = excluded.password_hash,
         disabled_at = excluded.disabled_at, failures = excluded.failures, locked_until = excluded.locked_until`,
    ),
    failed: db.prepare('UPDATE mechnet_accounts SET failures = failures + 1, locked_until = coalesce(?, locked_until) WHERE email = ?'),
    cleared: db.prepare('UPDATE mechnet_accounts SET failures = 0, locked_until = NULL WHERE email = ?'),
    session: db.prepare('INSERT INTO mechnet_sessions (id_hash, email, csrf, expires_at) VALUES (?, ?, ?, ?)'),
    getSession: db.prepare('SELECT * FROM mechnet_sessions WHERE id_hash = ?'),
    endSession: db.prepare('DELETE FROM mechnet_sessions WHERE id_hash = ?'),
    endSessions: db.prepare('DELETE FROM mechnet_sessions WHERE email = ?'),
  });
  const ac = () => (accountStatements ??= prepareAccounts());
  const sessionTx = db.transaction((s: StoredSession) => {
    ac().session.run(s.idHash, s.email, s.csrf, s.expiresAt);
    ac().cleared.run(s.email);
  });

  const keyRow = (programme: string, key: string) => {
    const row = st().key.get(programme, key) as { hash: string | null; response: string | null } | undefined;
    return row ? { requestHash: row.hash ?? '', response: JSON.parse(row.response ?? 'null') as StoredResponse } : undefined;
  };

  const appendTx = db.transaction((programme: string, events: readonly Record<string, unknown>[], o: AppendOptions): AppendResult => {
    if (o.idempotencyKey) {
      const used = keyRow(programme, o.idempotencyKey);
      if (used) return { ok: false, reason: 'key-used', ...used };
    }
    // A link confirms once: one used by an earlier request changes nothing.
    if (o.usesConfirmation !== undefined) {
      const link = cf().get.get(o.usesConfirmation) as { used_at: string | null; programme: string } | undefined;
      if (!link || link.programme !== programme || link.used_at !== null) return { ok: false, reason: 'link-used' };
    }
    const current = Number((st().max.get(programme) as { v: number }).v);
    if (current !== o.expectedVersion) return { ok: false, reason: 'conflict', version: current };
    const at = new Date().toISOString();
    events.forEach((event, i) => {
      st().insert.run(...eventRow(programme, current, i, event, o), at);
    });
    for (const m of o.messages ?? []) {
      const r = ob().message.run(programme, m.cause, m.recipient, m.language, m.subject, m.text, m.html, at, at);
      if (r.changes === 1) ob().messageId.run(messageIdOf(programme, Number(r.lastInsertRowid)), Number(r.lastInsertRowid));
    }
    for (const c of o.confirmations ?? []) cf().insert.run(c.tokenHash, programme, c.application, c.firm, c.language, c.expiresOn, at);
    if (o.usesConfirmation !== undefined) cf().use.run(at, o.usesConfirmation, programme);
    return { ok: true, version: current + events.length };
  });

  const queueTx = db.transaction((programme: string, messages: readonly OutboxMessage[]): number => {
    const at = new Date().toISOString();
    let written = 0;
    for (const m of messages) {
      const r = ob().message.run(programme, m.cause, m.recipient, m.language, m.subject, m.text, m.html, at, at);
      if (r.changes === 1) {
        ob().messageId.run(messageIdOf(programme, Number(r.lastInsertRowid)), Number(r.lastInsertRowid));
        written += 1;
      }
    }
    return written;
  });

  const claimTx = db.transaction((programme: string | null, limit: number, now: string, until: string): StoredMessage[] => {
    const ids = (ob().due.all(now, now, programme, programme, limit) as { id: number }[]).map((r) => r.id);
    const out: StoredMessage[] = [];
    for (const id of ids) {
      const row = ob().claim.get(until, id, now) as OutboxRow | undefined;
      if (row) out.push(messageOf(row));
    }
    return out;
  });

  const rewriteTx = db.transaction(
    (programme: string, rewrites: readonly EventRewrite[], events: readonly Record<string, unknown>[], expectedVersion: number, eraseMessages: readonly string[]): AppendResult => {
      const current = Number((st().max.get(programme) as { v: number }).v);
      if (current !== expectedVersion) return { ok: false, reason: 'conflict', version: current };
      for (const r of rewrites) {
        const changed = st().rewrite.run(JSON.stringify(r.event), r.idempotencyKey ?? null, programme, r.version).changes;
        if (changed !== 1) throw new Error(`mechnet: no stored event ${programme} ${r.version} to rewrite`);
      }
      const at = new Date().toISOString();
      events.forEach((event, i) => {
        st().insert.run(...eventRow(programme, current, i, event, { expectedVersion }), at);
      });
      if (eraseMessages.length > 0 && hasTable('mechnet_outbox')) for (const prefix of eraseMessages) ob().erase.run(programme, prefix.length, prefix);
      return { ok: true, version: current + events.length };
    },
  );

  /**
   * Moves every page of the write-ahead log into the database file and
   * empties the log, so that the rewritten rows' old bytes are in neither
   * file. A reader still inside an older snapshot holds the log: tried again
   * for up to two seconds.
   */
  const checkpoint = async (): Promise<boolean> => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      if (row && row.busy === 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  };

  const store: Store = {
    engine: 'sqlite',
    async migrate() {
      const run = db.transaction(() => {
        db.exec('CREATE TABLE IF NOT EXISTS mechnet_schema (version INTEGER NOT NULL)');
        const from = schemaVersion();
        for (let v = from; v < MIGRATIONS.length; v++) {
          db.exec(MIGRATIONS[v]!);
          db.prepare('INSERT INTO mechnet_schema (version) VALUES (?)').run(v + 1);
        }
      });
      run.immediate();
      statements = undefined;
      outboxStatements = undefined;
      return schemaVersion();
    },
    async schemaVersion() {
      return schemaVersion();
    },
    async programme(id) {
      const row = st().programme.get(id) as { programme: string; definition: string } | undefined;
      return row ? { id: row.programme, definition: JSON.parse(row.definition) as unknown } : undefined;
    },
    async programmes() {
      return (st().programmes.all() as { programme: string; definition: string }[]).map(
        (row): StoredProgramme => ({ id: row.programme, definition: JSON.parse(row.definition) as unknown }),
      );
    },
    async putProgramme(id, definition) {
      st().putProgramme.run(id, JSON.stringify(definition), new Date().toISOString());
    },
    async events(programme, afterVersion = 0) {
      return (st().after.all(programme, afterVersion) as { version: number; event: string }[]).map(
        (row): StoredEvent => ({ version: Number(row.version), event: JSON.parse(row.event) as Record<string, unknown> }),
      );
    },
    async version(programme) {
      return Number((st().max.get(programme) as { v: number }).v);
    },
    async findKey(programme, key) {
      return keyRow(programme, key);
    },
    async append(programme, events, o) {
      if (events.length === 0) return { ok: true, version: await store.version(programme) };
      return appendTx.immediate(programme, events, o);
    },
    async claimMessages(options = {}) {
      const now = options.now ?? new Date();
      const until = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000));
      return claimTx.immediate(options.programme ?? null, options.limit ?? 10, now.toISOString(), until.toISOString());
    },
    async markSent(id, at = new Date()) {
      ob().sent.run(at.toISOString(), id);
    },
    async markFailed(id, error, nextAttemptAt) {
      ob().failed.run(error, nextAttemptAt?.toISOString() ?? null, id);
    },
    async queueMessages(programme, messages) {
      return queueTx.immediate(programme, messages);
    },
    async confirmation(tokenHash) {
      const r = cf().get.get(tokenHash) as ConfirmationRow | undefined;
      return r && confirmationOf(r);
    },
    async account(email) {
      const r = ac().get.get(email.toLowerCase()) as AccountRow | undefined;
      return r && accountOf(r);
    },
    async accounts() {
      return (ac().all.all() as AccountRow[]).map(accountOf);
    },
    async putAccount(a) {
      ac().put.run(a.email.toLowerCase(), a.name, a.role, JSON.stringify(a.firms), a.passwordHash, a.disabledAt, a.failures, a.lockedUntil);
    },
    async signInFailed(email, lockedUntil) {
      ac().failed.run(lockedUntil ? lockedUntil.toISOString() : null, email.toLowerCase());
    },
    async createSession(s) {
      sessionTx.immediate(s);
    },
    async session(idHash) {
      const r = ac().getSession.get(idHash) as { id_hash: string; email: string; csrf: string; expires_at: string } | undefined;
      return r && { idHash: r.id_hash, email: r.email, csrf: r.csrf, expiresAt: r.expires_at };
    },
    async deleteSessions(which) {
      if ('idHash' in which) ac().endSession.run(which.idHash);
      else ac().endSessions.run(which.email.toLowerCase());
    },
    async messages(programme) {
      return (ob().messages.all(programme ?? null, programme ?? null) as OutboxRow[]).map(messageOf);
    },
    async rewrite(programme, rewrites, events, o) {
      const r = rewriteTx.immediate(programme, rewrites, events, o.expectedVersion, o.eraseMessages ?? []);
      if (r.ok) await checkpoint();
      return r;
    },
    async backup(file) {
      // SQLite's online backup: pages copied while other processes go on writing (a write by another process restarts the copy).
      const started = performance.now();
      const { totalPages } = await db.backup(file, { progress: ({ remainingPages }) => Math.max(100, remainingPages) });
      return { pages: totalPages, ms: performance.now() - started };
    },
    async close() {
      db.close();
    },
  };
  if (SCHEMA_VERSION !== MIGRATIONS.length) throw new Error('mechnet: SQLite migrations out of step with SCHEMA_VERSION');
  return store;
}
