import { css } from 'lit';

/**
 * The enrolment form's own styles: one column that fits 320 px, sizes in em, a
 * visible focus. In the receipt, terms take at most about a third of the line,
 * so that values keep room for their words on a narrow screen.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--_gap);
    max-width: 40em;
  }
  h2 {
    font-size: 1.4em;
    margin: 0;
  }
  /* The grids' gaps space the form's blocks and a section's lines; a paragraph's own margins would double them. */
  form > p,
  fieldset > p {
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
    margin: 0;
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }
  fieldset.group,
  fieldset.row {
    border-style: dashed;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  .field.check .error {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 500;
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  input:not([type='checkbox']),
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.6em;
    width: 100%;
    box-sizing: border-box;
    min-height: 2.75em;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 500;
  }
  .status {
    margin: 0;
    padding: 0.25em 0.75em;
    border-inline-start: 0.3em solid var(--_accent);
  }
  .status.closed {
    border-color: var(--_danger);
    font-weight: 600;
  }
  .summary {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .summary a {
    color: var(--_danger);
  }
  .eligibility {
    border-inline-start: 0.3em solid var(--_accent);
    padding: 0.25em 1em;
  }
  .eligibility h3 {
    font-size: 1.1em;
    margin: 0.25em 0;
  }
  .ko {
    color: var(--_danger);
    font-weight: 600;
  }
  .ok {
    font-weight: 600;
  }
  button {
    font: inherit;
    padding: 0.6em 1.2em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: inherit;
    cursor: pointer;
    min-height: 2.75em;
    justify-self: start;
  }
  button > .label {
    color: var(--_on-accent);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  [hidden] {
    display: none !important;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
  }
  .sending:empty {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(6em, 35%) minmax(0, 1fr);
    gap: 0.25em 1em;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
