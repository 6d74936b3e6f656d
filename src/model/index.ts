/** The shared model: calendar dates, phases, kinds of collaboration and the bounds of figures. */
export { isIsoDate, addDaysIso, addMonthsIso, addYearsIso, daysBetween } from './calendar.js';
export {
  PHASES,
  COLLABORATION_KINDS,
  DATE_RANGE,
  MAX_CENTS,
  MAX_FIGURE,
  MAX_DECIMALS,
  type PhaseId,
  type CollaborationKind,
} from './schemas.js';
export type { ParseOptions } from './parse.js';
