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
import { familyName, invertedName, naturalName } from '../names';
import { listNames } from '../voice';
import { authorsOf, distinct } from './authors';
import { pagesOf, shortTitle } from './shorten';

export function formatMla(context: CitationContext): string {
  const named = distinct(authorsOf(context).map(a => (a.name === null ? 'Question' : familyName(a.name) + (a.interpreted ? ', as interpreted' : ''))));
  const who = named.length > 0 ? listNames(named) : context.title ? `“${shortTitle(context.title)}”` : null;
  const where = context.time ?? pagesOf(context.page)?.pages ?? null;
  const inText = inParens(joinParts([who, where], ' '));
  return joinParts([joinParts([curlyQuoted(context.quote), inText], ' '), worksCited(context)], '\n\n');
}

function worksCited(context: CitationContext): string {
  const { title, publisher, url, place } = context;
  const people = distinct(authorsOf(context).filter(a => a.name !== null).map(a => a.name!));
  if (people.length === 0 && !title && !publisher && !url) return '';
  // MLA: `Last, First`; two people `Last, First, and First Last`; more `Last, First, et al.`
  const author = people.length === 0 ? null : people.length === 1 ? invertedName(people[0])
    : people.length === 2 ? `${invertedName(people[0])}, and ${naturalName(people[1])}` : `${invertedName(people[0])}, et al.`;
  const work = joinSentence([author, title ? `“${title}”` : 'Transcript'], '. ');
  const location = url ? url.replace(/^https?:\/\//i, '') : place && !(title ?? '').includes(place) ? place : null;
  const container = joinSentence([publisher, context.date ? mlaDate(context.date) : null, location], ', ');
  return joinParts([work, container], ' ');
}
