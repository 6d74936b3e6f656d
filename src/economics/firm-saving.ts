/** What a firm gets from a collaboration, in whole cents (rule-book §10), and the rounding every saving goes through. */
import type { CollaborationFigures } from '../collaboration/schema.js';
import type { CollaborationKind } from '../model/schemas.js';
import { fail, issue, received, toCents } from './check.js';
import { guarded } from '../model/guard.js';

/** The figures of one kind of collaboration. @internal */
export type Figures<K extends CollaborationFigures['kind']> = Extract<CollaborationFigures, { kind: K }>;

/**
 * Rounds to whole cents, half away from zero.
 *
 * @throws {@link MechnetError} (`invalid_input`) with issue `number_invalid`
 * for a value that is not a finite number, `amount_too_large` for one beyond
 * 2^53 - 1 cents.
 *
 * @example
 * ```ts
 * roundCents(1234.5);  // 1235
 * roundCents(-1234.5); // -1235
 * ```
 */
export function roundCents(x: number): number {
  return guarded(undefined, () => {
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(issue('number_invalid', [], received(x)));
    return toCents(x, []);
  });
}

/** What one firm gets from one collaboration. */
export interface FirmSaving {
  firm: string;
  kind: CollaborationKind;
  /** Money saved against what the firm documented paying before (hard saving). */
  hardCents: number;
  /** A price increase prevented (cost avoidance), never mixed with hard saving. */
  avoidanceCents: number;
  /** Money gained by offering something to the others (e.g. machine hours). */
  gainCents: number;
  /** What the firm pays for the shared thing, when it pays a share. */
  costCents?: number;
}
