// What a dashboard that evaluates plans imports.
export { evaluateProgramme, evaluateFirmPlan, parseRecord, formatPercent } from '../../dist/src/index.js';
