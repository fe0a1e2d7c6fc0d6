/**
 * Chicago 17, notes and bibliography: the quote, then the full note in the form Chicago gives a
 * speech or a transcript found online:
 *
 *     “quote”
 *
 *     Sergey Lavrov, “Title” (Nur-Sultan, April 8, 2021), Publisher, para. 12, https://....
 *
 * The parenthesis holds the place and date of the event, each left out when the title already
 * states it (Chicago avoids repeating information). Commas and periods go inside closing quotation
 * marks. Without a title the work is described as a transcript.
 */
import type { CitationContext } from '../context';
import { curlyQuoted, inParens, joinParts, joinSentence } from '../compose';
import { longDate, mentionsDate } from '../dates';
import { naturalName } from '../names';
import { listNames } from '../voice';
import { authorsOf, distinct } from './authors';

export function formatChicago(context: CitationContext): string {
  return joinParts([curlyQuoted(context.quote), note(context)], '\n\n');
}

function note(context: CitationContext): string {
  const said = context.title ?? '';
  const occasion = joinParts([
    context.place && !said.includes(context.place) ? context.place : null,
    context.date && !mentionsDate(said, context.date) ? longDate(context.date) : null,
  ]);
  const work = joinParts([context.title ? `“${context.title}”` : 'transcript', inParens(occasion)], ' ');
  const where = context.page ?? context.time ?? (context.paragraph ? `para. ${context.paragraph}` : null);
  // Notes name people in reading order: `Jen Psaki`, `Angela Merkel (as interpreted)`, `question from Jane Doe`.
  const speakers = distinct(authorsOf(context).map(a => a.name === null ? 'question'
    : a.question ? `question from ${naturalName(a.name)}` : naturalName(a.name) + (a.interpreted ? ' (as interpreted)' : '')));
  const text = joinSentence([speakers.length > 0 ? listNames(speakers) : null, work, context.publisher, where, context.url], ', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
