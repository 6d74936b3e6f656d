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
export type EventGuards<T extends EventType> = { readonly [K in T]: EventGuard<K> };

/** How one type of event changes the state (in place; the event was checked). */
export type EventFold<T extends EventType> = (state: ProgrammeFold, e: EventOf<T>) => void;

/** The folds of some types of event, one per type. */
export type EventFolds<T extends EventType> = { readonly [K in T]: EventFold<K> };

/** A new check of one event: the context and the list its issues go to. Paths start with `at`. */
export function eventCheck(state: ProgrammeFold, at: IssuePath, lang: Lang): { check: EventCheck; issues: MechnetIssue[] } {
  const issues: MechnetIssue[] = [];
  const add: EventCheck['add'] = (code, path, params = {}) => issues.push(makeIssue(code, [...at, ...path], params, lang));
  const known: EventCheck['known'] = (firm, path) => {
    const f = state.firms.get(firm);
    if (!f) add('unknown_firm', path, { name: firm });
    return f;
  };
  const active: EventCheck['active'] = (firm, path) => {
    const f = known(firm, path);
    if (!f) return undefined;
    if (!isActive(f)) {
      add('rule_firm_inactive', path, { name: firm, other: f.status });
      return undefined;
    }
    return f;
  };
  const manager: EventCheck['manager'] = (id, path) => {
    if (!state.managers.has(id)) add('unknown_manager', path, { name: id });
  };
  const check: EventCheck = {
    state,
    lang,
    at,
    include: (list) => void issues.push(...list),
    add,
    known,
    active,
    firms(list, path, options) {
      const seen = new Set<string>();
      list.forEach((firm, j) => {
        if (options.active) active(firm, [...path, j]);
        else known(firm, [...path, j]);
        if (seen.has(firm)) add('same_firm', [...path, j], { name: firm });
        seen.add(firm);
      });
    },
    manager,
    assigned(f, id, path) {
      manager(id, path);
      if (state.managers.has(id) && f.assignment?.manager !== id) {
        add('rule_manager_not_assigned', path, { name: id, other: f.partitaIva });
      }
    },
    statusStep(from, to, allowed, path) {
      if (!allowed.includes(from)) add('rule_status_order', path, { name: to, other: from });
    },
  };
  return { check, issues };
}
