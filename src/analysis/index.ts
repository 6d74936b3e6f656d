/** Temporary managers and the analysis of a firm (rule-book §4). */
export { ManagerProfileSchema, type ManagerProfile } from './schema.js';
