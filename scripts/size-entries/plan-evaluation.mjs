// What a dashboard that evaluates plans imports.
export { planStates, planState, parseRecord, formatPercent } from '../../dist/src/index.js';
