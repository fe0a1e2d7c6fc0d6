/**
 * A cheap scan of a run of Markdown lines (markdownChunks.ts) for shapes on which remark's work grows faster
 * than the text: emphasis or links nested deeply inside one paragraph (each match splices remark's list of
 * events, so `*a *a … x … a* a*` costs the square of its depth), and lines dense in list items or quote
 * markers (tens of microseconds each, whatever their length). Such a run is read line by line
 * (markdownLineBlocks.ts). The scan is linear and deterministic: the same lines always get the same answer,
 * so an incremental parse and a full one agree.
 */
import { containerDepth, isBlankLine, type LineRun } from './markdownChunks';

/** Emphasis or bracket openers left open inside one paragraph past which remark's work per character climbs. */
export const MAX_INLINE_NESTING = 8;
/**
 * Characters of text per list or quote marker below which a run costs remark over ten times ordinary text
 * (about 70 µs a marker, against about 1.3 µs a character of prose).
 */
const CHARACTERS_PER_CONTAINER = 16;
/** Markers a block may hold however short its lines: a short list is cheap in any case. */
const FREE_CONTAINERS = 8;

/**
 * Whether remark would spend far more on these lines than on ordinary text of their length. Judged block by
 * block (lines between blank lines), so that an edit is judged by the blocks around it alone.
 */
export function isHostileRun(lines: readonly string[], run: LineRun): boolean {
  let characters = 0;
  let containers = 0;
  const nesting = new InlineNesting();
  for (let i = run.start; i <= run.end; i++) {
    const line = i < run.end ? lines[i] : '';
    if (isBlankLine(line)) {
      if (containers > FREE_CONTAINERS && containers * CHARACTERS_PER_CONTAINER > characters) return true;
      characters = 0;
      containers = 0;
      nesting.reset();
      continue;
    }
    characters += line.length + 1;
    containers += containerDepth(line);
    if (nesting.read(line) > MAX_INLINE_NESTING) return true;
  }
  return false;
}

/**
 * Counts openers of emphasis (`*`, `_` runs with text after and none before) and of links and images (`[`),
 * less the closers seen since, across the lines of a paragraph; reports the most seen open at once. Code spans
 * and escapes are not told apart: an overestimate only sends a paragraph to the simpler reading.
 */
class InlineNesting {
  private emphasis = 0;
  private brackets = 0;

  reset(): void {
    this.emphasis = 0;
    this.brackets = 0;
  }

  /** Reads one line of the paragraph; returns the deepest nesting so far on it. */
  read(line: string): number {
    let deepest = Math.max(this.emphasis, this.brackets);
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 92 /* \ */) {
        i++;
      } else if (c === 91 /* [ */) {
        deepest = Math.max(deepest, ++this.brackets);
      } else if (c === 93 /* ] */) {
        if (this.brackets > 0) this.brackets--;
      } else if (c === 42 /* * */ || c === 95 /* _ */) {
        let j = i;
        while (j + 1 < line.length && line.charCodeAt(j + 1) === c) j++;
        const before = i > 0 ? line.charCodeAt(i - 1) : 32;
        const after = j + 1 < line.length ? line.charCodeAt(j + 1) : 32;
        if (!isSpace(after) && (isSpace(before) || isPunctuation(before))) deepest = Math.max(deepest, ++this.emphasis);
        else if (!isSpace(before) && this.emphasis > 0) this.emphasis--;
        i = j;
      }
    }
    return deepest;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

function isPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
