export { type Lang, type LocalText, LANGS, DEFAULT_LANG, toLang } from './lang.js';
export type { Catalogue, IssueCode, MessageFn, MessageParams } from './catalogue.js';
export { it as messagesIt } from './it.js';
export { en as messagesEn } from './en.js';
export { catalogue } from './catalogue-of.js';
