/**
 * The short attribution shared by the plain, Markdown, pinpoint and timestamp styles:
 * `Speaker, Title, Place, Date (Q3, lines 40-42)`. The place and date are left out when the title
 * already states them (press-conference titles often end with both).
 */
import type { CitationContext } from '../context';
import { inParens, joinParts, linesLabel } from '../compose';
import { longDate, mentionsDate } from '../dates';

/** `Speaker, Title, Place, Date`; `title` may be given already marked up. */
export function attributionHead(context: CitationContext, title: string | null = context.title): string {
  const { place, date } = context;
  const said = context.title ?? '';
  return joinParts([
    context.speaker,
    title,
    place && !said.includes(place) ? place : null,
    date && !mentionsDate(said, date) ? longDate(date) : null,
  ]);
}

/** Where in the transcript: the question, then the page:line pinpoint, the time or the lines. */
export function locator(context: CitationContext): string {
  return joinParts([context.question, context.page ?? context.time ?? linesLabel(context.lines)]);
}

/** `quoted — head (locator)`; without a head the locator follows the quote in parentheses. */
export function attach(quoted: string, head: string, where: string): string {
  const attribution = joinParts([head, inParens(where)], ' ');
  if (!quoted) return attribution;
  return joinParts([quoted, head ? `— ${attribution}` : attribution], ' ');
}
