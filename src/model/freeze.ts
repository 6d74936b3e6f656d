/**
 * Freezes an object and everything inside it, so that a shared constant (a
 * preset) cannot be changed by accident. Returns the same object.
 *
 * Every object frozen here is remembered as made by the library (see
 * {@link madeHere}): only the library freezes with it, and only data it built
 * itself (a preset, a record it parsed out of zod's output).
 *
 * @example
 * ```ts
 * const o = deepFreeze({ a: { b: 1 } });
 * Object.isFrozen(o.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    made.add(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Objects the library built and froze: plain data, no getters, no proxies. */
const made = new WeakSet<object>();

/**
 * Whether the library built and froze `value` itself. A frozen object from
 * outside is not enough: it may still have getters, or be a proxy, and so
 * give another value, or throw, when read a second time.
 */
export function madeHere(value: unknown): boolean {
  return value !== null && typeof value === 'object' && made.has(value);
}

/**
 * Remembers objects the library built and froze another way (immer freezes
 * what a reducer makes; the shape reader freezes the copies it makes).
 */
export function markMade(...values: object[]): void {
  for (const v of values) if (Object.isFrozen(v)) made.add(v);
}

