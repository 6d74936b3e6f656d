/** The network contract (rule-book §9): proposal, draft, signature and one registration per signatory. */
import type { NetworkContractDraft } from '../../../src/index.js';
import { NETWORK, NETWORK_DRAFT, NETWORK_NOTES } from '../data/network.js';
import { plans } from '../data/plans.js';
import { vat } from '../facts.js';
import { activeFirmKeys, OFFICE } from './lookups.js';
import type { Timeline } from './timeline.js';

/** The draft: the active firms sign it; its objectives are measured by indicators of their plans. */
function networkDraft(): NetworkContractDraft {
  for (const [firm, indicator] of NETWORK.indicators) {
    const plan = plans.find((p) => p.firm === firm);
    if (!plan?.objectives.some((o) => o.indicators.some((i) => i.id === indicator))) {
      throw new Error(`Network indicator ${firm}/${indicator} is not in the firm's plan`);
    }
  }
  return {
    participants: activeFirmKeys().map(vat),
    objectives: {
      text: NETWORK_DRAFT.objectives,
      indicators: NETWORK.indicators.map(([firm, indicator]) => ({ firm: vat(firm), indicator })),
    },
    programme: { text: NETWORK_DRAFT.programme, commonFundCents: NETWORK.commonFundCents },
    duration: { months: NETWORK_DRAFT.durationMonths },
    joiningRules: NETWORK_DRAFT.joiningRules,
    withdrawalRules: NETWORK_DRAFT.withdrawalRules,
    commonBody: NETWORK_DRAFT.commonBody,
    decisionRules: NETWORK_DRAFT.decisionRules,
  };
}

export function addNetworkContract(t: Timeline): void {
  const keys = activeFirmKeys();
  t.add({
    type: 'aggregation.proposed',
    date: NETWORK.proposed,
    author: OFFICE,
    aggregation: { id: NETWORK.id, form: 'network-contract', legalPersonality: false, name: NETWORK.name, firms: keys.map(vat) },
    note: NETWORK_NOTES.proposed,
  });
  for (const key of keys) {
    t.add({ type: 'phase.advanced', date: NETWORK.proposed, author: OFFICE, firm: vat(key), phase: 'aggregation' });
  }
  t.add({ type: 'aggregation.drafted', date: NETWORK.drafted, author: OFFICE, aggregation: NETWORK.id, draft: networkDraft() });
  t.add({
    type: 'aggregation.signed',
    date: NETWORK.signed,
    author: OFFICE,
    aggregation: NETWORK.id,
    signatories: keys.map(vat),
    deed: 'notarial',
    note: NETWORK_NOTES.signed,
  });
  const registered = new Set(NETWORK.registrations.map(([k]) => k));
  if (registered.size !== keys.length || !keys.every((k) => registered.has(k))) throw new Error('Every signatory registers once');
  for (const [key, date] of [...NETWORK.registrations].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
    t.add({
      type: 'aggregation.registered',
      date,
      author: OFFICE,
      aggregation: NETWORK.id,
      firm: vat(key),
      registry: NETWORK.registry,
    });
  }
}
