import { MechnetEnrolmentForm } from '../enrolment-form/enrolment-form.js';
import { defineElement } from '../shared/define.js';

defineElement('mechnet-enrolment-form', MechnetEnrolmentForm);
