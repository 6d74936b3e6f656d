/**
 * `mechnet/server` (Node only): receive enrolment applications into a real
 * database and serve the public record. A store (`sqliteStore`,
 * `postgresStore`), a Fetch-API handler (`createHandler`) and a listener for
 * Node's http server (`toNodeListener`).
 */
export { createHandler, type HandlerOptions } from './handler.js';
export { calendarFeedPath, calendarToken, renderCalendar, type CalendarSecret, type RenderCalendarOptions } from './calendar.js';
export type { ClientInfo, FetchHandler } from './http.js';
export { createNodeServer, toNodeListener, isValidHost, DEFAULT_SERVER_LIMITS, type NodeListenerOptions, type NodeServerOptions, type ServerLimits } from './node.js';
export { clientOf, DEFAULT_RATE_LIMITS, type RateLimit, type RateLimits, type TrustProxy } from './rate-limit.js';
export { canonicalJson, bodyHash } from './canonical.js';
export { postgresStore } from './postgres.js';
export { sqliteStore, type SqliteStoreOptions } from './sqlite.js';
export { isUnavailable, messageIdOf, statusOf, SCHEMA_VERSION, type AppendOptions, type ClaimOptions, type OutboxMessage, type OutboxStatus, type StoredMessage, type ConfirmationToken, type StoredConfirmation, type Role, type StoredAccount, type StoredSession, type AppendResult, type EventRewrite, type Store, type StoredEvent, type StoredProgramme, type StoredResponse } from './store.js';
export { openStore } from './open.js';
export { eraseFirm, type EraseFirmOptions, type EraseFirmResult } from './erase.js';
export { staticFiles, type StaticFilesOptions, type StaticRoots } from './static.js';
export {
  decisionMessages,
  reminderMessages,
  receiptLanguages,
  dueVerifications,
  isoWeekday,
  type DecisionMessageOptions,
  type ReminderOptions,
  type LanguageOf,
} from './reminders.js';
export { sendDue, startSender, smtpSettings, nextAttemptAt, DEFAULT_BACKOFF_MS, DEFAULT_MAX_ATTEMPTS, type RunningSender, type SendReport, type SenderOptions, type SmtpSettings } from './sender.js';
export {
  receiptMail,
  confirmationMail,
  decisionMail,
  verificationMail,
  digestMail,
  mailCatalogues,
  type ComposedMail,
  type ReceiptFacts,
  type ConfirmationFacts,
  type FirmMailFacts,
  type DecisionFacts,
  type VerificationFacts,
  type DigestFacts,
  type DigestEntry,
  type MailCatalogue,
  type ReceiptWords,
  type ConfirmationWords,
  type DecisionWords,
  type VerificationWords,
  type DigestWords,
} from '../communication/index.js';
export { hashPassword, verifyPassword, ROLES, SESSION_COOKIE, type Person, type Authorize, type AccountSettings } from './officer/auth.js';
export { renderXlsx, XLSX_TYPE } from './xlsx.js';
export { DESK_STEPS, deskForms, type DeskChoice, type DeskField, type DeskFieldBase, type DeskForm, type DeskLists } from './officer/forms.js';
