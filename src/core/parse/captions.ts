/**
 * Caption files: WebVTT (`<v Name>` voice tags, `Name:` prefixes) and SRT (numbered cues, `Name:` only where a
 * turn starts). Consecutive cues of one voice form one turn, which keeps the first cue's start time; a cue
 * without a voice continues the turn before it. Files without any speaker give no speakers; they get time
 * sections instead (captionSections.ts). Every cue keeps its own times in `Transcript.cues`.
 */
import type { Transcript } from '../model';
import type { Range } from '../position';
import type { TopicCache } from './assemble';
import { captionTimeSections, isRollingCaptions } from './captionSections';
import { CueRecord, leadingTagsLength, scanCueBlocks, trimmedLength, type CueScan } from './captionCues';
import { finishTranscript } from './finish';
import type { LabelMatch } from './labels';
import { emptyMetadata } from './metadataLines';
import { TurnBuilder } from './turnBuilder';

export type CaptionFormat = 'webvtt' | 'srt';

/** A caption parse with what an edit needs to read only the blocks around it again. */
export interface CaptionParse {
  transcript: Transcript;
  format: CaptionFormat;
  encoding: string;
  cues: CueRecord[];
  boilerplate: Range[];
}

export function parseCaptions(lines: readonly string[], format: CaptionFormat, encoding: string): Transcript {
  return parseCaptionsWithState(lines, format, encoding).transcript;
}

export function parseCaptionsWithState(lines: readonly string[], format: CaptionFormat, encoding: string, topics?: TopicCache): CaptionParse {
  const scan: CueScan = { cues: [], boilerplate: [] };
  scanCueBlocks(lines, format, 0, lines.length, scan);
  return assembleCaptions(lines, format, encoding, scan, topics);
}

/** The transcript of cues already read: turns, time sections, the rolling property. */
export function assembleCaptions(lines: readonly string[], format: CaptionFormat, encoding: string, scan: CueScan, topics?: TopicCache): CaptionParse {
  const turns = buildCaptionTurns(lines, scan.cues);
  const rolling = isRollingCaptions(lines, scan.cues);
  const speakerless = turns.every(turn => turn.label === null);
  const transcript = finishTranscript({
    format, encoding, lines, metadata: emptyMetadata(), boilerplate: scan.boilerplate, header: null,
    sectionStarts: [], turns, pageLines: null, frontMatter: null, topics,
  });
  transcript.cues = scan.cues;
  if (rolling) transcript.rollingCaptions = true;
  if (speakerless) transcript.sections = captionTimeSections(lines, scan.cues, rolling);
  return { transcript, format, encoding, cues: scan.cues, boilerplate: scan.boilerplate };
}

/** Turns from cues: a new voice or a label opens a turn; everything else continues the one before. */
function buildCaptionTurns(lines: readonly string[], cues: readonly CueRecord[]): TurnBuilder['turns'] {
  const builder = new TurnBuilder();
  let currentVoice: string | null = null;
  for (const cue of cues) {
    const marks = cue.marks;
    let next = 0;
    for (let i = cue.firstLine; i <= cue.lastLine; i++) {
      const line = lines[i];
      const mark = marks && next < marks.length && marks[next].line === i ? marks[next++] : null;
      let label: LabelMatch | null = null;
      let textStart: number;
      if (mark?.voice != null) {
        textStart = mark.textStart;
        if (mark.voice !== currentVoice || builder.turns.length === 0) {
          label = { kind: 'speaker', label: mark.voice, name: mark.voice, qualifier: null, start: mark.labelStart, end: mark.labelEnd, textStart, time: cue.start };
        }
      } else if (mark?.match) {
        label = { ...mark.match, time: cue.start };
        textStart = mark.textStart;
      } else {
        textStart = leadingTagsLength(line);
      }
      if (label && mark) {
        currentVoice = label.name;
        builder.label(i, label, mark.labelStart, mark.labelEnd, textStart, trimmedLength(line));
      } else {
        // The first text line of an unlabelled cue opens a turn only when no turn is open yet (at the start: a label
        // closes a turn only to open the next), so its time is written out only then.
        builder.text(i, Math.max(0, textStart), trimmedLength(line), i === cue.firstLine && builder.turns.length === 0 ? cue.start : null);
      }
    }
    // Each cue is a paragraph of its turn.
    builder.blank();
  }
  builder.close();
  return builder.turns;
}
