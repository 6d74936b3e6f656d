import { readFileSync } from 'node:fs';

/** The sample record shipped in examples/, as parsed JSON. */
export function sampleRecordJson(): Record<string, unknown> & { events: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(new URL('../../examples/mechnet-varese-2010.json', import.meta.url), 'utf8'));
}
