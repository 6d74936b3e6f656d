/**
 * Rate limits per client: how many applications (POST) and how many reads
 * (GET, HEAD) one client may make in a window, counted in this process
 * (memory) or, on PostgreSQL, across every process that shares the database.
 * Over the limit: 429 with `Retry-After`.
 */
import { isIP } from 'node:net';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Store } from './store.js';

/** One limit: at most `points` requests per `windowSeconds`. */
export interface RateLimit {
  /** Requests allowed in a window. */
  points: number;
  /** The window, in seconds. */
  windowSeconds: number;
}

/** The rate limits of the handler; `false` turns them off (a host that limits elsewhere). */
export interface RateLimits {
  /** Applications and other changes (POST). Default 10 per 60 s per client; 0 points: no limit. */
  post?: RateLimit;
  /** Reads (GET, HEAD). Default 300 per 60 s per client; 0 points: no limit. */
  get?: RateLimit;
}

/** The defaults of {@link RateLimits}. */
export const DEFAULT_RATE_LIMITS: Required<RateLimits> = {
  post: { points: 10, windowSeconds: 60 },
  get: { points: 300, windowSeconds: 60 },
};

/** A limiter's verdict: go on, or wait this many seconds. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts a client's requests of one kind. */
export interface Limiter {
  take(client: string | undefined): Promise<RateVerdict>;
}

/**
 * The limiters of a handler: in memory, or in the store's PostgreSQL table
 * (`mechnet_rate_limits`, made by the migrations) so that several processes
 * count together; if the database does not answer, each process counts in
 * memory meanwhile.
 */
export function createLimiters(limits: RateLimits | false | undefined, store: Store, scope: string, log: (line: string) => void): { post: Limiter; get: Limiter } {
  if (limits === false) return { post: unlimited, get: unlimited };
  const post = { ...DEFAULT_RATE_LIMITS.post, ...limits?.post };
  const get = { ...DEFAULT_RATE_LIMITS.get, ...limits?.get };
  return {
    post: post.points > 0 ? limiter(`post_${scope}`, post, store, log) : unlimited,
    get: get.points > 0 ? limiter(`get_${scope}`, get, store, log) : unlimited,
  };
}

const unlimited: Limiter = { take: async () => ({ ok: true }) };

function limiter(name: string, limit: RateLimit, store: Store, log: (line: string) => void): Limiter {
  const opts = { keyPrefix: `mechnet_${name}`, points: limit.points, duration: limit.windowSeconds };
  const memory = new RateLimiterMemory(opts);
  let shared: RateLimiterAbstract = memory;
  if (store.engine === 'postgres' && store.pool) {
    shared = new RateLimiterPostgres({
      ...opts,
      storeClient: store.pool,
      storeType: 'pool',
      tableName: 'mechnet_rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: true,
      insuranceLimiter: new RateLimiterMemory(opts),
    });
  }
  return {
    async take(client) {
      // A client the host did not identify (no address passed to the handler) is not counted: counting every one of them together would stop the whole site.
      if (client === undefined) return { ok: true };
      try {
        await shared.consume(client);
        return { ok: true };
      } catch (e) {
        if (e instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
        // The counter itself failed: let the request through rather than refuse everyone.
        log(`rate limit (${name}) not counted: ${e instanceof Error ? e.message : String(e)}`);
        return { ok: true };
      }
    },
  };
}

/** How far to trust `X-Forwarded-For`: no proxy (false), one proxy (true), or this many proxies in front. */
export type TrustProxy = boolean | number;

/**
 * The client a request comes from, for rate limits: the peer's address; with
 * `trustProxy`, the first hop of `X-Forwarded-For` that is not one of the
 * trusted proxies (counted from the right). IPv6 addresses count by their
 * /64 network (one household or one server), so that rotating addresses
 * inside one network does not escape the limit. Undefined when the peer's
 * address is not known (the request was not handed over by a Node server).
 *
 * @example
 * ```ts
 * clientOf('10.0.0.2', '203.0.113.7', true); // '203.0.113.7': one proxy (10.0.0.2) in front
 * clientOf('10.0.0.2', '198.51.100.1, 203.0.113.7', true); // '203.0.113.7': what a client wrote itself is not believed
 * clientOf('10.0.0.3', '203.0.113.7, 10.0.0.2', 2); // '203.0.113.7': two proxies
 * clientOf('203.0.113.9', '1.2.3.4', false); // '203.0.113.9': no proxy, the header is ignored
 * clientOf('2001:db8:1:2:3:4:5:6', null); // '2001:db8:1:2::/64'
 * ```
 */
export function clientOf(remoteAddress: string | undefined, forwardedFor: string | null, trustProxy: TrustProxy = false): string | undefined {
  if (remoteAddress === undefined) return undefined;
  const hops = trustProxy === true ? 1 : typeof trustProxy === 'number' && trustProxy > 0 ? Math.floor(trustProxy) : 0;
  let address = remoteAddress;
  if (hops > 0 && forwardedFor) {
    // The chain as the last proxy saw it: client, proxy 1, ..., then the peer itself.
    const chain = forwardedFor
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    chain.push(address);
    // The peer is the nearest trusted proxy; skip `hops` trusted entries from the right.
    const index = chain.length - 1 - hops;
    const candidate = chain[Math.max(0, index)]!;
    address = candidate;
  }
  return networkOf(address);
}

/** An address as rate limits count it: IPv4 as is, IPv6 by its /64, anything else under one key. */
function networkOf(address: string): string {
  let a = address.trim();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']'));
  if (a.startsWith('::ffff:') && isIP(a.slice(7)) === 4) return a.slice(7);
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind === 6) return `${expandIpv6(a).slice(0, 4).join(':')}::/64`;
  return 'invalid-address';
}

/** The eight groups of an IPv6 address. */
function expandIpv6(a: string): string[] {
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const [head, tail] = a.includes('::') ? (a.split('::') as [string, string]) : [a, undefined];
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...fill, ...right].map((g) => (g.includes('.') ? g : g.toLowerCase().replace(/^0+(?=.)/, '')));
}
