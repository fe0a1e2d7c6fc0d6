/**
 * Reads a caption file again after an edit: only the blocks of lines (cues) around the edit are read, the cues
 * before and after are kept (moved by the lines the edit added or removed), and the turns and sections are put
 * together again from the cues, which reads no line with a regular expression. The result equals a full parse
 * (a property test checks it on real caption files).
 */
import type { TopicCache } from '../parse/assemble';
import { assembleCaptions, type CaptionParse } from '../parse/captions';
import { isBlankLine, isTimingLine, scanCueBlocks, type CueScan } from '../parse/captionCues';
import { cueIndexAtLine } from '../parse/captionSections';
import { shiftRange } from './shift';
import type { LineEdit } from './textChange';

export function reparseCaptions(old: CaptionParse, lines: string[], edit: LineEdit, topics: TopicCache): CaptionParse | null {
  const delta = edit.newEnd - edit.oldEnd;
  // From the block before the edited one: a block without timing reads as the text of a cue just before it.
  let start = previousBlockStart(lines, blockStart(lines, edit.start));
  // A cue before that whose text lies after a blank line (in the region) is read again with it.
  for (let k = cueIndexAtLine(old.cues, start - 1); k >= 0 && old.cues[k].lastLine >= start; k = cueIndexAtLine(old.cues, start - 1)) {
    start = blockStart(lines, old.cues[k].timingLine);
  }
  // To the end of the block after the edited one, and further while a block ends with a timing line (its cue's
  // text may be the next block).
  let end = nextBlockEnd(lines, blockEnd(lines, edit.newEnd));
  while (end < lines.length && isTimingLine(lines[end - 1])) end = nextBlockEnd(lines, end);
  const oldEnd = end - delta;
  if (oldEnd <= edit.oldEnd) return null;
  // An earlier cue running over the end of the region (its text after a blank line) would be cut: read it all.
  const last = cueIndexAtLine(old.cues, oldEnd - 1);
  if (last >= 0 && old.cues[last].lastLine >= oldEnd) return null;

  const scan: CueScan = {
    cues: old.cues.filter(cue => cue.timingLine < start),
    boilerplate: old.boilerplate.filter(range => range.start.line < start),
  };
  scanCueBlocks(lines, old.format, start, end, scan);
  for (let k = Math.max(0, last + 1); k < old.cues.length; k++) {
    if (old.cues[k].timingLine >= oldEnd) scan.cues.push(old.cues[k].moved(delta));
  }
  for (const range of old.boilerplate) if (range.start.line >= oldEnd) scan.boilerplate.push(shiftRange(range, delta));
  return assembleCaptions(lines, old.format, old.encoding, scan, topics);
}

/** The first line of the block (run of non-blank lines) holding `line`. */
function blockStart(lines: readonly string[], line: number): number {
  let at = Math.min(line, lines.length - 1);
  while (at > 0 && !isBlankLine(lines[at - 1])) at--;
  return Math.max(0, at);
}

/** The first line of the block before the one starting at `start` (or `start` when there is none). */
function previousBlockStart(lines: readonly string[], start: number): number {
  let at = start - 1;
  while (at >= 0 && isBlankLine(lines[at])) at--;
  return at < 0 ? start : blockStart(lines, at);
}

/** The blank line ending the block holding `line` (or the line itself when blank), or the end of the text. */
function blockEnd(lines: readonly string[], line: number): number {
  let at = line;
  while (at < lines.length && !isBlankLine(lines[at])) at++;
  return at;
}

/** The blank line ending the block after `at` (a blank line or the end). */
function nextBlockEnd(lines: readonly string[], at: number): number {
  let next = at;
  while (next < lines.length && isBlankLine(lines[next])) next++;
  return blockEnd(lines, next);
}
