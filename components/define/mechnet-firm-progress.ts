import { MechnetFirmProgress } from '../firm-progress/firm-progress.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-firm-progress', MechnetFirmProgress);
