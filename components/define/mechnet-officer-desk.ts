import { MechnetOfficerDesk } from '../officer-desk/officer-desk.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-officer-desk', MechnetOfficerDesk);
