/**
 * The programme's messages (rule-book §13): the words of each kind in
 * Italian and English, composed as plain text and HTML. Pure: sending is the
 * server's outbox (`mechnet/server`).
 */
export {
  receiptMail,
  decisionMail,
  verificationMail,
  digestMail,
  mailCatalogues,
  type ComposedMail,
  type ReceiptFacts,
  type FirmMailFacts,
  type DecisionFacts,
  type VerificationFacts,
  type DigestFacts,
  type DigestEntry,
} from './compose.js';
export type { MailCatalogue, ReceiptWords, DecisionWords, VerificationWords, DigestWords } from './catalogue.js';
