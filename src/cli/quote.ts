/**
 * The text `cite` prints: the quoted lines and their citation.
 * (Interim: a simple quote from the model until src/core/citation/ provides
 * extractQuote / buildCitationContext / formatCitation.)
 */
import type { Transcript } from '../core/model';
import type { LineSpan } from './args';
import type { CiteStyle } from './commands/cite';

export function quoteWithCitation(t: Transcript, text: string, span: LineSpan, style: CiteStyle): string {
  const lines = text.split(/\r\n|\r|\n/).slice(span.first - 1, span.last);
  const paragraphs = lines
    .join('\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map(p => p.replace(/\s+/g, ' ').trim())
    .filter(p => p.length > 0);
  const first = span.first - 1;
  const turn = t.turns.find(x => x.range.start.line <= first && first <= x.range.end.line);
  const exchange = t.exchanges.find(x => x.range.start.line <= first && first <= x.range.end.line);
  const pinpoint = [exchange ? `Q${exchange.number}` : null, span.first === span.last ? `line ${span.first}` : `lines ${span.first}-${span.last}`];
  const m = t.metadata;
  const citation = [turn?.speaker, m.title, m.date, m.place, ...pinpoint].filter(Boolean).join(', ');
  if (style === 'markdown') {
    return `${paragraphs.map(p => `> ${p}`).join('\n>\n')}\n>\n> — ${citation}\n`;
  }
  return `“${paragraphs.join('\n\n')}”\n— ${citation}\n`;
}
