/**
 * A readable, stable summary of a parsed transcript for fixture snapshots (lines 1-based, as an editor shows).
 */
import type { Exchange, Transcript } from '../../../src/core/model';

export function summarise(t: Transcript): unknown {
  return {
    format: t.format,
    metadata: { ...t.metadata, extra: undefined },
    header: t.header ? [t.header.start.line + 1, t.header.end.line + 1] : null,
    boilerplateLines: t.boilerplate.map(r => r.start.line + 1),
    speakers: t.speakers.map(s => `${s.name} (${s.turns} turns, ${s.words} words)`),
    turns: t.turns.map(turn => ({
      lines: `${turn.range.start.line + 1}-${turn.range.end.line + 1}`,
      label: turn.label,
      speaker: turn.speaker,
      ...(turn.qualifier ? { qualifier: turn.qualifier } : {}),
      ...(turn.addressees.length ? { addressees: turn.addressees } : {}),
      ...(turn.isQuestion ? { isQuestion: true } : {}),
      ...(turn.isAnswer ? { isAnswer: true } : {}),
      ...(turn.startTime ? { startTime: turn.startTime } : {}),
      paragraphs: turn.paragraphs.length,
    })),
    exchanges: t.exchanges.map(e => `Q${e.number} lines ${e.range.start.line + 1}-${e.range.end.line + 1}: ${e.question.speaker} -> ${e.answers.map(a => a.speaker).join(', ')}${inferred(e)}`),
    sections: t.sections.map(s => `${'#'.repeat(s.level) || '*'} ${s.title} (lines ${s.range.start.line + 1}-${s.range.end.line + 1})`),
    pageLines: t.pageLines ? pageLineSamples(t) : undefined,
    cues: t.cues?.map(c => `${c.start} --> ${c.end} lines ${c.firstLine + 1}-${c.lastLine + 1}`),
    ...(t.rollingCaptions ? { rollingCaptions: true } : {}),
  };
}

/** Inferred exchanges say so, with their asker (and their name when it is not a topic, as on earnings calls). */
function inferred(e: Exchange): string {
  if (!e.inferred) return '';
  return e.askerRole ? ` [inferred — ${e.askerRole}: ${e.topic}]` : ` [inferred — ${e.asker}]`;
}

function pageLineSamples(t: Transcript): string[] {
  const out: string[] = [];
  for (const turn of t.turns) {
    const at = t.pageLines!.at(turn.range.start.line);
    if (at) out.push(`${turn.speaker} at ${at.page}:${at.line}`);
  }
  return out;
}
