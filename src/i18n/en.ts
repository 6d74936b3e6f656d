import type { Catalogue, MessageParams } from './catalogue.js';
import { centsText } from './numbers.js';

const types: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'nothing',
  date: 'a date',
  symbol: 'a symbol',
  function: 'a function',
  bigint: 'a big integer (bigint)',
  infinite: 'an invalid number',
  coalition: 'a Uint8Array of 0s and 1s',
};

const t = (name: string | undefined): string => (name && types[name]) || name || 'a value';

const bound = (p: MessageParams, small: boolean): string => {
  const n = p.limit;
  const one = n === 1;
  if (p.origin === 'string') {
    if (small && one) return 'Must not be empty';
    const chars = one ? '1 character' : `${n} characters`;
    return small ? `Must have at least ${chars}` : `Must have at most ${chars}`;
  }
  if (p.origin === 'array' || p.origin === 'set') {
    const items = one ? '1 item' : `${n} items`;
    return small ? `Must have at least ${items}` : `Must have at most ${items}`;
  }
  if (small) return p.inclusive === false ? `Must be greater than ${n}` : `Must be at least ${n}`;
  return p.inclusive === false ? `Must be less than ${n}` : `Must be at most ${n}`;
};

/** English messages. */
export const en: Catalogue = {
  types,
  summary: (what, n) => `${what}: ${n === 1 ? '1 issue to fix' : `${n} issues to fix`}`,
  documents: {
    definition: 'Programme definition',
    record: 'Programme record',
    application: 'Enrolment application',
    input: 'Input',
    event: 'Event not allowed',
    plan: 'Strategic plan',
  },
  required: () => 'Required',
  invalid_type: (p) => `Must be ${t(p.expected)}${p.received ? `, not ${t(p.received)}` : ''}`,
  too_small: (p) => bound(p, true) + (p.value ? `, not ${p.value}` : ''),
  too_big: (p) => bound(p, false) + (p.value ? `, not ${p.value}` : ''),
  invalid_format: (p) => `Invalid format${p.name ? ` (${p.name})` : ''}`,
  invalid_date: () => 'Must be an existing date as YYYY-MM-DD, for example 2010-03-01',
  invalid_datetime: () =>
    'Must be an ISO 8601 date and time with offset, for example 2010-03-01T09:30:00+01:00',
  invalid_email: () => 'Not a valid email address, for example name@firm.it',
  invalid_phone: () => 'Not a valid phone number: digits, spaces and a leading + only',
  invalid_partita_iva_format: () => 'A partita IVA is 11 digits, without spaces or IT prefix',
  invalid_codice_fiscale_format: () =>
    'A codice fiscale is 11 digits (companies) or 16 characters (persons)',
  invalid_postal_code: () => 'A postal code (CAP) is 5 digits',
  invalid_province: () => 'A province is a two-letter upper-case code, for example VA',
  invalid_ateco_format: () => 'Not a valid ATECO code: for example 25.62 or 25.62.00',
  invalid_id: () =>
    'Not a valid identifier: lower-case letters, digits, dashes and dots, starting with a letter or digit',
  invalid_value: (p) => `Value not allowed${p.value ? ` (${p.value})` : ''}; allowed values: ${p.values ?? ''}`,
  unknown_key: (p) => `Unknown field: ${p.name}`,
  unknown_variant: (p) =>
    p.values ? `Unknown type; known types: ${p.values}` : 'Matches none of the allowed shapes',
  not_multiple_of: (p) => `Must be a multiple of ${p.limit}`,
  invalid_json: (p) =>
    `Invalid JSON${p.line ? ` at line ${p.line}, column ${p.column}` : ''}${p.name ? `: ${p.name}` : ''}`,
  invalid_input: (p) => `Unreadable input${p.name ? `: ${p.name}` : ''}`,
  unknown_preset: (p) => `Unknown preset programme: "${p.name}"; available: ${p.values}`,
  definition_mismatch: (p) => `The record names the programme "${p.name}", but the definition given is that of "${p.other}"`,
  duplicate_id: (p) => `Repeated identifier: "${p.name}" is already used`,
  duplicate_value: (p) => `Repeated value: "${p.name}"`,
  date_order: (p) => `Events go in date order: this one is dated ${p.other}, before the previous event (${p.name})`,
  end_before_start: (p) => `The end date (${p.name}) is before the start date (${p.other})`,
  phase_order: (p) =>
    `Phases follow the order enrolment, analysis, plan, collaboration, aggregation, completed, starting with enrolment and ending with completed${p.name ? ` (problem: ${p.name})` : ''}`,
  unknown_firm: (p) => `Unknown firm: no enrolment application with partita IVA ${p.name} before this event`,
  unknown_manager: (p) => `Unknown temporary manager: "${p.name}" was not registered before this event`,
  unknown_collaboration: (p) => `Unknown collaboration: "${p.name}" was not proposed before this event`,
  unknown_aggregation: (p) => `Unknown aggregation: "${p.name}" was not proposed before this event`,
  unknown_area: (p) => `Unknown analysis area: "${p.name}"; the programme's areas: ${p.values}`,
  unknown_indicator: (p) => `Unknown indicator: "${p.name}" is not in the firm's plan approved before this event`,
  publication_group_too_small: (p) =>
    `The anonymous record cannot be published: the smallest group of alike firms (ATECO division, place, legal form, size class) has ${p.count === 1 ? 'one firm' : `${p.count} firms`}, fewer than the ${p.limit} required, even with the region instead of the province and without the legal form. Wait for more applications, or lower publication.minimumGroup in the programme definition, or publish the public record (which names only the admitted firms that consented)`,
  unknown_purpose: (p) => `Unknown consent purpose: "${p.name}"; the programme's purposes: ${p.values}`,
  unknown_kind: (p) => `Collaboration kind not offered by the programme: "${p.name}"`,
  firm_mismatch: (p) => `The event's partita IVA (${p.name}) differs from the application's (${p.other})`,
  duplicate_enrolment: (p) => `The firm with partita IVA ${p.name} has already applied to this edition`,
  confirmation_not_needed: (p) =>
    `This programme does not ask firms to confirm their applications (enrolment.confirmation is "none"): nothing to confirm for ${p.name}`,
  unknown_claim: (p) => `No application "${p.name}" of the firm with partita IVA ${p.other} to confirm`,
  claim_already_confirmed: (p) => `The application "${p.name}" was already confirmed on ${p.other}`,
  confirmation_how_required: (p) => `An officer confirming the application "${p.name}" must say how the firm proved it is the applicant (how)`,
  confirmation_link_expired: (p) =>
    `The confirmation link of the application "${p.name}" was valid for ${p.limit} days after the application; an officer may still confirm it with another proof`,
  claim_unconfirmed: (p) =>
    `The firm with partita IVA ${p.name} has not confirmed its application yet: it cannot be decided until it confirms it from its PEC address or an officer records another proof`,
  measurement_shape: () =>
    'A measurement has exactly one shape: value, or numerator and denominator, or level, or done',
  target_required: (p) => `An indicator with polarity "${p.name}" needs a target value (target)`,
  band_required: (p) => `An indicator with polarity "${p.name}" needs a [min, max] band (band)`,
  band_order: () => 'The band minimum cannot exceed its maximum',
  programme_mismatch: (p) => `The application is for programme "${p.name}", not "${p.other}"`,
  too_many_firms: (p) => `Too many firms: at most ${p.limit}`,
  too_many_issues: (p) => (p.limit === 1 ? 'Too many issues: the check stops after the first' : `Too many issues: the check stops after the first ${p.limit}`),
  rule_not_applied: (p) => `Firm ${p.name} has not applied`,
  rule_already_decided: (p) => `The application of firm ${p.name} was already decided (${p.other})`,
  rule_capacity: (p) => (p.limit === 1 ? 'The only place is taken: waitlist the firm instead' : `All ${p.limit} places are taken: waitlist the firm instead`),
  rule_waitlist_order: (p) => `The waitlist goes in order: firm ${p.other} comes first`,
  rule_firm_inactive: (p) => `Firm ${p.name} is not taking part in the programme on this date (${p.other})`,
  rule_phase_next: (p) => `From phase "${p.other}" a firm moves only to "${p.values}", not to "${p.name}"`,
  rule_needs_manager: (p) => `Moving to analysis needs a temporary manager assigned to the firm`,
  rule_needs_analysis: (p) => `Moving to plan needs a complete analysis: areas without a score: ${p.values}`,
  rule_needs_plan: (p) => `An approved strategic plan is needed`,
  rule_needs_interest: (p) => `The firm has not declared interest in a stable aggregation`,
  rule_needs_partner: (p) => `No other participating firm is interested in a stable aggregation`,
  rule_needs_last_verification: (p) => `Completing needs the last periodic verification (${p.name}) held`,
  rule_manager_not_assigned: (p) => `Temporary manager ${p.name} is not assigned to firm ${p.other}`,
  rule_not_scheduled: (p) => `${p.name} is not a verification date of the programme's schedule`,
  rule_already_held: (p) => `The verification of ${p.name} is already recorded for this firm`,
  rule_status_order: (p) => `Step not allowed: from "${p.other}" to "${p.name}"`,
  rule_firm_not_member: (p) => `Firm ${p.name} is not part of "${p.other}"`,
  plan_needs_quantitative: (p) => `The plan needs at least one quantitative indicator (a number with a unit)`,
  plan_needs_qualitative: (p) => `The plan needs at least one qualitative indicator (a scale of levels or a milestone)`,
  objective_needs_area: (p) => `Objective "${p.other}" must name at least one analysis area it addresses`,
  baseline_equals_target: (p) => `Objective "${p.other}", indicator "${p.name}": the baseline equals the target; to keep a value use polarity "maintain"`,
  target_wrong_side: (p) => `Objective "${p.other}", indicator "${p.name}": with polarity "${p.values}" the target must be ${p.limit} the baseline`,
  deadline_before_baseline: (p) => `Objective "${p.other}", indicator "${p.name}": the deadline is before the baseline date`,
  interim_order: (p) => `Objective "${p.other}", indicator "${p.name}": interim targets go in date order, after the baseline and by the deadline`,
  unknown_level: (p) => `Objective "${p.other}", indicator "${p.name}": unknown level "${p.values}"`,
  scale_order: (p) => `Objective "${p.other}", indicator "${p.name}": level scores must increase from first to last`,
  measurement_kind: (p) => `Indicator "${p.name}" is measured with ${SHAPES[p.values ?? ''] ?? p.values}`,
  rule_deed_form: (p) =>
    `On ${p.name} a network ${p.other === 'legal-personality' ? 'with legal personality' : 'without legal personality'} cannot be signed in this form; allowed: ${p.values}`,
  same_firm: (p) => `Firm ${p.name} is listed more than once`,
  rule_not_eligible: (p) =>
    `Firm ${p.name} cannot be accepted: its application breaks a rule of the programme (${p.other}): ${p.values}. To accept it all the same, record an exception with the reason and who approved it`,
  rule_exception_unneeded: (p) =>
    `The exception waives the rule "${p.name}", but the application of firm ${p.other} meets it: remove the rule from the exception`,
  invalid_partita_iva_digits: (p) => `The first ${p.limit} digits of the VAT number are needed, digits only`,
  invalid_codice_fiscale_chars: (p) => `The first ${p.limit} characters of the tax code are needed: capital letters and digits`,
  unknown_reason: (p) => `Unknown reason: "${p.name}"`,
  invalid_path: () => 'A path is a list of field names and positions, for example ["events", 3, "firm"]',
  invalid_report: () => 'Not a report made by programmeReport: make one with programmeReport(record, { asOf })',
  table_missing_column: (p) => `The header has no column "${p.name}"`,
  table_not_a_number: (p) => `${p.name}: not a number: "${p.other}"`,
  table_not_yes_no: (p) => `${p.name}: not yes or no: "${p.other}"`,
  unreadable: () => 'Unreadable input: reading one of its fields fails',
  date_out_of_range: (p) => `The date ${p.name} is outside the range the library handles (${p.values}): check the year`,
  too_many_decimals: (p) => `At most ${p.limit} decimals`,
  amount_too_big: (p) =>
    `The amount it gives (${centsText(p.usedCents ?? 0, 'en')}) is above the largest handled, ${centsText(p.ceilingCents ?? 0, 'en')}: check the quantities and prices`,
  rule_member_needs_plan: (p) =>
    `Firm ${p.name} has no approved strategic plan on this date: it collaborates with other firms only once its plan is approved`,
  money_not_whole_cents: (p) => `Must be a whole number of cents, not ${p.value}`,
  amount_too_large: (p) => `Amount too large to compute to the cent (at most ±9007199254740991 cents): ${p.value}`,
  weight_invalid: (p) => `A weight must be a finite number, zero or more, not ${p.value}`,
  number_invalid: (p) => `Must be a finite number, not ${p.value}`,
  nothing_to_split: (p) => `No one to split ${p.value} among: the list is empty`,
  amounts_do_not_add_up: (p) => `The amounts add up to ${p.value}, not to the total ${p.other}: one cent per amount or more apart`,
  game_size: (p) => `The game must have from 1 to ${p.limit} firms, not ${p.value}`,
  game_value_invalid: (p) => `The value of coalition {${p.name ?? ''}} must be a finite number, not ${p.value}`,
  game_value_failed: (p) => `The value of coalition {${p.name ?? ''}} cannot be computed: the game's value function fails`,
  allocation_length: (p) => `The allocation has ${p.count} parts for ${p.limit} firms: one per firm is needed`,
  core_check_too_large: (p) => `The exact core check goes up to ${p.limit} firms, here there are ${p.count}`,
  input_unreadable: () => 'Unreadable input: reading one of its fields fails',
  internal_error: () => 'Internal error in the mechnet library: please report it to its maintainers, with the data that caused it',
};

/** The shapes of a measurement, by code. */
const SHAPES: Record<string, string> = {
  value: 'a value (value)',
  ratio: 'a numerator and a denominator (numerator, denominator)',
  level: 'a level of the scale (level)',
  done: 'done or not done (done)',
};
