/**
 * Values that fight back when the library reads them, for the fuzz tests:
 * proxies whose every trap throws, revoked proxies, getters and conversions
 * that throw, and documents that may be read only once. Reading such a value
 * may fail only as unreadable input (`invalid_input`, issue `unreadable` or
 * `input_unreadable`); the library's own code, once the value was read, never
 * touches it again, so a throw can never surface as `internal`.
 */
import fc from 'fast-check';
import { MechnetError } from '../../src/index.js';

/** Every hostile object made here, so that a test can tell them apart without reading them. */
const HOSTILE = new WeakSet<object>();

function hostile<T extends object>(value: T): T {
  HOSTILE.add(value);
  return value;
}

/** An error thrown by a hostile value, recognisable in a failure. */
export class Fought extends Error {
  override name = 'Fought';
}

const fight = (what: string) => () => {
  throw new Fought(what);
};

/** A proxy around `target` whose every trap throws. */
export function trapEverything(target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'apply', 'construct', 'setPrototypeOf'] as const) {
    (handler as Record<string, unknown>)[trap] = fight(`trap ${trap}`);
  }
  return hostile(new Proxy(target, handler));
}

/** A revoked proxy: even `Array.isArray` and `Object.isFrozen` throw on it. */
export function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return hostile(proxy);
}

/** Fresh hostile values, of every kind. */
export function hostileValues(): unknown[] {
  const getter = (key: string) => hostile(Object.defineProperty({}, key, { get: fight(`getter ${key}`), enumerable: true }));
  return [
    trapEverything(),
    trapEverything([]),
    revoked(),
    revoked([]),
    getter('events'),
    getter('lang'),
    getter('asOf'),
    getter('firm'),
    getter('kind'),
    getter('members'),
    hostile(Object.freeze(Object.defineProperty({ programme: 'mechnet-varese-2010' }, 'events', { get: fight('frozen getter'), enumerable: true }))),
    hostile({ toString: fight('toString'), valueOf: fight('valueOf'), [Symbol.toPrimitive]: fight('toPrimitive') }),
    hostile({ toJSON: fight('toJSON') }),
    hostile(Object.defineProperty([1, 2, 3], 1, { get: fight('index getter'), enumerable: true })),
  ];
}

/**
 * How to make a hostile value, as fast-check carries it: fast-check itself
 * looks into the values it generates (to clone and to print them), and a
 * revoked proxy would fight it too. The property makes the values with
 * {@link materialize} just before the call.
 */
class Recipe {
  constructor(
    readonly make: () => unknown,
    readonly label: string,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}

const KINDS = hostileValues().length;

/** An arbitrary hostile value, made fresh for each run. */
export const hostileValue: fc.Arbitrary<unknown> = fc.nat({ max: KINDS - 1 }).map((i) => new Recipe(() => hostileValues()[i], `hostile#${i}`));

/** A document (made fresh) that may be read only once, as an arbitrary. */
export const readOnceOf = (make: () => unknown): fc.Arbitrary<unknown> => fc.constant(null).map(() => new Recipe(() => readOnce(make()), 'read-once document'));

/**
 * The generated value with its hostile values made: a copy of the arrays and
 * plain objects that hold a recipe, anything else as it is (the same object).
 */
export function materialize<T>(value: T, depth = 0): T {
  if (value instanceof Recipe) return value.make() as T;
  if (value === null || typeof value !== 'object' || depth > 30) return value;
  if (HOSTILE.has(value)) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const m = materialize(v, depth + 1);
      if (m !== v) changed = true;
      return m;
    });
    return (changed ? out : value) as T;
  }
  if (HOSTILE.has(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const descriptors = Object.getOwnPropertyDescriptors(value);
  // Only plain data is looked into: a getter is left for the function under test to run.
  if (Object.values(descriptors).some((d) => !('value' in d))) return value;
  let changed = false;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const [k, d] of Object.entries(descriptors)) {
    if (!d.enumerable) continue;
    const m = materialize(d.value as unknown, depth + 1);
    if (m !== d.value) changed = true;
    Object.defineProperty(out, k, { value: m, enumerable: true, writable: true, configurable: true });
  }
  return (changed ? out : value) as T;
}

// ---------------------------------------------------------------------------
// Read once
// ---------------------------------------------------------------------------

/** Whether read-once documents refuse a second read (only while the function under test runs). */
let armed = false;

/** Runs `fn` with read-once documents armed. */
export function whileArmed<T>(fn: () => T): T {
  armed = true;
  try {
    return fn();
  } finally {
    armed = false;
  }
}

/** Keys a reader may look at again without reading a value twice. */
const FREE = new Set<PropertyKey>(['length', 'constructor', 'toJSON', 'then']);

/**
 * A document, deeply, as proxies that let each property be read once while
 * armed: a second read of the same property throws. The library must read a
 * value from outside once, into plain data, and never again: a second read
 * could give another value than the one it checked.
 */
export function readOnce<T>(doc: T): T {
  if (doc === null || typeof doc !== 'object') return doc;
  const seen = new Set<PropertyKey>();
  const children = new Map<PropertyKey, unknown>();
  return hostile(
    new Proxy(doc as object, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (armed && typeof key === 'string' && !FREE.has(key)) {
          if (seen.has(key)) throw new Fought(`second read of ${key}`);
          seen.add(key);
        }
        if (value === null || typeof value !== 'object') return value;
        if (!children.has(key)) children.set(key, readOnce(value));
        return children.get(key);
      },
    }),
  ) as T;
}

/** Whether `value` holds a hostile value anywhere, found without reading any hostile value. */
export function holdsHostile(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 20) return false;
  if (HOSTILE.has(value)) return true;
  if (ArrayBuffer.isView(value) || value instanceof Map || value instanceof Set || value instanceof Date) return false;
  return Object.values(value).some((v) => holdsHostile(v, depth + 1));
}

/**
 * What the fuzz tests accept from a function: a result, or a MechnetError
 * that is not a defect of the library (`internal` is a failure: a throw
 * inside a rule, which the fuzz exists to find). Fails with the defect's
 * original error in the message.
 */
export function assertNotInternal(name: string, error: unknown): void {
  if (error instanceof MechnetError && error.code === 'internal') {
    const cause = error.cause;
    const what = cause instanceof Error ? `${cause.name}: ${cause.message}\n${cause.stack ?? ''}` : String(cause);
    throw new Error(`${name}: a defect of the library (MechnetError 'internal'): ${what}`);
  }
}
