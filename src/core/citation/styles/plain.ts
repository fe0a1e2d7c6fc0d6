/** Plain text: `"quote" — Speaker, Title, Place, Date (Q3, lines 40-42)`. */
import type { CitationContext } from '../context';
import { straightQuoted } from '../compose';
import { attach, attributionHead, locator } from './attribution';

export function formatPlain(context: CitationContext): string {
  return attach(straightQuoted(context.quote), attributionHead(context), locator(context));
}
