/**
 * MLA 9: the quote with its parenthetical citation, then the works-cited entry:
 *
 *     “quote” (Lavrov)
 *
 *     Lavrov, Sergey. “Title.” Publisher, 8 Apr. 2021, mid.ru/....
 *
 * MLA cites an unpaginated source by author alone (it does not count paragraphs), adding a time
 * stamp or page when there is one. The URL drops its `https://` as MLA 9 recommends; the place is
 * the location element only when there is no URL. Without a title the work is described as
 * "Transcript".
 */
import type { CitationContext } from '../context';
import { curlyQuoted, inParens, joinParts, joinSentence } from '../compose';
import { mlaDate } from '../dates';
import { familyName, invertedName } from '../names';
import { pagesOf, shortTitle } from './shorten';

export function formatMla(context: CitationContext): string {
  const who = context.speaker ? familyName(context.speaker) : context.title ? `“${shortTitle(context.title)}”` : null;
  const where = context.time ?? pagesOf(context.page)?.pages ?? null;
  const inText = inParens(joinParts([who, where], ' '));
  return joinParts([joinParts([curlyQuoted(context.quote), inText], ' '), worksCited(context)], '\n\n');
}

function worksCited(context: CitationContext): string {
  const { speaker, title, publisher, url, place } = context;
  if (!speaker && !title && !publisher && !url) return '';
  const work = joinSentence([speaker ? invertedName(speaker) : null, title ? `“${title}”` : 'Transcript'], '. ');
  const location = url ? url.replace(/^https?:\/\//i, '') : place && !(title ?? '').includes(place) ? place : null;
  const container = joinSentence([publisher, context.date ? mlaDate(context.date) : null, location], ', ');
  return joinParts([work, container], ' ');
}
