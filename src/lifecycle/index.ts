/**
 * The lifecycle of a programme record (rule-book §3): the record and its
 * events, parsing a record with every rule, adding events through the one
 * reducer, and where each firm stands on a date.
 */
export { ProgrammeRecordSchema, type ProgrammeRecord } from '../record/schema.js';
export {
  EventSchema,
  EligibilityExceptionSchema,
  type ProgrammeEvent,
  type EventType,
  type EventOf,
  type EligibilityException,
} from '../record/events.js';
export type {
  EnrolmentStatus,
  FirmPhase,
  PhaseChange,
  Assignment,
  MeasurementEvent,
  CollaborationStatus,
  AggregationStatus,
} from '../record/state.js';
export { parseRecord, safeParseRecord } from './parse-record.js';
export { parseRecordShape, safeParseRecordShape } from './record-shape.js';
export { applyEvent, applyEvents } from './apply-event.js';
export { publicRecord, type PublicRecordOptions } from './public-record.js';
export type { ViewOptions } from './state.js';
export {
  firmPhasePath,
  firmState,
  firmStates,
  passedCounts,
  phaseCounts,
  programmeState,
  type FirmState,
  type PassedCounts,
  type PhaseCounts,
  type PhasePath,
  type PhaseStep,
  type ProgrammeState,
} from './views.js';
export { phaseTimeline, type PhaseTimeline, type PhaseTimelineOptions, type PlannedPhase } from './timeline.js';
