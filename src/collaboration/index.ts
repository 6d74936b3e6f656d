/** Collaborations between firms (rule-book §8): offers, needs, their figures, and the opportunities matching proposes. */
export { OfferSchema, NeedSchema, CollaborationFiguresSchema, CollaborationProposalSchema } from './schema.js';
export type { Offer, Need, CollaborationFigures, CollaborationProposal } from './schema.js';
export type { Opportunity, OpportunityBasis, MatchingOptions } from './matching.js';
export {
  collaborationMatrix,
  collaborationStates,
  matchOpportunities,
  type CollaborationMatrix,
  type CollaborationState,
  type MatchOptions,
} from './views.js';
