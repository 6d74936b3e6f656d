/** The analysis of a firm (rule-book §4): complete when every area of the programme is scored. */
import type { FirmAccumulator, ProgrammeFold } from '../record/state.js';

/**
 * The analysis areas of the programme that a firm's analysis leaves without
 * a score (all of them before any analysis).
 */
export function missingAreas(state: ProgrammeFold, f: FirmAccumulator): string[] {
  const scored = new Set((f.analysis?.areas ?? []).filter((a) => a.score !== undefined).map((a) => a.area));
  return state.definition.analysis.areas.map((a) => a.id).filter((id) => !scored.has(id));
}
