import { MechnetProgrammeOverview } from '../programme-overview/programme-overview.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-programme-overview', MechnetProgrammeOverview);
