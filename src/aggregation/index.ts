/** Aggregations (rule-book §9): the network contract, its checklist and deed forms. */
export { AggregationProposalSchema, NetworkContractDraftSchema } from './schema.js';
export type { AggregationProposal, NetworkContractDraft } from './schema.js';
export type { ChecklistEntry, ChecklistItem, DeedForm, NetworkContractCheck } from './rules.js';
export { deedForms, type DeedFormOptions } from './network-contract.js';
export { aggregationStates, checkNetworkContract, type AggregationState, type NetworkContractOptions } from './views.js';
