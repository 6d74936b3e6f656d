/** The messages in Italian. */
import type { MailCatalogue } from './catalogue.js';

/** The messages in Italian. */
export const mailIt: MailCatalogue = {
  receipt: {
    subject: 'Domanda ricevuta: {reference} ({programme})',
    greeting: 'Gentile {contact},',
    received: 'abbiamo ricevuto la domanda di adesione di {firm} al programma {programme}.',
    reference: 'Riferimento della domanda: {reference}. Lo indichi in ogni comunicazione.',
    next: "Che cosa succede ora: {office} esamina la domanda e le comunica la decisione, con le sue ragioni, a questo indirizzo. Non occorre fare altro per ora.",
    waitlist: "I posti del programma sono al momento esauriti: la domanda è in lista d'attesa, al posto {position}. Se un posto si libera, le domande in lista d'attesa sono esaminate nel loro ordine.",
    questions: 'Per domande: {office}, {contacts}.',
    or: ' oppure ',
    automatic: 'Questo messaggio è inviato automaticamente dal sistema del programma: contiene solo i dati indicati nella domanda.',
  },
};
