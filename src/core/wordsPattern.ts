/**
 * Regular expressions made from word lists (months, role phrases, forms of address): each word escaped, and
 * longest first in an alternation, so that `marzo` is tried before `mar` and `Mmes` before `Mme`.
 */

/** A word as a literal inside a regular expression. */
export function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words, without repeats, as alternatives for a regular expression, longest first. */
export function wordAlternatives(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeForPattern).join('|');
}
