/**
 * The PostgreSQL store, through `pg` (an optional peer dependency, pure
 * JavaScript). Stateless between statements (no session settings, no
 * prepared statements kept on a connection), so it works behind PgBouncer in
 * transaction mode. Each append takes a transaction-scoped advisory lock on
 * its programme, so versions commit in order and a reader never sees a gap.
 */
import type { Pool, PoolClient } from 'pg';
import { eventRow, messageIdOf, optionalImport, SCHEMA_VERSION, statusOf, type AppendResult, type Store, type StoredEvent, type Role, type StoredAccount, type StoredConfirmation, type StoredMessage, type StoredResponse } from './store.js';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE mechnet_programmes (
     programme text PRIMARY KEY,
     definition json NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE mechnet_events (
     programme text NOT NULL,
     version bigint NOT NULL,
     event json NOT NULL,
     idempotency_key text,
     request_hash text,
     response json,
     stored_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (programme, version)
   );
   CREATE UNIQUE INDEX mechnet_events_key ON mechnet_events (programme, idempotency_key) WHERE idempotency_key IS NOT NULL;`,
  // The rate limits shared by every process of a server (rate-limiter-flexible's table).
  `CREATE TABLE mechnet_rate_limits (
     key varchar(255) PRIMARY KEY,
     points integer NOT NULL DEFAULT 0,
     expire bigint
   );`,
  // The outbox, written in the same transaction as the events that cause its messages.
  `CREATE TABLE mechnet_outbox (
     id bigserial PRIMARY KEY,
     programme text NOT NULL,
     cause text NOT NULL,
     recipient text NOT NULL,
     language text NOT NULL,
     subject text NOT NULL,
     text text NOT NULL,
     html text NOT NULL,
     message_id text,
     created_at timestamptz NOT NULL DEFAULT now(),
     claimed_until timestamptz,
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz,
     sent_at timestamptz,
     last_error text
   );
   CREATE UNIQUE INDEX mechnet_outbox_cause ON mechnet_outbox (programme, cause);
   CREATE INDEX mechnet_outbox_due ON mechnet_outbox (next_attempt_at) WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL;`,
  // One-time confirmation links, kept as the hashes of their tokens.
  `CREATE TABLE mechnet_confirmations (
     token_hash text PRIMARY KEY,
     programme text NOT NULL,
     application text NOT NULL,
     firm text NOT NULL,
     language text NOT NULL,
     expires_on text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     used_at timestamptz
   );
   CREATE INDEX mechnet_confirmations_application ON mechnet_confirmations (programme, application);`,
  // The accounts and sessions of the server's own sign-in (the officer's desk).
  `CREATE TABLE mechnet_accounts (
     email text PRIMARY KEY,
     name text NOT NULL,
     role text NOT NULL,
     firms jsonb NOT NULL,
     password_hash text,
     disabled_at timestamptz,
     failures integer NOT NULL DEFAULT 0,
     locked_until timestamptz
   );
   CREATE TABLE mechnet_sessions (
     id_hash text PRIMARY KEY,
     email text NOT NULL,
     csrf text NOT NULL,
     expires_at timestamptz NOT NULL
   );
   CREATE INDEX mechnet_sessions_email ON mechnet_sessions (email);`,
];

/** An account's row. */
interface AccountRow {
  email: string;
  name: string;
  role: Role;
  firms: string[];
  password_hash: string | null;
  disabled_at: Date | null;
  failures: number;
  locked_until: Date | null;
}

/** A confirmation link's row. */
interface ConfirmationRow {
  token_hash: string;
  programme: string;
  application: string;
  firm: string;
  language: 'it' | 'en';
  expires_on: string;
  used_at: Date | null;
}

/** An account from its row. */
function accountOf(r: AccountRow): StoredAccount {
  return {
    email: r.email,
    name: r.name,
    role: r.role,
    firms: r.firms,
    passwordHash: r.password_hash,
    disabledAt: r.disabled_at === null ? null : r.disabled_at.toISOString(),
    failures: Number(r.failures),
    lockedUntil: r.locked_until === null ? null : r.locked_until.toISOString(),
  };
}

/** An outbox row as `pg` gives it (bigint as text, timestamps as dates). */
interface OutboxRow {
  id: string;
  programme: string;
  cause: string;
  recipient: string;
  language: 'it' | 'en';
  subject: string;
  text: string;
  html: string;
  message_id: string;
  created_at: Date;
  attempts: number;
  next_attempt_at: Date | null;
  sent_at: Date | null;
  last_error: string | null;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

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
    createdAt: r.created_at.toISOString(),
    attempts: Number(r.attempts),
    nextAttemptAt: iso(r.next_attempt_at),
    sentAt: iso(r.sent_at),
    lastError: r.last_error,
  };
  return { ...m, status: statusOf(m) };
}

/**
 * A store in a PostgreSQL database, from a connection URL or a `pg` Pool of
 * your own (closed by `close()` only when the store made it). Needs the
 * package `pg` (8.x).
 *
 * @example
 * ```ts
 * import { createHandler, postgresStore } from 'mechnet/server';
 *
 * const store = await postgresStore('postgres://mechnet@db.example/mechnet');
 * await store.migrate();
 * const handler = createHandler({ store, programme: 'mechnet-varese-2010' });
 * ```
 */
export async function postgresStore(urlOrPool: string | Pool): Promise<Store> {
  let pool: Pool;
  let own = false;
  if (typeof urlOrPool === 'string') {
    const pg = await optionalImport<{ default: typeof import('pg') }>('pg', 'PostgreSQL');
    pool = new pg.default.Pool({ connectionString: urlOrPool, max: 10, connectionTimeoutMillis: 5000 });
    // An idle connection the server drops (a restart, a failover) is an event, not a crash: the next query connects again.
    pool.on('error', () => undefined);
    own = true;
  } else {
    pool = urlOrPool;
  }

  const inTransaction = async <T>(fn: (c: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // A connection lost between two statements surfaces on the next one; the event alone must not end the process.
    const ignore = () => undefined;
    client.on('error', ignore);
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      client.off('error', ignore);
      // A connection that could not even roll back is dropped, not reused.
      client.release(broken);
    }
  };

  const schemaVersion = async (c: Pool | PoolClient = pool): Promise<number> => {
    const t = await c.query(`SELECT to_regclass('mechnet_schema') IS NOT NULL AS present`);
    if (!t.rows[0].present) return 0;
    const r = await c.query('SELECT coalesce(max(version), 0) AS v FROM mechnet_schema');
    return Number(r.rows[0].v);
  };

  const keyRow = async (c: Pool | PoolClient, programme: string, key: string) => {
    const r = await c.query('SELECT request_hash, response FROM mechnet_events WHERE programme = $1 AND idempotency_key = $2', [programme, key]);
    const row = r.rows[0] as { request_hash: string | null; response: StoredResponse | null } | undefined;
    return row ? { requestHash: row.request_hash ?? '', response: row.response as StoredResponse } : undefined;
  };

  const store: Store = {
    engine: 'postgres',
    pool,
    async migrate() {
      return inTransaction(async (c) => {
        await c.query(`SELECT pg_advisory_xact_lock(hashtext('mechnet-migrate'))`);
        await c.query('CREATE TABLE IF NOT EXISTS mechnet_schema (version integer NOT NULL)');
        const from = await schemaVersion(c);
        for (let v = from; v < MIGRATIONS.length; v++) {
          await c.query(MIGRATIONS[v]!);
          await c.query('INSERT INTO mechnet_schema (version) VALUES ($1)', [v + 1]);
        }
        return schemaVersion(c);
      });
    },
    async schemaVersion() {
      return schemaVersion();
    },
    async programme(id) {
      const r = await pool.query('SELECT programme, definition FROM mechnet_programmes WHERE programme = $1', [id]);
      return r.rows[0] ? { id: r.rows[0].programme as string, definition: r.rows[0].definition as unknown } : undefined;
    },
    async programmes() {
      const r = await pool.query('SELECT programme, definition FROM mechnet_programmes ORDER BY programme');
      return r.rows.map((row: { programme: string; definition: unknown }) => ({ id: row.programme, definition: row.definition }));
    },
    async putProgramme(id, definition) {
      await pool.query(
        'INSERT INTO mechnet_programmes (programme, definition) VALUES ($1, $2) ON CONFLICT (programme) DO UPDATE SET definition = excluded.definition, updated_at = now()',
        [id, JSON.stringify(definition)],
      );
    },
    async events(programme, afterVersion = 0) {
      const r = await pool.query('SELECT version, event FROM mechnet_events WHERE programme = $1 AND version > $2 ORDER BY version', [
        programme,
        afterVersion,
      ]);
      // bigint comes back as text
      return r.rows.map((row: { version: string; event: Record<string, unknown> }): StoredEvent => ({ version: Number(row.version), event: row.event }));
    },
    async version(programme) {
      const r = await pool.query('SELECT coalesce(max(version), 0) AS v FROM mechnet_events WHERE programme = $1', [programme]);
      return Number(r.rows[0].v);
    },
    async findKey(programme, key) {
      return keyRow(pool, programme, key);
    },
    async append(programme, events, o): Promise<AppendResult> {
      if (events.length === 0) return { ok: true, version: await store.version(programme) };
      return inTransaction(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [programme]);
        if (o.idempotencyKey) {
          const used = await keyRow(c, programme, o.idempotencyKey);
          if (used) return { ok: false, reason: 'key-used', ...used };
        }
        // A link confirms once: one used by an earlier request changes nothing.
        if (o.usesConfirmation !== undefined) {
          const link = await c.query('SELECT programme, used_at FROM mechnet_confirmations WHERE token_hash = $1 FOR UPDATE', [o.usesConfirmation]);
          const row = link.rows[0] as { programme: string; used_at: Date | null } | undefined;
          if (!row || row.programme !== programme || row.used_at !== null) return { ok: false, reason: 'link-used' };
        }
        const r = await c.query('SELECT coalesce(max(version), 0) AS v FROM mechnet_events WHERE programme = $1', [programme]);
        const current = Number(r.rows[0].v);
        if (current !== o.expectedVersion) return { ok: false, reason: 'conflict', version: current };
        for (const [i, event] of events.entries()) {
          await c.query(
            'INSERT INTO mechnet_events (programme, version, event, idempotency_key, request_hash, response) VALUES ($1, $2, $3, $4, $5, $6)',
            eventRow(programme, current, i, event, o),
          );
        }
        for (const m of o.messages ?? []) {
          const inserted = await c.query(
            // Due from now by the sender's clock (the one claims compare with), not the database's.
            'INSERT INTO mechnet_outbox (programme, cause, recipient, language, subject, text, html, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (programme, cause) DO NOTHING RETURNING id',
            [programme, m.cause, m.recipient, m.language, m.subject, m.text, m.html, new Date()],
          );
          const row = inserted.rows[0] as { id: string } | undefined;
          if (row) await c.query('UPDATE mechnet_outbox SET message_id = $1 WHERE id = $2', [messageIdOf(programme, Number(row.id)), row.id]);
        }
        for (const t of o.confirmations ?? []) {
          await c.query(
            'INSERT INTO mechnet_confirmations (token_hash, programme, application, firm, language, expires_on) VALUES ($1, $2, $3, $4, $5, $6)',
            [t.tokenHash, programme, t.application, t.firm, t.language, t.expiresOn],
          );
        }
        if (o.usesConfirmation !== undefined) await c.query('UPDATE mechnet_confirmations SET used_at = now() WHERE token_hash = $1', [o.usesConfirmation]);
        return { ok: true, version: current + events.length };
      });
    },
    async claimMessages(options = {}) {
      const now = options.now ?? new Date();
      const until = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000));
      // The due rows, locked in a CTE (materialised: LIMIT holds; a subquery under IN may be run again and take more);
      // rows another sender is claiming right now are skipped, not waited for.
      const r = await pool.query(
        `WITH due AS (
           SELECT id FROM mechnet_outbox
            WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= $2
              AND (claimed_until IS NULL OR claimed_until < $2) AND ($3::text IS NULL OR programme = $3)
            ORDER BY next_attempt_at, id LIMIT $4
            FOR UPDATE SKIP LOCKED)
         UPDATE mechnet_outbox o SET claimed_until = $1, attempts = o.attempts + 1
           FROM due WHERE o.id = due.id
         RETURNING o.*`,
        [until, now, options.programme ?? null, options.limit ?? 10],
      );
      return (r.rows as OutboxRow[]).map(messageOf).sort((a, b) => a.id - b.id);
    },
    async markSent(id, at = new Date()) {
      await pool.query('UPDATE mechnet_outbox SET sent_at = $1, claimed_until = NULL, next_attempt_at = NULL WHERE id = $2', [at, id]);
    },
    async markFailed(id, error, nextAttemptAt) {
      await pool.query('UPDATE mechnet_outbox SET last_error = $1, next_attempt_at = $2, claimed_until = NULL WHERE id = $3 AND sent_at IS NULL', [error, nextAttemptAt, id]);
    },
    async confirmation(tokenHash) {
      const r = await pool.query('SELECT * FROM mechnet_confirmations WHERE token_hash = $1', [tokenHash]);
      const row = r.rows[0] as ConfirmationRow | undefined;
      if (!row) return undefined;
      const found: StoredConfirmation = {
        tokenHash: row.token_hash,
        programme: row.programme,
        application: row.application,
        firm: row.firm,
        language: row.language,
        expiresOn: row.expires_on,
        usedAt: iso(row.used_at),
      };
      return found;
    },
    async account(email) {
      const r = await pool.query('SELECT * FROM mechnet_accounts WHERE email = $1', [email.toLowerCase()]);
      const row = r.rows[0] as AccountRow | undefined;
      return row && accountOf(row);
    },
    async accounts() {
      const r = await pool.query('SELECT * FROM mechnet_accounts ORDER BY email');
      return (r.rows as AccountRow[]).map(accountOf);
    },
    async putAccount(a) {
      await pool.query(
        `INSERT INTO mechnet_accounts (email, name, role, firms, password_hash, disabled_at, failures, locked_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, firms = excluded.firms, password_hash = excluded.password_hash,
           disabled_at = excluded.disabled_at, failures = excluded.failures, locked_until = excluded.locked_until`,
        [a.email.toLowerCase(), a.name, a.role, JSON.stringify(a.firms), a.passwordHash, a.disabledAt, a.failures, a.lockedUntil],
      );
    },
    async signInFailed(email, lockedUntil) {
      await pool.query('UPDATE mechnet_accounts SET failures = failures + 1, locked_until = coalesce($1, locked_until) WHERE email = $2', [lockedUntil, email.toLowerCase()]);
    },
    async createSession(s) {
      await inTransaction(async (c) => {
        await c.query('INSERT INTO mechnet_sessions (id_hash, email, csrf, expires_at) VALUES ($1, $2, $3, $4)', [s.idHash, s.email, s.csrf, s.expiresAt]);
        await c.query('UPDATE mechnet_accounts SET failures = 0, locked_until = NULL WHERE email = $1', [s.email]);
      });
    },
    async session(idHash) {
      const r = await pool.query('SELECT * FROM mechnet_sessions WHERE id_hash = $1', [idHash]);
      const row = r.rows[0] as { id_hash: string; email: string; csrf: string; expires_at: Date } | undefined;
      return row && { idHash: row.id_hash, email: row.email, csrf: row.csrf, expiresAt: row.expires_at.toISOString() };
    },
    async deleteSessions(which) {
      if ('idHash' in which) await pool.query('DELETE FROM mechnet_sessions WHERE id_hash = $1', [which.idHash]);
      else await pool.query('DELETE FROM mechnet_sessions WHERE email = $1', [which.email.toLowerCase()]);
    },
    async queueMessages(programme, messages) {
      return inTransaction(async (c) => {
        let written = 0;
        for (const m of messages) {
          const inserted = await c.query(
            'INSERT INTO mechnet_outbox (programme, cause, recipient, language, subject, text, html, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (programme, cause) DO NOTHING RETURNING id',
            [programme, m.cause, m.recipient, m.language, m.subject, m.text, m.html, new Date()],
          );
          const row = inserted.rows[0] as { id: string } | undefined;
          if (row) {
            await c.query('UPDATE mechnet_outbox SET message_id = $1 WHERE id = $2', [messageIdOf(programme, Number(row.id)), row.id]);
            written += 1;
          }
        }
        return written;
      });
    },
    async messages(programme) {
      const r = await pool.query('SELECT * FROM mechnet_outbox WHERE ($1::text IS NULL OR programme = $1) ORDER BY id', [programme ?? null]);
      return (r.rows as OutboxRow[]).map(messageOf);
    },
    async rewrite(programme, rewrites, events, o): Promise<AppendResult> {
      const done = await inTransaction(async (c): Promise<AppendResult> => {
        // The same lock as appends: no append slips in between the check and the rewrite.
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [programme]);
        const r = await c.query('SELECT coalesce(max(version), 0) AS v FROM mechnet_events WHERE programme = $1', [programme]);
        const current = Number(r.rows[0].v);
        if (current !== o.expectedVersion) return { ok: false, reason: 'conflict', version: current };
        for (const w of rewrites) {
          const u = await c.query(
            'UPDATE mechnet_events SET event = $1, idempotency_key = CASE WHEN idempotency_key IS NULL THEN NULL ELSE coalesce($2, idempotency_key) END, request_hash = NULL, response = NULL WHERE programme = $3 AND version = $4',
            [JSON.stringify(w.event), w.idempotencyKey ?? null, programme, w.version],
          );
          if (u.rowCount !== 1) throw new Error(`mechnet: no stored event ${programme} ${w.version} to rewrite`);
        }
        for (const [i, event] of events.entries()) {
          await c.query(
            'INSERT INTO mechnet_events (programme, version, event, idempotency_key, request_hash, response) VALUES ($1, $2, $3, $4, $5, $6)',
            eventRow(programme, current, i, event, { expectedVersion: o.expectedVersion }),
          );
        }
        const outbox = (o.eraseMessages ?? []).length > 0 && (await c.query(`SELECT to_regclass('mechnet_outbox') IS NOT NULL AS present`)).rows[0].present === true;
        for (const prefix of outbox ? (o.eraseMessages ?? []) : []) {
          await c.query(
            `UPDATE mechnet_outbox SET recipient = '', subject = '', text = '', html = '', last_error = NULL, cause = 'erased:' || id,
               next_attempt_at = NULL, claimed_until = NULL WHERE programme = $1 AND left(cause, length($2)) = $2`,
            [programme, prefix],
          );
        }
        return { ok: true, version: current + events.length };
      });
      // The old row versions still hold the erased values until a vacuum prunes them: one now, not when autovacuum gets to it.
      // (Outside the transaction, as VACUUM must be; a role that does not own the table gets a warning, not an error.)
      if (done.ok) await pool.query('VACUUM mechnet_events').catch(() => undefined);
      if (done.ok && (o.eraseMessages ?? []).length > 0) await pool.query('VACUUM mechnet_outbox').catch(() => undefined);
      return done;
    },
    async close() {
      if (own) await pool.end();
    },
  };
  if (SCHEMA_VERSION !== MIGRATIONS.length) throw new Error('mechnet: PostgreSQL migrations out of step with SCHEMA_VERSION');
  return store;
}
