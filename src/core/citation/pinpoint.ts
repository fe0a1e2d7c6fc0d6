/**
 * Court pinpoints as lawyers write them: `45:13` for one line, `45:13-20` within a page,
 * `45:13-46:2` across pages.
 */

export interface PageLine {
  page: number;
  line: number;
}

export function formatPinpoint(first: PageLine | undefined, last: PageLine | undefined): string | null {
  if (!first) return null;
  const start = `${first.page}:${first.line}`;
  if (!last || (last.page === first.page && last.line === first.line)) return start;
  if (last.page === first.page) return `${start}-${last.line}`;
  return `${start}-${last.page}:${last.line}`;
}

/** A 1-based line span as `40-42`, or `40` for one line. */
export function formatLineSpan(span: { start: number; end: number }): string {
  return span.end > span.start ? `${span.start}-${span.end}` : `${span.start}`;
}
