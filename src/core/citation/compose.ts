/**
 * Small helpers that put citation parts together so missing parts leave no trace: no empty
 * brackets, doubled separators or dangling punctuation.
 */

type Part = string | null | undefined | false;

/** The present parts, joined; no comma after a part ending in `?` or `!` (`Trailer?, 2023` is `Trailer? 2023`). */
export function joinParts(parts: readonly Part[], separator = ', '): string {
  const present = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return present.reduce((text, part, index) => {
    if (index === 0) return part;
    const bare = separator.startsWith(',') && /[?!][”’"]?$/.test(text) ? separator.slice(1) : separator;
    return text + bare + part;
  }, '');
}

/** `(content)`, or nothing when the content is empty. */
export function inParens(content: string, open = '(', close = ')'): string {
  return content ? `${open}${content}${close}` : '';
}

const CLOSING_QUOTE = /[”’"]$/;
const TERMINAL = /[.?!]$/;

/**
 * Joins parts with `separator` (`, ` or `. `) and ends with a period, putting commas and periods
 * inside a closing quotation mark as US styles do (`“Title,” Publisher`), never doubling one.
 */
export function joinSentence(parts: readonly Part[], separator: ', ' | '. '): string {
  const present = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  let text = '';
  for (const [index, part] of present.entries()) {
    const last = index === present.length - 1;
    const mark = last ? '.' : separator.trim();
    text += punctuate(part, mark) + (last ? '' : ' ');
  }
  return text;
}

/** Adds `mark` after `part`, inside a closing quote, unless the part already ends a sentence. */
export function punctuate(part: string, mark: string): string {
  if (CLOSING_QUOTE.test(part)) {
    const body = part.slice(0, -1);
    const quote = part.slice(-1);
    if (mark === '.' && TERMINAL.test(body)) return part;
    if (mark === ',' && /[?!]$/.test(body)) return part;
    if (mark === ',' && /\.$/.test(body)) return `${body.slice(0, -1)},${quote}`;
    return `${body}${mark}${quote}`;
  }
  if (mark === '.' && TERMINAL.test(part)) return part;
  if (mark === ',' && /[?!]$/.test(part)) return part;
  return part + mark;
}

/** The quote in typographic quotation marks, or nothing. */
export function curlyQuoted(text: string | null): string {
  return text ? `“${text}”` : '';
}

export function straightQuoted(text: string | null): string {
  return text ? `"${text}"` : '';
}

/** `line 40` / `lines 40-42`. */
export function linesLabel(lines: string | null): string | null {
  if (!lines) return null;
  return /\D/.test(lines) ? `lines ${lines}` : `line ${lines}`;
}
