import { VERSION } from './version.js';

/** A custom element class that says which mechnet version it comes from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly mechnetVersion?: string;
}

/**
 * Registers an element once. When the tag is already taken by the same
 * version of mechnet it does nothing; when by something else it keeps what is
 * there and warns on the console, instead of throwing.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.mechnetVersion === VERSION) return;
  const by = existing.mechnetVersion ? `mechnet ${existing.mechnetVersion}` : 'another script';
  console.warn(`mechnet ${VERSION}: <${tag}> is already defined by ${by}; keeping that definition.`);
}
