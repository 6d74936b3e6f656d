/** Temporary managers (rule-book §4): who works inside the firms. */
import * as z from 'zod/mini';
import { Email, Id, Text } from '../model/schemas.js';

/** A temporary manager's profile. */
export const ManagerProfileSchema = z.strictObject({
  id: Id,
  name: Text,
  profile: Text,
  expertise: z.optional(z.array(Text)),
  email: z.optional(Email),
});
/** A temporary manager's profile. */
export type ManagerProfile = z.infer<typeof ManagerProfileSchema>;
