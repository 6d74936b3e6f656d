// What a back end that checks enrolment applications imports.
export { checkApplication, firmStates, mechnetDefinition, parseRecord } from '../../dist/src/index.js';
