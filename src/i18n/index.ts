/** Languages, the codes and parameters of messages, and numbers, money and dates written for people. */
export { type Lang, type LocalText, LANGS, DEFAULT_LANG } from './lang.js';
export { toLang } from './to-lang.js';
export type { IssueCode, MessageParams } from './catalogue.js';
export { reasonText, type ReasonCode } from './reasons.js';
export { readNumber, readEuros } from './read.js';
export {
  formatDate,
  formatDateWith,
  formatCents,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatProvinces,
  type FormatOptions,
  type DateFormatOptions,
  type DatePreposition,
  type MoneyFormatOptions,
  type NumberFormatOptions,
  type PercentFormatOptions,
} from './format.js';
