/** Registers every mechnet element. */
import './mechnet-enrolment-form.js';
import './mechnet-programme-overview.js';
