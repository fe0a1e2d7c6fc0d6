/**
 * APA 7: the quote with its parenthetical citation, then the reference-list entry, following
 * APA's pattern for a speech transcript (speaker as author, bracketed description, site, URL):
 *
 *     “quote” (Lavrov, 2021, para. 12)
 *
 *     Lavrov, S. (2021, April 8). Title [Transcript]. Publisher. https://...
 *
 * The locator is the time stamp, else the page(s), else the paragraph number; a missing date is
 * `n.d.` as APA prescribes. Titles are not italicised: the output is plain text.
 */
import type { CitationContext } from '../context';
import { curlyQuoted, inParens, joinParts, joinSentence, punctuate } from '../compose';
import { apaDate, yearOf } from '../dates';
import { apaAuthor, familyName } from '../names';
import { apaList, authorsOf, distinct, type Author } from './authors';
import { pagesOf, shortTitle } from './shorten';

export function formatApa(context: CitationContext): string {
  const authors = authorsOf(context);
  const named = distinct(authors.map(inTextName));
  const who = named.length > 0 ? apaList(named) : context.title ? shortTitle(context.title) : null;
  const pages = pagesOf(context.page);
  const where = context.time
    ?? (pages ? `${pages.several ? 'pp.' : 'p.'} ${pages.pages}` : null)
    ?? (context.paragraph ? `para. ${context.paragraph}` : null);
  const inText = inParens(joinParts([who, yearOf(context.date) ?? 'n.d.', where]));
  return joinParts([joinParts([curlyQuoted(context.quote), inText], ' '), reference(context)], '\n\n');
}

/** `Psaki`, `Merkel, as interpreted`, `Doe` for a named asker, `Question` for an unnamed one. */
function inTextName(author: Author): string {
  if (author.name === null) return 'Question';
  return familyName(author.name) + (author.interpreted ? ', as interpreted' : '');
}

function reference(context: CitationContext): string {
  const { title, publisher, url } = context;
  // The reference list names the people who spoke; an unnamed question has no author, and the work comes first.
  const people = distinct(authorsOf(context).filter(a => a.name !== null).map(a => apaAuthor(a.name!)));
  if (people.length === 0 && !title && !publisher && !url) return '';
  const date = `(${apaDate(context.date)})`;
  // A bracketed description alone would leave `[Transcript].` standing for the work: say it has no title.
  const work = title ? `${title} [Transcript]` : 'Untitled transcript';
  const head = people.length > 0 ? joinSentence([apaList(people), date, work], '. ') : joinSentence([work, date], '. ');
  return joinParts([head, publisher ? punctuate(publisher, '.') : null, url], ' ');
}
