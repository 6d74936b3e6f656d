/** Economic advantage (rule-book §10): exact splits of cents, the savings of each kind of collaboration, and each firm's advantage. */
export { allocate, allocateBy } from './allocate.js';
export {
  shapley,
  checkCore,
  type CoalitionGame,
  type ShapleyOptions,
  type ShapleyResult,
  type BlockingCoalition,
} from './shapley.js';
export {
  purchasingSavings,
  compareGroupGain,
  sharedCostSavings,
  machineSavings,
  workforceSavings,
  collaborationSavings,
  type FirmSaving,
  type PurchasingMemberSaving,
  type GroupGainComparison,
  type MachineSharing,
} from './savings.js';
export { economicAdvantage, type AdvantageAmounts, type FirmAdvantage, type ProgrammeAdvantage } from './views.js';
