/**
 * Which events of a record are about a firm: its own events (those whose
 * `firm` is the firm), and the collaborations and aggregations that list it
 * (as a member, user, owner, participant or signatory), with every later
 * event of those collaborations and aggregations.
 */
import type { ProgrammeEvent } from '../record/events.js';

/** Whether a value holds the string `text` anywhere (as a whole string, not inside one). */
function holds(value: unknown, text: string): boolean {
  if (typeof value === 'string') return value === text;
  if (Array.isArray(value)) return value.some((v) => holds(v, text));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => holds(v, text));
  return false;
}

/** The indexes of the events that name `firm`, in record order. */
export function eventsNaming(events: readonly ProgrammeEvent[], firm: string): number[] {
  const collaborations = new Set<string>();
  const aggregations = new Set<string>();
  const out: number[] = [];
  events.forEach((e, i) => {
    let names = 'firm' in e && e.firm === firm;
    switch (e.type) {
      case 'collaboration.proposed':
        if (holds(e.collaboration, firm)) {
          collaborations.add(e.collaboration.id);
          names = true;
        }
        break;
      case 'collaboration.agreed':
      case 'collaboration.started':
      case 'collaboration.figures-recorded':
      case 'collaboration.ended':
        names ||= collaborations.has(e.collaboration) || holds(e, firm);
        break;
      case 'aggregation.proposed':
        if (holds(e.aggregation, firm)) {
          aggregations.add(e.aggregation.id);
          names = true;
        }
        break;
      case 'aggregation.drafted':
      case 'aggregation.signed':
      case 'aggregation.registered':
        names ||= aggregations.has(e.aggregation) || holds(e, firm);
        break;
      default:
        break;
    }
    if (names) out.push(i);
  });
  return out;
}
