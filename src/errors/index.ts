/** The one error class of the library, and its issues. */
export { MechnetError, type MechnetErrorCode, type MechnetErrorOptions, type SafeResult } from './mechnet-error.js';
export { type MechnetIssue, type IssuePath } from './issue.js';
export { formatPath } from './path.js';
