/** The few header lines the readable commands print above their output: what the file is. */
import type { Transcript } from '../core/model';

/** `withTitle: false` when the outline below shows the title itself. */
export function summaryLines(t: Transcript, withTitle = true): string[] {
  const lines: string[] = [];
  const m = t.metadata;
  if (m.title && withTitle) lines.push(m.title);
  const when = [m.date, m.time].filter(Boolean).join(' ');
  const where = [when, m.place, m.publisher, m.url].filter(Boolean).join(' · ');
  if (where) lines.push(where);
  lines.push([
    `${t.format}, ${t.encoding}`,
    plural(t.lineCount, 'line'),
    plural(t.speakers.length, 'speaker'),
    plural(t.turns.length, 'turn'),
    questionCount(t),
    plural(t.sections.length, 'section'),
  ].join(' · '));
  return lines;
}

/**
 * Marked questions (`Q.`, `Question:` turns) and the exchanges whose asker was inferred (a moderator's, an analyst's),
 * saying how many of them were inferred: `34 questions (34 inferred)`.
 */
function questionCount(t: Transcript): string {
  const marked = t.turns.filter(turn => turn.isQuestion).length;
  const inferred = t.exchanges.filter(exchange => exchange.inferred).length;
  const total = plural(marked + inferred, 'question');
  return inferred > 0 ? `${total} (${inferred} inferred)` : total;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
