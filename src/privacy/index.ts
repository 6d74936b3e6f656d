/**
 * Privacy (rule-book §12): erasing a firm's personal data (GDPR art. 17),
 * when retention makes it due, and what an access request gets (art. 15).
 */
export { erasePersonalData, type ErasureOptions, type ErasurePlan, type ErasureRewrite } from './erase.js';
export { retentionDue, type RetentionDue, type RetentionOptions, type RetentionRule } from './retention.js';
export { subjectAccess, type SubjectAccess, type SubjectAccessOptions } from './access.js';
