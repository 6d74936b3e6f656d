/**
 * The CDN build's stand-in for `src/programme/presets.ts`: a preset's
 * definition is loaded the first time a record names it (`loadPreset`), from
 * its own chunk next to `mechnet.js`, so a page showing one programme does not
 * download the others. The display elements call `loadPreset` before they
 * check a record; `resolveDefinition` then finds it in `presets`.
 */
import type { ProgrammeDefinition } from '../../src/programme/schema.js';
import type * as Full from '../../src/programme/presets.js';

/** Every preset of the library, by id: where its definition is. */
export const PRESET_FILES: Readonly<Record<string, () => Promise<ProgrammeDefinition>>> = {
  'mechnet-varese-2010': () => import('../../src/programme/mechnet.js').then((m) => m.mechnetDefinition),
  'agrifood-cuneo-2024': () => import('../../src/programme/agrifood-cuneo-2024.js').then((m) => m.agrifoodCuneoDefinition),
};

/** The presets loaded so far. */
export const presets: Record<string, ProgrammeDefinition> = {};

/** Loads a preset (once); resolves with whether `id` names one. */
export async function loadPreset(id: string): Promise<boolean> {
  if (Object.hasOwn(presets, id)) return true;
  if (!Object.hasOwn(PRESET_FILES, id)) return false;
  presets[id] = await PRESET_FILES[id]!();
  return true;
}

// The same functions, with the same types, as the module this one stands in for.
void ({ presets, loadPreset } satisfies Pick<typeof Full, 'presets' | 'loadPreset'>);
