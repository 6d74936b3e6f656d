import { MechnetVerificationCalendar } from '../verification-calendar/verification-calendar.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-verification-calendar', MechnetVerificationCalendar);
