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
import { pagesOf, shortTitle } from './shorten';

export function formatApa(context: CitationContext): string {
  const who = context.speaker ? familyName(context.speaker) : context.title ? shortTitle(context.title) : null;
  const pages = pagesOf(context.page);
  const where = context.time
    ?? (pages ? `${pages.several ? 'pp.' : 'p.'} ${pages.pages}` : null)
    ?? (context.paragraph ? `para. ${context.paragraph}` : null);
  const inText = inParens(joinParts([who, yearOf(context.date) ?? 'n.d.', where]));
  return joinParts([joinParts([curlyQuoted(context.quote), inText], ' '), reference(context)], '\n\n');
}

function reference(context: CitationContext): string {
  const { speaker, title, publisher, url } = context;
  if (!speaker && !title && !publisher && !url) return '';
  const date = `(${apaDate(context.date)})`;
  // A bracketed description alone would leave `[Transcript].` standing for the work: say it has no title.
  const work = title ? `${title} [Transcript]` : 'Untitled transcript';
  const head = speaker ? joinSentence([apaAuthor(speaker), date, work], '. ') : joinSentence([work, date], '. ');
  return joinParts([head, publisher ? punctuate(publisher, '.') : null, url], ' ');
}
