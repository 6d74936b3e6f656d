/**
 * The programme's messages (rule-book §13): the words of each kind in
 * Italian and English, composed as plain text and HTML. Pure: sending is the
 * server's outbox (`mechnet/server`).
 */
export { receiptMail, mailCatalogues, type ComposedMail, type ReceiptFacts } from './compose.js';
export type { MailCatalogue, ReceiptWords } from './catalogue.js';
