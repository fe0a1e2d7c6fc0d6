/**
 * The line-by-line reading of a run of Markdown that remark would read too slowly (markdownHostile.ts): blocks
 * made from each line's first characters, in remark's shape, so that the one walk (markdown.ts) reads them.
 * ATX headings, rules, fenced code, lists and quotes are told apart; the other lines form paragraphs whose
 * labels are read from the line (`**Name:** text`, `Name: text`), not from emphasis. Linear in the text.
 */
import type { Code, Heading, Paragraph, RootContent, Blockquote, ThematicBreak } from 'mdast';
import { containerDepth, isBlankLine, type LineRun } from './markdownChunks';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENTED = /^(?: {4}|\t)/;

/** Marks a paragraph made line by line: its labels are read from the text, as it has no emphasis nodes. */
export const LINE_BY_LINE = 'lineByLine';

/** The blocks of lines [run.start, run.end), positioned (1-based, as remark's) from the run's first line. */
export function lineByLineBlocks(lines: readonly string[], run: LineRun): RootContent[] {
  const blocks: RootContent[] = [];
  const at = (first: number, last: number) => ({
    start: { line: first - run.start + 1, column: 1 },
    end: { line: last - run.start + 1, column: lines[last].length + 1 },
  });
  let i = run.start;
  while (i < run.end) {
    const line = lines[i];
    if (isBlankLine(line)) {
      i++;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const node: Heading = { type: 'heading', depth: heading[1].length as Heading['depth'], children: [{ type: 'text', value: plainInline(heading[2] ?? '') }], position: at(i, i) };
      blocks.push(node);
      i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      const node: ThematicBreak = { type: 'thematicBreak', position: at(i, i) };
      blocks.push(node);
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      let end = i + 1;
      while (end < run.end && !closesFence(lines[end], fence[1])) end++;
      const last = Math.min(end, run.end - 1);
      const node: Code = { type: 'code', value: '', position: at(i, last) };
      blocks.push(node);
      i = last + 1;
      continue;
    }
    if (containerDepth(line) > 0 || INDENTED.test(line)) {
      // Lists, quotes and indented code: the walk reads them as lines of the turn they stand in.
      let end = i + 1;
      while (end < run.end && !isBlankLine(lines[end]) && (containerDepth(lines[end]) > 0 || INDENTED.test(lines[end]))) end++;
      const node: Blockquote = { type: 'blockquote', children: [], position: at(i, end - 1) };
      blocks.push(node);
      i = end;
      continue;
    }
    let end = i + 1;
    while (end < run.end && continuesParagraph(lines[end])) end++;
    const node: Paragraph = { type: 'paragraph', children: [], data: { [LINE_BY_LINE]: true } as Paragraph['data'], position: at(i, end - 1) };
    blocks.push(node);
    i = end;
  }
  return blocks;
}

function continuesParagraph(line: string): boolean {
  return !isBlankLine(line) && !ATX_HEADING.test(line) && !THEMATIC_BREAK.test(line) && !FENCE.test(line) && containerDepth(line) === 0;
}

function closesFence(line: string, opening: string): boolean {
  const close = FENCE.exec(line);
  return close !== null && close[1][0] === opening[0] && close[1].length >= opening.length && line.trim() === close[1];
}

/** Heading text without its emphasis and code marks, as remark's text nodes would give it. */
function plainInline(text: string): string {
  return text.replace(/[*_`]+/g, '');
}
