/**
 * What a reader sees of a table inside an element: for every cell, whether
 * it is on screen, hidden by a box that clips it, or inside a box that
 * scrolls (and whether that box says so). Used by the tables tests at
 * several widths.
 */

/** A box that clips or scrolls its content sideways or down. */
function clips(win: Window, el: Element): boolean {
  const s = win.getComputedStyle(el);
  return s.overflowX !== 'visible' || s.overflowY !== 'visible';
}

/** The part of `el` its content shows through: its padding box less any scrollbar. */
function clipRect(el: Element): { left: number; right: number; top: number; bottom: number } {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

const inside = (r: DOMRect, c: { left: number; right: number; top: number; bottom: number }) =>
  r.left >= c.left - 1 && r.right <= c.right + 1 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1;

/** Shown as the visually hidden pattern does (1 px, clipped), or not rendered at all. */
export function visuallyHidden(win: Window, el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return true;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const s = win.getComputedStyle(a);
    if (s.visibility === 'hidden' || s.display === 'none') return true;
    if (s.clipPath !== 'none' && a.getBoundingClientRect().width <= 1) return true;
  }
  return false;
}

/** Where a cell is for a reader. */
export type Seen =
  | { kind: 'visible' }
  | { kind: 'hidden' }
  | { kind: 'clipped'; by: Element }
  | { kind: 'scrolls'; region: Element };

/**
 * Whether `el` (inside a shadow tree) is on screen within `host`'s box:
 * visible, visually hidden, cut off by a box that clips without scrolling
 * (or by the element's own edge), or reachable only by scrolling a box.
 */
export function seen(el: Element, hostBox: DOMRect): Seen {
  const win = el.ownerDocument.defaultView!;
  if (visuallyHidden(win, el)) return { kind: 'hidden' };
  const r = el.getBoundingClientRect();
  let scrolls: Element | undefined;
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (!clips(win, a) || inside(r, clipRect(a))) continue;
    const s = win.getComputedStyle(a);
    const scrollable = ['auto', 'scroll'].includes(s.overflowX) && a.scrollWidth > a.clientWidth;
    if (!scrollable) return { kind: 'clipped', by: a };
    scrolls ??= a;
  }
  if (scrolls) return { kind: 'scrolls', region: scrolls };
  if (r.left < hostBox.left - 1 || r.right > hostBox.right + 1) return { kind: 'clipped', by: el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el };
  return { kind: 'visible' };
}

/**
 * What is wrong with a box that scrolls, for a reader: it must be a
 * labelled region the keyboard can focus, and show that there is more to
 * see (`data-overflow` naming the side, drawn as a shadow on that side).
 */
export function scrollRegionProblems(region: Element): string[] {
  const win = region.ownerDocument.defaultView!;
  const problems: string[] = [];
  if (region.getAttribute('role') !== 'region') problems.push('not role=region');
  if (!(region as HTMLElement).hasAttribute('tabindex') || (region as HTMLElement).tabIndex !== 0) problems.push('not focusable (tabindex=0)');
  if (!region.getAttribute('aria-label')?.trim()) problems.push('no aria-label');
  const max = region.scrollWidth - region.clientWidth;
  const sides = (region.getAttribute('data-overflow') ?? '').split(/\s+/);
  const wanted = [...(region.scrollLeft > 1 ? ['start'] : []), ...(region.scrollLeft < max - 1 ? ['end'] : [])];
  for (const side of wanted) if (!sides.includes(side)) problems.push(`no cue that more is to the ${side} (data-overflow="${sides.join(' ')}")`);
  const shadow = win.getComputedStyle(region).boxShadow;
  if (wanted.length > 0 && (shadow === 'none' || shadow === '')) problems.push('the overflow cue is not drawn (no shadow)');
  return problems;
}

/** The cells of a table on a grid of columns, spans resolved: cell -> its first and last column. */
export function columnsOf(table: HTMLTableElement): Map<HTMLTableCellElement, [number, number]> {
  const taken: boolean[][] = [];
  const out = new Map<HTMLTableCellElement, [number, number]>();
  [...table.rows].forEach((row, y) => {
    taken[y] ??= [];
    let x = 0;
    for (const cell of row.cells) {
      while (taken[y]![x]) x++;
      const span = Math.max(1, cell.colSpan);
      const down = Math.max(1, cell.rowSpan);
      for (let dy = 0; dy < down; dy++) for (let dx = 0; dx < span; dx++) (taken[y + dy] ??= [])[x + dx] = true;
      out.set(cell, [x, x + span - 1]);
      x += span;
    }
  });
  return out;
}

/** A cell's label repeated in front of it by the stacked layout (`data-label` shown by `::before`), if shown. */
export function shownLabel(cell: Element): string | undefined {
  const win = cell.ownerDocument.defaultView!;
  const label = cell.getAttribute('data-label');
  if (!label) return undefined;
  const before = win.getComputedStyle(cell, '::before');
  if (before.display === 'none' || before.content === 'none' || before.content === 'normal') return undefined;
  return label;
}

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
