/** The programme definition (rule-book §1): what differs between programmes, and the presets the library ships. */
export { ProgrammeDefinitionSchema, type ProgrammeDefinition, type AllocationMethod, type SmeSize } from './schema.js';
export { parseDefinition, safeParseDefinition } from './parse.js';
export { mechnetDefinition } from './mechnet.js';
export { agrifoodCuneoDefinition } from './agrifood-cuneo-2024.js';
export { presets } from './presets.js';
export { resolveDefinition } from './resolve.js';
