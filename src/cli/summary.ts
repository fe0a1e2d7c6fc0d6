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
  const questions = t.turns.filter(turn => turn.isQuestion).length;
  lines.push([
    `${t.format}, ${t.encoding}`,
    plural(t.lineCount, 'line'),
    plural(t.speakers.length, 'speaker'),
    plural(t.turns.length, 'turn'),
    plural(questions, 'question'),
    plural(t.sections.length, 'section'),
  ].join(' · '));
  return lines;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
