/** The names of the kinds of collaboration (rule-book §8), in Italian and English: the report's and the elements'. */
import type { Lang } from '../i18n/lang.js';
import type { CollaborationKind } from '../model/schemas.js';

/**
 * The names of the kinds of collaboration, by language.
 *
 * @example
 * ```ts
 * kindLabels.it.purchasing; // 'Acquisti collettivi'
 * ```
 */
export const kindLabels: Readonly<Record<Lang, Readonly<Record<CollaborationKind, string>>>> = {
  it: {
    purchasing: 'Acquisti collettivi',
    services: 'Servizi condivisi',
    machines: 'Macchine in comune',
    brands: 'Marchi e certificazioni',
    workforce: 'Personale condiviso',
  },
  en: {
    purchasing: 'Collective purchasing',
    services: 'Shared services',
    machines: 'Shared machines',
    brands: 'Brands and certifications',
    workforce: 'Shared workforce',
  },
};
