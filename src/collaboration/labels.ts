/** The names of the kinds of collaboration (rule-book §8), in Italian and English: the report's and the elements'. */
import type { CollaborationKind } from '../model/schemas.js';

// Plain names, never property reads, where other catalogues take them (see
// report/labels.ts): a bundler can then leave out what a page does not use.

/**
 * The names in Italian.
 *
 * @example
 * ```ts
 * itKindLabels.purchasing; // 'Acquisti collettivi'
 * ```
 */
export const itKindLabels: Readonly<Record<CollaborationKind, string>> = {
  purchasing: 'Acquisti collettivi',
  services: 'Servizi condivisi',
  machines: 'Macchine in comune',
  brands: 'Marchi e certificazioni',
  workforce: 'Personale condiviso',
};

/** The names in English. */
export const enKindLabels: Readonly<Record<CollaborationKind, string>> = {
  purchasing: 'Collective purchasing',
  services: 'Shared services',
  machines: 'Shared machines',
  brands: 'Brands and certifications',
  workforce: 'Shared workforce',
};
