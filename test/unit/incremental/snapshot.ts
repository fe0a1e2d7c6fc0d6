/**
 * Everything a transcript model says, as plain data: two models are the same when their snapshots are.
 */
import type { Transcript } from '../../../src/core/model';

export function modelSnapshot(t: Transcript): unknown {
  return JSON.parse(JSON.stringify({
    format: t.format,
    metadata: t.metadata,
    header: t.header,
    boilerplate: t.boilerplate,
    sections: t.sections,
    turns: t.turns,
    exchanges: t.exchanges.map(e => ({
      number: e.number, topic: e.topic, question: e.question.index, answers: e.answers.map(a => a.index), range: e.range,
    })),
    speakers: t.speakers,
    lineCount: t.lineCount,
    cues: t.cues,
    rollingCaptions: t.rollingCaptions,
  }));
}
