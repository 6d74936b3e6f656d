/**
 * Text from outside (a firm's name, a title, a unit) inside the elements' own
 * sentences, set apart for the Unicode bidirectional algorithm.
 *
 * A name may carry a right-to-left letter or a direction control (U+202E, the
 * "right-to-left override" of `\u202Eexe.txt`): put into a sentence as it is,
 * it would reorder the words after it (the receipt's "<name>, partita IVA
 * 0218..." would show the partita IVA backwards). Where a name is a node of
 * its own, the elements put it in a `<bdi>`; where it goes into a string (a
 * sentence of the message catalogue, a caption, an `aria-label`),
 * {@link isolate} wraps it in FIRST STRONG ISOLATE ... POP DIRECTIONAL
 * ISOLATE, as Fluent does with its placeables. Text that is all
 * left-to-right cannot reorder anything and is returned as it is, so
 * ordinary names stay exactly as written.
 */

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo..., their presentation forms and the supplementary RTL blocks) and the bidirectional controls. */
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\ud802\ud803][\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

/** `text` isolated (U+2068 ... U+2069) when it could reorder the words around it, else `text` itself. */
export function isolate(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}
