/** The edition's phases on a calendar (rule-book §1, §3): planned dates and where a date falls. */
import type { Lang } from '../i18n/lang.js';
import { ensure, guarded, langOf } from '../model/guard.js';
import { addDaysUnchecked, daysBetweenUnchecked } from '../model/calendar.js';
import { IsoDate, LangSchema, type PhaseId } from '../model/schemas.js';
import * as z from 'zod/mini';
import { EditionCalendar, PhaseDefinition, type ProgrammeDefinition } from '../programme/schema.js';


/** One phase of the edition on the calendar. */
export interface PlannedPhase {
  id: PhaseId;
  /** The phase's name in the language asked. */
  label: string;
  /** First day planned for the phase, `YYYY-MM-DD`. */
  start: string;
  /** Last day planned for the phase (the edition's end for the last one), `YYYY-MM-DD`. */
  end: string;
  /** Where the phase starts and ends on the edition's calendar, as fractions 0..1 of it. */
  from: number;
  to: number;
}

/** The edition's phases on its calendar, and where a date falls. */
export interface PhaseTimeline {
  start: string;
  end: string;
  phases: PlannedPhase[];
  /** The date asked. */
  asOf?: string;
  /** Where the date falls on the edition's calendar (0..1, clamped), when a date was asked. */
  position?: number;
  /** The phase whose planned dates hold the date; undefined before the start or after the end. */
  current?: PhaseId;
}

/** Options of {@link phaseTimeline}. */
export interface PhaseTimelineOptions {
  /** A date to place on the timeline, `YYYY-MM-DD`. */
  asOf?: string;
  /** Language of the labels, `it` (default) or `en`. */
  lang?: Lang;
}

const OptionsSchema = z.object({ asOf: z.optional(IsoDate), lang: z.optional(LangSchema) });
/** The part of a definition the timeline reads. */
const WithPhases = z.object({ calendar: EditionCalendar, phases: z.array(PhaseDefinition).check(z.minLength(1)) });

/**
 * The edition's phases on its calendar: each phase starts the day after the
 * previous one's planned duration (`plannedDays`) ends, from the edition's
 * start; a phase without a planned duration, and the last one, run to the
 * edition's end, and no phase runs past it (a phase left no room is a point
 * at the end). With `asOf`, where that date falls.
 * What a timeline of the programme shows; firms move at their own pace, so
 * these are the plan's dates, not any firm's.
 *
 * @example
 * ```ts
 * import { mechnetDefinition, phaseTimeline } from 'mechnet';
 *
 * const t = phaseTimeline(mechnetDefinition, { asOf: '2010-04-15', lang: 'en' });
 * t.phases[0]; // { id: 'enrolment', label: 'Enrolment', start: '2010-03-01', end: '2010-03-30', ... }
 * t.current;   // 'analysis'
 * ```
 */
export function phaseTimeline(definition: Pick<ProgrammeDefinition, 'calendar' | 'phases'>, options?: PhaseTimelineOptions): PhaseTimeline {
  const lang = langOf(options);
  return guarded(options, () => {
    const o = ensure(OptionsSchema, options ?? {}, ['options'], lang);
    definition = ensure(WithPhases, definition, ['definition'], lang);
    const { start, end } = definition.calendar;
    const length = Math.max(1, daysBetweenUnchecked(start, end) + 1);
    const at = (date: string) => Math.min(1, Math.max(0, daysBetweenUnchecked(start, date) / length));
    const phases: PlannedPhase[] = [];
    let next = start;
    definition.phases.forEach((p, i) => {
      if (next > end) {
        // No room left in the edition: the phase is a point at its end.
        phases.push({ id: p.id, label: p.label[lang], start: end, end, from: 1, to: 1 });
        return;
      }
      const last = i === definition.phases.length - 1 || p.plannedDays === undefined;
      const planned = last ? end : addDaysUnchecked(next, Math.max(p.plannedDays! - 1, 0));
      const to = planned < end ? planned : end;
      phases.push({ id: p.id, label: p.label[lang], start: next, end: to, from: at(next), to: (daysBetweenUnchecked(start, to) + 1) / length });
      next = addDaysUnchecked(to, 1);
    });
    const timeline: PhaseTimeline = { start, end, phases };
    if (o.asOf !== undefined) {
      timeline.asOf = o.asOf;
      timeline.position = o.asOf < start ? 0 : o.asOf > end ? 1 : (daysBetweenUnchecked(start, o.asOf) + 0.5) / length;
      const current = phases.find((p) => p.from < p.to && p.start <= o.asOf! && o.asOf! <= p.end);
      if (current) timeline.current = current.id;
    }
    return timeline;
  });
}
