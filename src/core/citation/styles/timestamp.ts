/**
 * Timestamp (captions, recordings): `"quote" — Speaker, Title [00:12:34]`; without a time the
 * lines stand in: `"quote" — Speaker, Title (lines 40-42)`.
 */
import type { CitationContext } from '../context';
import { inParens, joinParts, linesLabel, straightQuoted } from '../compose';
import { attach } from './attribution';

export function formatTimestamp(context: CitationContext): string {
  const quoted = straightQuoted(context.quote);
  const named = joinParts([context.speaker, context.title]);
  if (context.time) {
    const stamp = inParens(context.time, '[', ']');
    return named ? attach(quoted, `${named} ${stamp}`, '') : joinParts([quoted, stamp], ' ');
  }
  return attach(quoted, named, linesLabel(context.lines) ?? '');
}
