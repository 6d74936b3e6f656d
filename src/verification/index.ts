/** Periodic verifications (rule-book §7): the calendar, the status of each verification, who is late. */
export {
  verificationSchedule,
  verificationStatusOn,
  nextVerification,
  type VerificationStatus,
  type VerificationStatusOptions,
} from './schedule.js';
export type { FirmVerification } from './rules.js';
export { overdueVerifications, type OverdueVerification } from './views.js';
export {
  verificationCalendar,
  type VerificationCalendar,
  type VerificationCalendarOptions,
  type CalendarEntry,
} from './views.js';
