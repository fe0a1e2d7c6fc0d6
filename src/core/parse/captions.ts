/**
 * Caption files: WebVTT (`<v Name>` voice tags, `Name:` prefixes) and SRT (numbered cues, `Name:` only where a
 * turn starts). Consecutive cues of one voice form one turn, which keeps the first cue's start time; a cue
 * without a voice continues the turn before it. Files without any speaker give no speakers.
 */
import type { Transcript } from '../model';
import type { Range } from '../position';
import { finishTranscript } from './finish';
import { matchLabel, type LabelMatch } from './labels';
import { emptyMetadata } from './metadataLines';
import { normaliseTimestamp } from './timestamps';
import { TurnBuilder } from './turnBuilder';

const TIMING_RE = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const VOICE_RE = /^((?:<(?!v[\s.])[^>]{0,40}>)*)<v(?:\.[\w.-]+)?\s+([^>]{1,80})>/;
const LEADING_TAGS_RE = /^(?:<[^>]{0,40}>|\{\\[^}]{0,40}\})+/;

export function parseCaptions(lines: readonly string[], format: 'webvtt' | 'srt', encoding: string): Transcript {
  const builder = new TurnBuilder();
  const boilerplate: Range[] = [];
  let currentVoice: string | null = null;
  let inCue = false;
  let skipBlock = false;
  let cueTime: string | null = null;
  let cueStartsTurn = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') {
      // Each cue is a paragraph of its turn.
      if (inCue) builder.blank();
      inCue = false;
      skipBlock = false;
      continue;
    }
    if (skipBlock) continue;
    if (!inCue) {
      if (format === 'webvtt' && /^(WEBVTT|NOTE|STYLE|REGION)\b/.test(trimmed)) {
        skipBlock = true;
        boilerplate.push(wholeLine(lines, i));
        continue;
      }
      const timing = TIMING_RE.exec(line);
      if (timing) {
        inCue = true;
        cueTime = normaliseTimestamp(timing[1]);
        cueStartsTurn = true;
        continue;
      }
      // A cue number or identifier before its timing line.
      continue;
    }
    // A payload line of the current cue.
    const voice = VOICE_RE.exec(line);
    let label: LabelMatch | null = null;
    let labelStart = 0;
    let labelEnd = 0;
    let textStart = 0;
    if (voice) {
      const name = voice[2].trim();
      labelStart = voice[1].length;
      labelEnd = voice[0].length;
      textStart = labelEnd;
      if (name !== currentVoice || builder.turns.length === 0) {
        label = { kind: 'speaker', label: name, name, qualifier: null, start: labelStart, end: labelEnd, textStart, time: cueTime };
      }
    } else {
      const tags = LEADING_TAGS_RE.exec(line);
      const offset = tags ? tags[0].length : 0;
      const prefixed = matchLabel(offset ? line.slice(offset) : line);
      if (prefixed && prefixed.kind !== 'answer') {
        label = { ...prefixed, time: cueTime };
        labelStart = offset + prefixed.start;
        labelEnd = offset + prefixed.end;
        textStart = prefixed.textStart >= 0 ? offset + prefixed.textStart : -1;
      } else {
        textStart = offset;
      }
    }
    if (label) {
      currentVoice = label.name;
      builder.label(i, label, labelStart, labelEnd, textStart, line.trimEnd().length);
    } else {
      // The first payload line of an unlabelled cue opens a turn only when no turn is open yet.
      builder.text(i, Math.max(0, textStart), line.trimEnd().length, cueStartsTurn ? cueTime : null);
    }
    cueStartsTurn = false;
  }
  builder.close();
  return finishTranscript({
    format, encoding, lines, metadata: emptyMetadata(), boilerplate, header: null, sectionStarts: [],
    turns: builder.turns, pageLines: null, frontMatter: null,
  });
}

function wholeLine(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
}
