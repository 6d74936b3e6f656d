/** Registers every mechnet element. */
import './mechnet-programme-overview.js';
