/** Where the guides are written (dist/site/guides); the demo serves this folder at /guides/. */
export declare const GUIDES_OUT: string;
/** The id GitHub gives a heading's text; `seen` numbers repeats within one page. */
export declare function slug(text: string, seen?: Map<string, number>): string;
/** One guide's Markdown as HTML for the demo's page template, with its title, first paragraph and the links the site cannot serve. */
export declare function renderGuide(
  markdown: string,
  options?: { guides?: string[] },
): { title: string; html: string; summary: string; problems: string[] };
/** A whole guide page: the demo's template around `content`. */
export declare function guidePage(page: { name: string; title: string; content: string }): string;
/** Writes every guide of `from` as a page to `to`, with an index page; throws naming the links the site cannot serve. */
export declare function buildGuides(options?: { from?: string; to?: string }): { name: string; title: string }[];
