import type { ProgrammeDefinition } from './schema.js';
import { mechnetDefinition } from './mechnet.js';

export { mechnetDefinition } from './mechnet.js';

/**
 * The programme definitions shipped with the library, by id. A record may
 * name one of these instead of carrying its definition.
 *
 * @example
 * ```ts
 * presets['mechnet-varese-2010'] === mechnetDefinition; // true
 * ```
 */
export const presets: Readonly<Record<string, ProgrammeDefinition>> = /* @__PURE__ */ Object.freeze({
  [mechnetDefinition.id]: mechnetDefinition,
});
