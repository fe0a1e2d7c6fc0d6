/**
 * What a caption file's cues say as a whole: whether they roll (auto-captions repeat each cue's last line as the
 * next cue's first), and, for a file without speakers, time sections to find one's way by (one per five minutes
 * of recording, titled with their time span and first words).
 */
import type { Cue, Section } from '../model';
import type { CueRecord } from './captionCues';

/** Caption markup: tags (`<i>`, `<c>`, `<00:00:01.500>`) and SubRip styling (`{\\an8}`). */
const TAG_RE = /<[^>]*>|\{\\[^}]*\}/g;
/** Length of a time section, in milliseconds. */
export const TIME_SECTION_MS = 5 * 60 * 1000;
/** Words of the section's first cue shown after its time span. */
const TITLE_WORDS = 6;
/** Cues roll when at least this share of the pairs of consecutive cues with text repeat a line... */
const ROLLING_SHARE = 0.5;
/** ...and at least this many do (a short file of repeated `[Music]` cues is not auto-captions). */
const ROLLING_MIN_PAIRS = 4;
/** Pairs of consecutive cues with text read to tell. */
const ROLLING_SAMPLE = 500;

/** Whether the cues roll: most cues start with the line the cue before them ended with. The first
 * ROLLING_SAMPLE pairs of cues tell (the rest are read the same way), which keeps a keystroke's work small. */
export function isRollingCaptions(lines: readonly string[], cues: readonly Cue[]): boolean {
  let pairs = 0;
  let repeats = 0;
  let previous: Cue | null = null;
  for (const cue of cues) {
    if (pairs >= ROLLING_SAMPLE) break;
    if (cue.lastLine < cue.firstLine) continue;
    if (previous) {
      pairs++;
      if (sameText(lines[previous.lastLine], lines[cue.firstLine])) repeats++;
    }
    previous = cue;
  }
  return repeats >= ROLLING_MIN_PAIRS && repeats >= pairs * ROLLING_SHARE;
}

/** Whether two caption lines say the same, ignoring white space at their ends and tags (YouTube's WebVTT times
 * each word the first time a line is shown: `the<00:00:00.320><c> following</c>`, then shows it plainly). */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.indexOf('<') >= 0 || b.indexOf('<') >= 0) return a.replace(TAG_RE, '').trim() === b.replace(TAG_RE, '').trim();
  return a.trim() === b.trim();
}

/**
 * How many of `cue`'s first text lines repeat the last lines of `previous` (rolling captions show a line again
 * in the next cue): 0 when none do.
 */
export function repeatedLeadingLines(lines: readonly string[], previous: Cue, cue: Cue): number {
  const previousCount = previous.lastLine - previous.firstLine + 1;
  const count = cue.lastLine - cue.firstLine + 1;
  for (let k = Math.min(previousCount, count); k > 0; k--) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = sameText(lines[previous.lastLine - k + 1 + j], lines[cue.firstLine + j]);
    if (same) return k;
  }
  return 0;
}

/** The cue holding `line`, else the last cue before it; null before the first cue. Cues are in document order. */
export function cueAtLine(cues: readonly Cue[], line: number): Cue | null {
  const index = cueIndexAtLine(cues, line);
  return index >= 0 ? cues[index] : null;
}

/** The index of `cueAtLine`'s cue, or -1. */
export function cueIndexAtLine(cues: readonly Cue[], line: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].timingLine <= line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Milliseconds as `HH:MM:SS` (seconds cut, not rounded, as a cue's start is cited). */
export function msToClock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** One section per five minutes of recording that has cues, from the first cue starting in it. */
export function captionTimeSections(lines: readonly string[], cues: readonly CueRecord[], rolling: boolean): Section[] {
  const starts: number[] = [];
  let window = -1;
  let lastEnd = 0;
  cues.forEach((cue, k) => {
    lastEnd = Math.max(lastEnd, cue.endMs);
    if (cue.lastLine < cue.firstLine) return;
    const at = Math.floor(cue.startMs / TIME_SECTION_MS);
    if (at > window) {
      window = at;
      starts.push(k);
    }
  });
  return starts.map((k, s) => {
    const first = cues[k];
    const last = cues[(s + 1 < starts.length ? starts[s + 1] : cues.length) - 1];
    const from = Math.floor(first.startMs / TIME_SECTION_MS) * TIME_SECTION_MS;
    const to = Math.max(from, Math.min(from + TIME_SECTION_MS, lastEnd));
    const time = { start: msToClock(from), end: msToClock(to) };
    const words = firstWords(lines, cues, k, rolling);
    const endLine = Math.max(last.lastLine, last.timingLine);
    return {
      title: words ? `${time.start}–${time.end} · ${words}` : `${time.start}–${time.end}`,
      level: 1,
      range: { start: { line: first.timingLine, character: 0 }, end: { line: endLine, character: lines[endLine].length } },
      headingRange: { start: { line: first.timingLine, character: 0 }, end: { line: first.timingLine, character: lines[first.timingLine].length } },
      time,
    };
  });
}

/** The first words said from cue `k` on (for rolling captions, not the line repeated from the cue before). */
function firstWords(lines: readonly string[], cues: readonly Cue[], k: number, rolling: boolean): string {
  const words: string[] = [];
  for (let c = k; c < cues.length && c < k + 4 && words.length <= TITLE_WORDS; c++) {
    const cue = cues[c];
    const skip = rolling && c > 0 ? repeatedLeadingLines(lines, cues[c - 1], cue) : 0;
    for (let i = cue.firstLine + skip; i <= cue.lastLine && words.length <= TITLE_WORDS; i++) {
      words.push(...lines[i].replace(TAG_RE, ' ').split(/\s+/).filter(w => w !== ''));
    }
  }
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : words.join(' ');
}
