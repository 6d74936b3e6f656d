import { css } from 'lit';

/**
 * Styles every element starts from: inherit the host page's font and colour
 * (not its text alignment), read the public `--mechnet-*` custom properties
 * once into private ones.
 *
 * Text starts at the start of the line, whatever the page's prose does: a
 * theme's justified articles would spread headings, table cells and labels.
 * A word longer than the line (a name of 1,000 letters, a URL) breaks rather
 * than widen the element; tables keep their words whole and scroll
 * (`.scroll`). Both are set on the shadow tree's top level, not on `:host`,
 * so that a page's reset of the element itself (`all: unset`) does not undo
 * them. (Comments inside the CSS would ship to every visitor.)
 *
 * The accent and the colour of errors are mixed with the text colour the
 * element inherits: darker on a light page, lighter on a dark one, so that
 * they stay readable on the page's background, whichever it is. Text on a
 * filled accent (the form's button) is white on a dark accent and black on
 * a light one (`--mechnet-on-accent` to choose).
 *
 * Links take `--mechnet-link-color`, by default the text colour around
 * them, underlined: a shadow tree cannot read the page's rule for `a`, and
 * the browser's own blue (or `LinkText`) is neither the site's colour nor
 * readable on a dark page; the text colour always is, and the underline
 * tells a link from the words beside it.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    --_accent: var(--mechnet-accent, color-mix(in srgb, #0b5cad 55%, currentColor));
    --_on-accent: var(--mechnet-on-accent, oklch(from var(--_accent) clamp(0, (0.62 - l) * 1000, 1) 0 0));
    --_muted: var(--mechnet-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_border: var(--mechnet-border, color-mix(in srgb, currentColor 25%, transparent));
    --_surface: var(--mechnet-surface, transparent);
    --_danger: var(--mechnet-danger, color-mix(in srgb, #a4262c 55%, currentColor));
    --_radius: var(--mechnet-radius, 0.375em);
    --_gap: var(--mechnet-gap, 1em);
    --_link: var(--mechnet-link-color, currentColor);
  }
  :host([hidden]) {
    display: none;
  }
  :host > * {
    text-align: start;
    overflow-wrap: anywhere;
  }
  [part='error'] {
    border-inline-start: 0.25em solid var(--_danger);
    padding: 0.5em 1em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    overflow-wrap: normal;
  }
  th,
  td {
    text-align: start;
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
`;
