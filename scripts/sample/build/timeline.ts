/** Events collected in any order, emitted in date order with ids. */
import type { ProgrammeEvent } from '../../../src/index.js';

/** An event before it gets its id. */
export type EventDraft = ProgrammeEvent extends infer E ? (E extends unknown ? Omit<E, 'id'> : never) : never;

/**
 * The events of the record being built. Builders add drafts; {@link events}
 * sorts them by date (stable, so events of the same day keep the order they
 * were added in) and numbers them `e0001`, `e0002`, ...
 */
export class Timeline {
  readonly #drafts: EventDraft[] = [];

  add(draft: EventDraft): void {
    this.#drafts.push(draft);
  }

  /** The events in date order (stable for equal dates), numbered e0001, e0002, ... */
  events(): ProgrammeEvent[] {
    return [...this.#drafts]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((draft, i) => ({ id: `e${String(i + 1).padStart(4, '0')}`, ...draft } as ProgrammeEvent));
  }
}
