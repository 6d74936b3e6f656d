/** Paths of issues, written for people. */
import { makeIssue, pathText } from './issue.js';
import { MechnetError } from './mechnet-error.js';
import { guarded, reading } from '../model/guard.js';

/**
 * Writes a path the way people read it: `events[3].firm`.
 *
 * @example
 * ```ts
 * formatPath(['events', 3, 'firm']); // 'events[3].firm'
 * formatPath([]); // '(root)'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  return guarded(undefined, () => {
    // Read once into a copy: the path may be anything, a proxy included.
    const segments = reading(() => (Array.isArray(path) ? [...path] : undefined), ['path']);
    if (!segments || !segments.every((seg) => typeof seg === 'string' || typeof seg === 'number')) {
      throw new MechnetError('invalid_input', [makeIssue('invalid_path', ['path'])]);
    }
    return pathText(segments);
  });
}
