// What a back end that checks enrolment applications imports.
export { checkApplication, listFirms, mechnetDefinition, parseRecord } from '../../dist/src/index.js';
