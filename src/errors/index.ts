export { MechnetError, type MechnetErrorCode, type SafeResult } from './mechnet-error.js';
export { makeIssue, formatPath, type MechnetIssue, type IssuePath } from './issue.js';
