/** The deed forms of a network contract (rule-book §9), checked at the door. */
import * as z from 'zod/mini';
import { ensure, guarded } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';
import { deedFormsOn, type DeedForm } from './rules.js';

/** Options of {@link deedForms}. */
export interface DeedFormOptions {
  /** A network with legal personality (rete-soggetto). Default: without. */
  legalPersonality?: boolean;
}

const DeedFormOptionsSchema = z.object({ legalPersonality: z.optional(z.boolean()) });

/**
 * The deed forms a network contract may take on a date: a notarial deed or
 * an authenticated private deed always; the digitally signed standard form
 * since 2015, for networks without legal personality.
 *
 * @example
 * ```ts
 * deedForms('2012-03-05'); // ['notarial', 'authenticated']
 * deedForms('2016-01-01'); // ['notarial', 'authenticated', 'digital-standard-form']
 * ```
 */
export function deedForms(date: string, options: DeedFormOptions = {}): DeedForm[] {
  return guarded(options, () => {
    const o = ensure(DeedFormOptionsSchema, options ?? {}, ['options']);
    return deedFormsOn(ensure(IsoDate, date, ['date']), o.legalPersonality === true);
  });
}
