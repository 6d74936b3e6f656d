/**
 * mechnet: the rules of regional business-support programmes as pure
 * functions over validated JSON, with the MechNet programme (Varese, 2010)
 * as a preset.
 *
 * @packageDocumentation
 */

// Languages and messages
export { type Lang, type LocalText, LANGS, DEFAULT_LANG, toLang } from './i18n/lang.js';
export type { IssueCode, MessageParams } from './i18n/catalogue.js';
export { formatDate, formatCents, formatNumber, formatPercent, formatPercentValue } from './i18n/format.js';

// Errors
export { MechnetError, type MechnetErrorCode, type SafeResult } from './errors/mechnet-error.js';
export { formatPath, type MechnetIssue, type IssuePath } from './errors/issue.js';

// Shared building blocks
export { PHASES, type PhaseId, type CollaborationKind } from './model/schemas.js';
export { type ParseOptions, parseJson } from './model/parse.js';

// Programme definition
export {
  ProgrammeDefinitionSchema,
  type ProgrammeDefinition,
  type AllocationMethod,
  type SmeSize,
} from './programme/schema.js';
export { parseDefinition, safeParseDefinition } from './programme/parse.js';
export { mechnetDefinition } from './programme/mechnet.js';
export { presets } from './programme/presets.js';

// Enrolment application
export {
  EnrolmentApplicationSchema,
  ArtisanActivitySchema,
  type EnrolmentApplication,
  type ApplicantFirm,
  type Address,
  type ContactPerson,
  type Consent,
  type DeMinimisGrant,
  type LegalForm,
} from './enrolment/application.js';
export { parseApplication, safeParseApplication } from './enrolment/parse.js';

// Enrolment rules
export {
  isValidPartitaIva,
  explainPartitaIva,
  normalizePartitaIva,
  partitaIvaCheckDigit,
  isValidCodiceFiscale,
  explainCodiceFiscale,
  normalizeCodiceFiscale,
  readCodiceFiscale,
  codiceFiscaleCheckChar,
  type IdentifierCheck,
  type PartitaIvaProblem,
  type CodiceFiscaleProblem,
  type CodiceFiscalePerson,
} from './enrolment/identifiers.js';
export {
  isAtecoCode,
  normalizeAteco,
  matchAtecoPrefix,
  atecoVersionDoubt,
  ATECO_2025_OPERATIONAL,
  type AtecoClassification,
} from './enrolment/ateco.js';
export {
  classifySme,
  SME_THRESHOLDS,
  type SmeFigures,
  type SmeOptions,
  type SmeClassification,
  type RelatedEnterprise,
} from './enrolment/sme.js';
export {
  artisanLimits,
  checkArtisanLimits,
  ARTISAN_LIMIT_TABLES,
  type ArtisanActivity,
  type ArtisanLimit,
  type ArtisanLimitTable,
  type ArtisanStaff,
  type ArtisanLimitCheck,
} from './enrolment/artisan.js';
export {
  deMinimisRegime,
  deMinimisHeadroom,
  DE_MINIMIS_REGIMES,
  type DeMinimisRegime,
  type DeMinimisWindow,
  type DeMinimisAid,
  type DeMinimisHeadroom,
} from './enrolment/de-minimis.js';
export {
  checkEligibility,
  checkApplication,
  type EligibilityResult,
  type EligibilityReason,
  type EligibilityOptions,
  type EligibilityOutcome,
  type EnrolledFirm,
  type ReasonSeverity,
  type ApplicationCheck,
} from './enrolment/eligibility.js';
export { consentState, type ConsentState, type PurposeConsent } from './enrolment/consent.js';
export { reasonText, type ReasonCode } from './i18n/reasons.js';

// Plans
export { PlanSchema, ObjectiveSchema, IndicatorSchema } from './plan/schema.js';
export { planIssues, validatePlan, safeValidatePlan } from './plan/validate.js';
export {
  evaluateIndicator,
  evaluateObjective,
  evaluatePlan,
  evaluationSettings,
  worstStatus,
  STATUS_SEVERITY,
  type IndicatorStatus,
  type Measurement,
  type EvaluationSettings,
  type IndicatorEvaluation,
  type ObjectiveEvaluation,
  type PlanEvaluation,
  type PlanMeasurements,
  type StatusCounts,
  type Forecast,
  type EvaluateIndicatorOptions,
} from './plan/evaluate.js';
export {
  evaluateFirmPlan,
  evaluateProgramme,
  type FirmPlanEvaluation,
  type ProgrammeEvaluation,
} from './plan/views.js';
export type {
  Plan,
  Objective,
  Indicator,
  QuantitativeIndicator,
  ScaleIndicator,
  MilestoneIndicator,
  Polarity,
} from './plan/schema.js';

// Collaboration
export {
  OfferSchema,
  NeedSchema,
  CollaborationFiguresSchema,
  NetworkContractDraftSchema,
} from './collaboration/schema.js';
export type { Offer, Need, CollaborationFigures, NetworkContractDraft } from './collaboration/schema.js';

// Collaboration and aggregation
export { matchOpportunities, type Opportunity, type MatchingOptions } from './collaboration/matching.js';
export {
  networkContractChecklist,
  deedForms,
  type ChecklistEntry,
  type ChecklistItem,
  type DeedForm,
} from './aggregation/network-contract.js';

// Economic advantage
export { allocate, allocateBy, apportion } from './economics/allocate.js';
export {
  shapley,
  coreCheck,
  coalitionValues,
  seededRandom,
  normalQuantile,
  type CoalitionGame,
  type ShapleyOptions,
  type ShapleyResult,
  type BlockingCoalition,
} from './economics/shapley.js';
export {
  purchasingSavings,
  purchasingGame,
  curvePrice,
  compareGroupGain,
  sharedCostSavings,
  machineSavings,
  workforceSavings,
  collaborationSavings,
  roundCents,
  type FirmSaving,
  type PurchasingMemberSaving,
  type GroupGainComparison,
  type MachineSharing,
} from './economics/savings.js';
export {
  economicAdvantage,
  type AdvantageAmounts,
  type FirmAdvantage,
  type ProgrammeAdvantage,
} from './economics/views.js';

// Reports
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

// Programme record
export { ProgrammeRecordSchema, type ProgrammeRecord } from './record/schema.js';
export {
  EventSchema,
  ManagerProfileSchema,
  CollaborationProposalSchema,
  AggregationProposalSchema,
  type ProgrammeEvent,
  type EventType,
  type EventOf,
  type ManagerProfile,
  type CollaborationProposal,
  type AggregationProposal,
} from './record/events.js';
export { parseRecord, safeParseRecord, resolveDefinition } from './lifecycle/parse-record.js';
export { listFirms, type FirmSummary } from './record/firms.js';

// Lifecycle
export { applyEvent, applyEvents } from './lifecycle/apply-event.js';
export {
  firmState,
  firmStates,
  phaseCounts,
  overdueVerifications,
  promotableFromWaitlist,
  collaborations,
  aggregations,
  type CollaborationView,
  type AggregationView,
  type FirmState,
  type FirmVerification,
  type PhaseCounts,
  type OverdueVerification,
} from './lifecycle/views.js';
export type {
  EnrolmentStatus,
  FirmPhase,
  PhaseChange,
  Assignment,
  MeasurementEvent,
  CollaborationStatus,
  AggregationStatus,
} from './lifecycle/fold.js';

// Verification calendar
export {
  verificationSchedule,
  verificationStatusOn,
  nextVerification,
  type VerificationStatus,
  type VerificationStatusOptions,
} from './verification/schedule.js';

// Calendar dates
export { isIsoDate, addDaysIso, addMonthsIso, addYearsIso, daysBetween } from './model/calendar.js';
