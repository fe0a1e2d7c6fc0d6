/**
 * Court pinpoint: `"quote" — Speaker, Title 45:13-20` (as in `Smith Dep. 45:13-20`), the page:line
 * pinpoint right after the title; without page:line numbers, `Speaker, Title, lines 40-42`.
 */
import type { CitationContext } from '../context';
import { joinParts, linesLabel, straightQuoted } from '../compose';
import { attach } from './attribution';

export function formatPinpoint(context: CitationContext): string {
  const quoted = straightQuoted(context.quote);
  if (context.page) {
    const named = joinParts([context.speaker, context.title]);
    if (!named) return attach(quoted, '', context.page);
    return attach(quoted, `${named} ${context.page}`, '');
  }
  const named = joinParts([context.speaker, context.title]);
  const lines = linesLabel(context.lines);
  return named ? attach(quoted, joinParts([named, lines]), '') : attach(quoted, '', lines ?? '');
}
