/**
 * mechnet: the rules of regional business-support programmes as pure
 * functions over validated JSON, with the MechNet programme (Varese, 2010)
 * as a preset. One folder per section of the rule-book; this entry is made
 * of their exports.
 *
 * @packageDocumentation
 */

// Languages, messages and formats; the error class
export * from './i18n/index.js';
export * from './errors/index.js';
// The shared model: dates, phases, kinds of collaboration, bounds
export * from './model/index.js';
// §1 The programme definition and its presets
export * from './programme/index.js';
// §2 Enrolment
export * from './enrolment/index.js';
// §3 The lifecycle: the record, its events, the reducer, the firms' states
export * from './lifecycle/index.js';
// §4 Managers and analyses
export * from './analysis/index.js';
// §5-6 Plans and their evaluation
export * from './plan/index.js';
// §7 Verifications
export * from './verification/index.js';
// §8 Collaborations
export * from './collaboration/index.js';
// §9 Aggregations
export * from './aggregation/index.js';
// §10 Economic advantage
export * from './economics/index.js';
// §12 Privacy: erasure, retention, access
export * from './privacy/index.js';
// §11 The periodic verification report, as data (renderers: `mechnet/report`)
export {
  programmeReport,
  type ProgrammeReport,
  type ReportOptions,
  type ReportFirm,
  type ReportIndicator,
  type ReportException,
  type ReportLevel,
  type VirtualFirm,
} from './report/report.js';
