/**
 * Rolling auto-captions show each line twice: at the end of one cue and again at the start of the next. A quote
 * of several such cues gives each line once: a repeated line is left out when the line it repeats is quoted too.
 * The document's lines stay as they are; only the quote leaves the repeats out.
 */
import type { Transcript } from '../model';
import type { Range } from '../position';
import { cueIndexAtLine, repeatedLeadingLines } from '../parse/captionSections';

/** The lines in `range` that repeat a line quoted before them (rolling captions only). */
export function rollingRepeats(transcript: Transcript, lines: readonly string[], range: Range): Set<number> {
  const repeats = new Set<number>();
  const cues = transcript.cues;
  if (!transcript.rollingCaptions || !cues || range.end.line <= range.start.line) return repeats;
  let k = Math.max(0, cueIndexAtLine(cues, range.start.line));
  let previous = k > 0 ? cues[k - 1] : null;
  for (; k < cues.length && cues[k].timingLine <= range.end.line; k++) {
    const cue = cues[k];
    if (cue.lastLine < cue.firstLine) continue;
    const count = previous ? repeatedLeadingLines(lines, previous, cue) : 0;
    for (let j = 0; previous && j < count; j++) {
      const original = previous.lastLine - count + 1 + j;
      if (original >= range.start.line) repeats.add(cue.firstLine + j);
    }
    previous = cue;
  }
  return repeats;
}
