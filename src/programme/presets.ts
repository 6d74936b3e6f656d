import type { ProgrammeDefinition } from './schema.js';
import { mechnetDefinition } from './mechnet.js';
import { agrifoodCuneoDefinition } from './agrifood-cuneo-2024.js';

export { mechnetDefinition } from './mechnet.js';

/**
 * The programme definitions shipped with the library, by id. A record may
 * name one of these instead of carrying its definition.
 *
 * @example
 * ```ts
 * presets['mechnet-varese-2010'] === mechnetDefinition; // true
 * Object.keys(presets); // ['mechnet-varese-2010', 'agrifood-cuneo-2024']
 * ```
 */
export const presets: Readonly<Record<string, ProgrammeDefinition>> = /* @__PURE__ */ Object.freeze({
  [mechnetDefinition.id]: mechnetDefinition,
  [agrifoodCuneoDefinition.id]: agrifoodCuneoDefinition,
});

/**
 * Makes a preset ready for {@link resolveDefinition}; resolves with whether
 * `id` names a preset. Here every preset is built in; the CDN build loads a
 * preset's file the first time a record names it, so a page pays only for
 * the programme it shows.
 *
 * @example
 * ```ts
 * await loadPreset('mechnet-varese-2010'); // true
 * ```
 */
export async function loadPreset(id: string): Promise<boolean> {
  return Object.hasOwn(presets, id);
}
