/**
 * A throw of the library's own code that runs while an outside value is
 * being read (a refinement inside a zod schema, which zod calls in the middle
 * of its parse). It carries the original error out of the reading, so that
 * the reading does not blame the input for it.
 */
export class Defect {
  constructor(readonly cause: unknown) {}
}
