/**
 * Enrolment (rule-book §2): the application, Italian identifiers, ATECO
 * sector, EU SME size, artisan limits, de minimis aid, and the eligibility of
 * an application against a programme; consent and the waitlist of a record.
 */
export {
  EnrolmentApplicationSchema,
  StoredApplicationSchema,
  ArtisanActivitySchema,
  type EnrolmentApplication,
  type StoredApplication,
  type ApplicantFirm,
  type Address,
  type ContactPerson,
  type Consent,
  type DeMinimisGrant,
  type LegalForm,
} from './application.js';
export { parseApplication, safeParseApplication } from './parse.js';
export { confirmationDeadline } from './confirmation.js';
export {
  isValidPartitaIva,
  checkPartitaIva,
  normalizePartitaIva,
  isValidCodiceFiscale,
  checkCodiceFiscale,
  normalizeCodiceFiscale,
  readCodiceFiscale,
  type IdentifierCheck,
  type PartitaIvaProblem,
  type CodiceFiscaleProblem,
  type CodiceFiscalePerson,
} from './identifiers.js';
export { isAtecoCode, normalizeAteco, ATECO_2025_OPERATIONAL, type AtecoClassification } from './ateco.js';
export {
  classifySme,
  SME_THRESHOLDS,
  type SmeFigures,
  type SmeOptions,
  type SmeClassification,
  type RelatedEnterprise,
} from './sme.js';
export {
  artisanLimits,
  checkArtisanLimits,
  ARTISAN_LIMIT_TABLES,
  type ArtisanActivity,
  type ArtisanLimit,
  type ArtisanLimitTable,
  type ArtisanStaff,
  type ArtisanLimitCheck,
} from './artisan.js';
export {
  deMinimisRegime,
  deMinimisHeadroom,
  DE_MINIMIS_REGIMES,
  type DeMinimisRegime,
  type DeMinimisWindow,
  type DeMinimisAid,
  type DeMinimisHeadroom,
} from './de-minimis.js';
export {
  checkEligibility,
  checkApplication,
  checkFirmEligibility,
  type FirmEligibilityOptions,
  type FirmEligibility,
  type EligibilityResult,
  type EligibilityReason,
  type EligibilityOptions,
  type EligibilityOutcome,
  type EnrolledFirm,
  type ReasonSeverity,
  type ApplicationCheck,
} from './eligibility.js';
export {
  consentState,
  promotableFromWaitlist,
  enrolledFirms,
  contestedApplications,
  type ContestedApplication,
  receiveApplication,
  applicationReference,
  type EnrolledFirmsOptions,
  type ReceiveOptions,
  type ReceivedApplication,
} from './views.js';
export type { Claim, ConsentState, PurposeConsent } from '../record/state.js';
