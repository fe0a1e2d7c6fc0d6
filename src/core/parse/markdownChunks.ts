/**
 * Guards between Markdown and remark. micromark (remark's tokenizer) does quadratic work on two shapes:
 *  - each container it closes (a block quote ended by a blank line, a nested list ended by the next item) makes
 *    it copy its whole list of events so far, so thousands of closes cost thousands of copies of a long list;
 *  - each container opened on a line checks every container already open, so a line 5,000 levels deep
 *    (`- - - ... item`) takes seconds on its own.
 * The first is bounded by giving remark the document in runs of lines that start new top-level blocks anyway
 * (after a blank line, and column-0 bullets and quotes, so that a long list is cut too); the second by reading a
 * file with such a line line by line, as files too large for remark are. Runs that would still cost remark far
 * more than ordinary text (markdownHostile.ts) are read line by line on their own.
 */

/** A run of lines [start, end) that remark can read on its own. */
export interface LineRun {
  start: number;
  end: number;
  /**
   * The run is one block quote: lines that all start with `>` in column 0, after a blank line (or the run's start)
   * and up to the next blank line. remark reads such lines as one quote spanning them, and the walk reads a
   * quote by its lines alone, so it is made without remark: remark spends tens of microseconds on each quote
   * whatever its length (5,000 one-line quotes took 20 times as long as ordinary text of their size).
   */
  quote?: true;
}

/** Lines per run at least: enough that remark's fixed cost per call does not matter. */
const MIN_RUN_LINES = 64;
/** Deeper than this, a line's containers make remark's work per line grow with the square of its depth. */
export const MAX_CONTAINER_DEPTH = 32;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that blank lines do not end (CommonMark kinds 1-5), with what ends each. */
const HTML_BLOCK = /^ {0,3}<(?:(!--)|(script|pre|style|textarea)(?=[\s>]|$)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/i;
/** A bullet with content at column 0: it ends every open block (it interrupts a paragraph) and starts a list item. */
const TOP_LEVEL_BULLET = /^[-*+][ \t]+\S/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * CommonMark's blank line: nothing but spaces and tabs. A line holding a no-break space or U+3000 is not blank
 * (it continues a paragraph), although JavaScript's trim() would empty it: every choice of where remark may
 * start or stop reading uses this one definition.
 */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Where a new run may start at line `i`: a column-0 line after a blank line, or a bullet or quote at column 0. */
function startsTopLevelBlock(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line.length === 0 || line[0] === ' ' || line[0] === '\t') return false;
  if (isBlankLine(lines[i - 1])) return true;
  // A column-0 quote after a quote line, or a bullet after any line, ends what came before whatever it was;
  // the walk reads lists and quotes line by line, so two of them read as one.
  if (line[0] === '>') return lines[i - 1][0] === '>';
  return TOP_LEVEL_BULLET.test(line) && !THEMATIC_BREAK.test(line);
}

/**
 * Splits lines [from, lines.length) at blank lines followed by a line that starts in column 0, outside fenced
 * code and multi-line HTML: there a new top-level block starts whatever came before (a loose list may become
 * two lists, which the walk reads the same). Link reference definitions apply within their run only.
 */
export function markdownRuns(lines: readonly string[], from: number): LineRun[] {
  const runs: LineRun[] = [];
  let start = from;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1].trim()) fence = null;
      continue;
    }
    if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
      continue;
    }
    const quoteEnd = line.charCodeAt(0) === 62 /* > */ && (i === from || isBlankLine(lines[i - 1])) ? quoteBlockEnd(lines, i) : -1;
    if (quoteEnd > 0) {
      if (i > start) runs.push({ start, end: i });
      runs.push({ start: i, end: quoteEnd, quote: true });
      start = quoteEnd;
      i = quoteEnd - 1;
      continue;
    }
    if (i - start >= MIN_RUN_LINES && i > from && startsTopLevelBlock(lines, i)) {
      runs.push({ start, end: i });
      start = i;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    const html = HTML_BLOCK.exec(line);
    if (html) {
      const end = html[1] ? /-->/ : html[2] ? new RegExp(`</${html[2]}>`, 'i') : html[3] ? /\?>/ : html[4] ? /\]\]>/ : />/;
      const rest = line.slice(html.index + html[0].length);
      if (!end.test(rest)) htmlEnd = end;
    }
  }
  if (start < lines.length) runs.push({ start, end: lines.length });
  return runs;
}

/** The end of the block of `>` lines starting at `first` (its first blank line, or the end); -1 if another line comes first. */
function quoteBlockEnd(lines: readonly string[], first: number): number {
  let i = first;
  while (i < lines.length && lines[i].charCodeAt(0) === 62 /* > */) i++;
  return i === lines.length || isBlankLine(lines[i]) ? i : -1;
}

/** The most containers (block quotes, list items, indentation under a list marker) any line opens or continues. */
export function deepestContainers(lines: readonly string[]): number {
  let deepest = 0;
  for (const line of lines) {
    const c = line.charCodeAt(0);
    // Most lines start with a letter: nothing to count.
    if (c !== 32 && c !== 9 && c !== 62 && c !== 45 && c !== 42 && c !== 43 && !(c >= 48 && c <= 57)) continue;
    const depth = containerDepth(line);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Containers (quotes, list markers, indentation under a marker) a line opens or continues. */
export function containerDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (markers === 0) indent = i - start;
    const c = line[i];
    if (c === '>') {
      markers++;
      i++;
      continue;
    }
    let j = i;
    if (c === '-' || c === '*' || c === '+') j++;
    else while (j < line.length && j - i < 9 && line[j] >= '0' && line[j] <= '9') j++;
    if (j > i && (c === '-' || c === '*' || c === '+' || line[j] === '.' || line[j] === ')')) {
      const after = c === '-' || c === '*' || c === '+' ? j : j + 1;
      if (after === line.length || line[after] === ' ' || line[after] === '\t') {
        markers++;
        i = after;
        continue;
      }
    }
    break;
  }
  // A marker indented by 2n columns sits n lists deep.
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}
