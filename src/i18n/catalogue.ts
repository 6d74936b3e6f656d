/**
 * Parameters that a validation message may use. Every message function takes
 * the same bag so that catalogues can be checked for completeness by the
 * type checker.
 */
export interface MessageParams {
  /** Expected type or kind, e.g. `string`, `number`, `int`, `object`. */
  expected?: string;
  /** What was received instead, as a type name. */
  received?: string;
  /** Lower or upper bound of a size or value check. */
  limit?: number | string;
  /** Whether the bound itself is allowed. */
  inclusive?: boolean;
  /** What a bound applies to: `string`, `number`, `array`. */
  origin?: string;
  /** Allowed values, already formatted. */
  values?: string;
  /** Keys, ids or names the message is about. */
  name?: string;
  /** A second name or value. */
  other?: string;
  /** Line and column, for JSON syntax errors. */
  line?: number;
  column?: number;
  /** The value received, already written for people in the message's language. */
  value?: string;
  /** A number of things the message counts (its words agree with it): staff, parts of a split, firms of a game. */
  count?: number;
  /** A part of `count` (apprentices among the staff, for instance). */
  part?: number;
  /** An upper bound beside `limit` (the staff allowed with apprentices, for instance). */
  max?: number;
  /** Amounts of money in cents, written by the message in its language's format. */
  usedCents?: number;
  ceilingCents?: number;
  leftCents?: number;
  aidCents?: number;
}

/** A message in one language, built from its parameters. */
export type MessageFn = (p: MessageParams) => string;

/**
 * The codes of validation issues. They are stable: code may branch on them,
 * and new ones are only ever added.
 */
export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_date'
  | 'invalid_datetime'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_partita_iva_format'
  | 'invalid_codice_fiscale_format'
  | 'invalid_postal_code'
  | 'invalid_province'
  | 'invalid_ateco_format'
  | 'invalid_id'
  | 'invalid_value'
  | 'unknown_key'
  | 'unknown_variant'
  | 'not_multiple_of'
  | 'invalid_json'
  | 'invalid_input'
  | 'unknown_preset'
  | 'definition_mismatch'
  | 'duplicate_id'
  | 'duplicate_value'
  | 'date_order'
  | 'end_before_start'
  | 'phase_order'
  | 'unknown_firm'
  | 'unknown_manager'
  | 'unknown_collaboration'
  | 'unknown_aggregation'
  | 'unknown_area'
  | 'unknown_indicator'
  | 'unknown_kind'
  | 'unknown_purpose'
  | 'publication_group_too_small'
  | 'firm_mismatch'
  | 'duplicate_enrolment'
  | 'confirmation_not_needed'
  | 'unknown_claim'
  | 'claim_already_confirmed'
  | 'confirmation_how_required'
  | 'confirmation_link_expired'
  | 'claim_unconfirmed'
  | 'measurement_shape'
  | 'target_required'
  | 'band_required'
  | 'band_order'
  | 'programme_mismatch'
  | 'too_many_firms'
  | 'same_firm'
  | 'too_many_issues'
  | 'rule_deed_form'
  | 'plan_needs_quantitative'
  | 'plan_needs_qualitative'
  | 'objective_needs_area'
  | 'baseline_equals_target'
  | 'target_wrong_side'
  | 'deadline_before_baseline'
  | 'interim_order'
  | 'unknown_level'
  | 'scale_order'
  | 'measurement_kind'
  | 'rule_not_applied'
  | 'rule_already_decided'
  | 'rule_capacity'
  | 'rule_waitlist_order'
  | 'rule_firm_inactive'
  | 'rule_phase_next'
  | 'rule_needs_manager'
  | 'rule_needs_analysis'
  | 'rule_needs_plan'
  | 'rule_needs_interest'
  | 'rule_needs_partner'
  | 'rule_needs_last_verification'
  | 'rule_manager_not_assigned'
  | 'rule_not_scheduled'
  | 'rule_already_held'
  | 'rule_status_order'
  | 'rule_firm_not_member'
  | 'rule_not_eligible'
  | 'rule_exception_unneeded'
  | 'rule_member_needs_plan'
  | 'date_out_of_range'
  | 'too_many_decimals'
  | 'amount_too_big'
  | 'unreadable'
  | 'invalid_partita_iva_digits'
  | 'invalid_codice_fiscale_chars'
  | 'unknown_reason'
  | 'invalid_path'
  | 'invalid_report'
  | 'table_missing_column'
  | 'table_not_a_number'
  | 'table_not_yes_no'
  | 'money_not_whole_cents'
  | 'amount_too_large'
  | 'weight_invalid'
  | 'number_invalid'
  | 'nothing_to_split'
  | 'amounts_do_not_add_up'
  | 'game_size'
  | 'game_value_invalid'
  | 'game_value_failed'
  | 'allocation_length'
  | 'core_check_too_large'
  | 'input_unreadable'
  | 'internal_error';

/**
 * A complete message catalogue: one message per issue code. The type checker
 * refuses a catalogue that misses a code.
 */
export type Catalogue = Record<IssueCode, MessageFn> & {
  /** Names of expected types, as used inside sentences. */
  types: Record<string, string>;
  /** Summary line of an error with `n` issues. */
  summary: (what: string, n: number) => string;
  /** Names of the documents being validated. */
  documents: Record<'definition' | 'record' | 'application' | 'input' | 'event' | 'plan', string>;
};
