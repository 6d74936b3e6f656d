/** The messages in English. */
import type { MailCatalogue } from './catalogue.js';

/** The messages in English. */
export const mailEn: MailCatalogue = {
  receipt: {
    subject: 'Application received: {reference} ({programme})',
    greeting: 'Dear {contact},',
    received: 'we have received the application of {firm} to the programme {programme}.',
    reference: 'Reference of the application: {reference}. Please quote it whenever you write to us.',
    next: 'What happens next: {office} reviews the application and sends you the decision, with its reasons, at this address. There is nothing else to do for now.',
    waitlist: 'The programme has no places left at the moment: the application is on the waiting list, in place {position}. If a place becomes free, waiting applications are reviewed in their order.',
    questions: 'Questions: {office}, {contacts}.',
    or: ' or ',
    automatic: "This message is sent automatically by the programme's system: it holds only what the application gave.",
  },
};
