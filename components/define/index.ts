/** Registers every mechnet element. */
import './mechnet-enrolment-form.js';
import './mechnet-programme-overview.js';
import './mechnet-firm-progress.js';
import './mechnet-savings.js';
import './mechnet-collaborations.js';
import './mechnet-verification-calendar.js';
import './mechnet-officer-desk.js';
