/** Short forms used inside in-text citations. */

const SMALL_WORD = /^(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with)$/i;

/**
 * A long title shortens as author-date styles do: to its main title (before a colon or dash)
 * when that is short, else to its first five words, without a trailing small word.
 */
export function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  if (words.length <= 6) return title;
  const main = /^(.{3,}?)\s*(?::|\s[–—-]\s)/.exec(title)?.[1];
  if (main && main.split(/\s+/).length <= 6) return main;
  const kept = words.slice(0, 5);
  while (kept.length > 1 && SMALL_WORD.test(kept[kept.length - 1])) kept.pop();
  return kept.join(' ').replace(/[,;:.–—-]+$/, '');
}

/** The pages of a page:line pinpoint: `45:13-20` → `45`, `45:13-46:2` → `45-46`. */
export function pagesOf(pinpoint: string | null): { pages: string; several: boolean } | null {
  const match = pinpoint ? /^(\d+):\d+(?:-(?:(\d+):)?\d+)?$/.exec(pinpoint) : null;
  if (!match) return null;
  return match[2] && match[2] !== match[1]
    ? { pages: `${match[1]}-${match[2]}`, several: true }
    : { pages: match[1], several: false };
}
