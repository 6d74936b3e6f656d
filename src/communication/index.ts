/**
 * The programme's messages (rule-book §13): the words of each kind in
 * Italian and English, composed as plain text and HTML. Pure: sending is the
 * server's outbox (`mechnet/server`).
 */
export {
  receiptMail,
  confirmationMail,
  decisionMail,
  verificationMail,
  digestMail,
  mailCatalogues,
  type ComposedMail,
  type ReceiptFacts,
  type ConfirmationFacts,
  type FirmMailFacts,
  type DecisionFacts,
  type VerificationFacts,
  type DigestFacts,
  type DigestEntry,
} from './compose.js';
export type { MailCatalogue, ReceiptWords, ConfirmationWords, DecisionWords, VerificationWords, DigestWords } from './catalogue.js';
