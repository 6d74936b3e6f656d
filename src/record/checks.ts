/**
 * What the event guards of every section share: the context of one check
 * (the programme just before the event, where to put issues) and the small
 * checks of references that most events need (a firm that applied, a firm
 * taking part, a registered manager, a status that may follow another).
 * The lifecycle composes the sections' guards and folds into one check and
 * one fold of a record.
 */
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { EventOf, EventType } from './events.js';
import { isActive, type FirmAccumulator, type ProgrammeFold } from './state.js';

/** The context of checking one event against the programme as it stands before it. */
export interface EventCheck {
  state: ProgrammeFold;
  lang: Lang;
  /** Where the event is in its document, e.g. `['events', 12]`: the start of every issue's path. */
  at: IssuePath;
  /** Adds issues already made (with paths from the document's root). */
  include(issues: readonly MechnetIssue[]): void;
  /** Adds an issue at `path` (relative to the event). */
  add(code: IssueCode, path: IssuePath, params?: MessageParams | ((lang: Lang) => MessageParams)): void;
  /** A firm that must have applied; returns it. */
  known(firm: string, path: IssuePath): FirmAccumulator | undefined;
  /** A firm that must be taking part now (accepted, not withdrawn); returns it. */
  active(firm: string, path: IssuePath): FirmAccumulator | undefined;
  /** A list of distinct firms, each known (or taking part). */
  firms(list: readonly string[], path: IssuePath, options: { active: boolean }): void;
  /** A manager that must be registered. */
  manager(id: string, path: IssuePath): void;
  /** A manager that must be registered and assigned to the firm now. */
  assigned(f: FirmAccumulator, id: string, path: IssuePath): void;
  /** A change of status allowed only from some statuses. */
  statusStep(from: string, to: string, allowed: readonly string[], path: IssuePath): void;
}

/** The guard of one type of event: adds an issue for every rule the event breaks. */
export type EventGuard<T extends EventType> = (check: EventCheck, e: EventOf<T>) => void;

/** The guards of some types of event, one per type. */
export type EventGuards<T extends EventType> = {
  readonly [K in T]: EventGuard<K>;
};

/** How one type of event changes the state (in place; the event was checked). */
export type EventFold<T extends EventType> = (state: ProgrammeFold, e: EventOf<T>) => void;

/** The folds of some types of event, one per type. */
export type EventFolds<T extends EventType> = {
  readonly [K in T]: EventFold<K>;
};

/**
 * The check of events against a programme, one after another: one object
 * for a whole record ({@link EventChecker.next} moves it to the next event),
 * so that checking 100,000 events makes no closures per event.
 */
export class EventChecker implements EventCheck {
  at: IssuePath;
  issues: MechnetIssue[] = [];
  constructor(readonly state: ProgrammeFold, at: IssuePath, readonly lang: Lang) {
    this.at = at;
  }
  // The methods are properties bound to this checker: guards take them apart (`{ state, add }`).
  /** Starts the check of the next event, at `at`, with a new list of issues. */
  next(at: IssuePath): MechnetIssue[] {
    this.at = at;
    this.issues = [];
    return this.issues;
  }
  readonly include = (list: readonly MechnetIssue[]): void => {
    this.issues.push(...list);
  };
  readonly add = (code: IssueCode, path: IssuePath, params: MessageParams | ((lang: Lang) => MessageParams) = {}): void => {
    this.issues.push(makeIssue(code, [...this.at, ...path], params, this.lang));
  };
  readonly known = (firm: string, path: IssuePath): FirmAccumulator | undefined => {
    const f = this.state.firms.get(firm);
    if (!f) this.add('unknown_firm', path, { name: firm });
    return f;
  };
  readonly active = (firm: string, path: IssuePath): FirmAccumulator | undefined => {
    const f = this.known(firm, path);
    if (!f) return undefined;
    if (!isActive(f)) {
      this.add('rule_firm_inactive', path, { name: firm, other: f.status });
      return undefined;
    }
    return f;
  };
  readonly firms = (list: readonly string[], path: IssuePath, options: { active: boolean }): void => {
    const seen = new Set<string>();
    for (let j = 0; j < list.length; j++) {
      const firm = list[j]!;
      if (options.active) this.active(firm, [...path, j]);
      else this.known(firm, [...path, j]);
      if (seen.has(firm)) this.add('same_firm', [...path, j], { name: firm });
      seen.add(firm);
    }
  };
  readonly manager = (id: string, path: IssuePath): void => {
    if (!this.state.managers.has(id)) this.add('unknown_manager', path, { name: id });
  };
  readonly assigned = (f: FirmAccumulator, id: string, path: IssuePath): void => {
    this.manager(id, path);
    if (this.state.managers.has(id) && f.assignment?.manager !== id) {
      this.add('rule_manager_not_assigned', path, {
        name: id,
        other: f.partitaIva,
      });
    }
  };
  readonly statusStep = (from: string, to: string, allowed: readonly string[], path: IssuePath): void => {
    if (!allowed.includes(from)) this.add('rule_status_order', path, { name: to, other: from });
  };
}
