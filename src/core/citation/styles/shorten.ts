/** Short forms used inside in-text citations. */

/** A title of more than five words shortens to its first four, as author-date styles do. */
export function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  return words.length > 5 ? words.slice(0, 4).join(' ').replace(/[,;:.–—-]+$/, '') : title;
}

/** The pages of a page:line pinpoint: `45:13-20` → `45`, `45:13-46:2` → `45-46`. */
export function pagesOf(pinpoint: string | null): { pages: string; several: boolean } | null {
  const match = pinpoint ? /^(\d+):\d+(?:-(?:(\d+):)?\d+)?$/.exec(pinpoint) : null;
  if (!match) return null;
  return match[2] && match[2] !== match[1]
    ? { pages: `${match[1]}-${match[2]}`, several: true }
    : { pages: match[1], several: false };
}
