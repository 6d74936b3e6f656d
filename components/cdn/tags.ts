/** The elements the loader knows: each has its file `<tag>.js` next to `mechnet.js` (built from `components/define/<tag>.ts`). */
export const TAGS = [
  'mechnet-enrolment-form',
  'mechnet-programme-overview',
  'mechnet-firm-progress',
  'mechnet-savings',
  'mechnet-collaborations',
  'mechnet-verification-calendar',
  'mechnet-officer-desk',
] as const;

/** A tag the loader can load. */
export type Tag = (typeof TAGS)[number];
