/**
 * The element classes, nothing registered. Import `mechnet/define` (every
 * element) or `mechnet/define/<tag>.js` (one) to register them.
 */
export {
  MechnetEnrolmentForm,
  type EnrolmentSubmitDetail,
  type EnrolmentSubmittedDetail,
  type EnrolmentErrorDetail,
} from './enrolment-form/enrolment-form.js';
export type { FormMessages } from './enrolment-form/messages.js';
export { MechnetProgrammeOverview } from './programme-overview/programme-overview.js';
export { MechnetFirmProgress } from './firm-progress/firm-progress.js';
export type { FirmProgressMessages } from './firm-progress/messages.js';
export { MechnetSavings } from './savings/savings.js';
export type { SavingsMessages } from './savings/messages.js';
export { MechnetCollaborations } from './collaborations/collaborations.js';
export type { CollaborationsMessages } from './collaborations/messages.js';
export { MechnetVerificationCalendar } from './verification-calendar/verification-calendar.js';
export type { VerificationCalendarMessages } from './verification-calendar/messages.js';
export { MechnetOfficerDesk } from './officer-desk/officer-desk.js';
export type { DeskMessages } from './officer-desk/messages.js';
export { MechnetDataElement } from './shared/data-element.js';
export { defineElement } from './shared/define.js';
export { uiMessages, type UiMessages } from './shared/messages.js';
