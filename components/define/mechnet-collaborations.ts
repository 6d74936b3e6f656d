import { MechnetCollaborations } from '../collaborations/collaborations.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-collaborations', MechnetCollaborations);
