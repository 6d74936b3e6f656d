/**
 * Freezes an object and everything inside it, so that a shared constant (a
 * preset) cannot be changed by accident. Returns the same object.
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
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
