import { MechnetSavings } from '../savings/savings.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-savings', MechnetSavings);
