/**
 * Parses a Markdown transcript again after an edit: remark reads a window of lines from the paragraph of the
 * last labelled turn before the edit, and the walk stops at the second labelled paragraph after the edit, where
 * it meets the earlier parse; the window grows when it holds no such paragraph. Edits that can change the block
 * structure beyond their lines (headings, fences, HTML, lists, quotes, rules) are parsed in full.
 */
import type { Turn } from '../model';
import type { TopicCache } from '../parse/assemble';
import { finishMarkdown, MarkdownWalk, parseMarkdownBlocks, type MarkdownParse } from '../parse/markdown';
import { isBlankLine } from '../parse/markdownChunks';
import { isHostileRun } from '../parse/markdownHostile';
import type { LineEdit } from './textChange';
import { restartTurn, turnWithLabelAt } from './resumePoints';
import { shiftRange, shiftSectionStart, shiftTurn } from './shift';

const STRUCTURAL = /^\s{0,3}(?:#|```|~~~|<|>|[-*+]\s|\d{1,9}[.)]\s|[-*_=]{2,}\s*$)|^\s{4,}\S|^\s*[-*_]\s*[-*_]\s*[-*_]/;
const FIRST_WINDOW = 64;

export function reparseMarkdown(old: MarkdownParse, lines: string[], edit: LineEdit, topics: TopicCache): MarkdownParse | null {
  // Runs read line by line are chosen for the whole document: a full parse chooses them again.
  if (old.walk.readPartsLineByLine) return null;
  if (old.front && edit.start <= old.front.endLine + 1) return null;
  for (const line of edit.removed) if (STRUCTURAL.test(line)) return null;
  for (let i = edit.start; i <= edit.newEnd; i++) if (STRUCTURAL.test(lines[i])) return null;
  const oldTurns = old.turns;
  const firstLabelled = oldTurns.find(t => t.labelRange);
  if (!firstLabelled || edit.start <= firstLabelled.labelRange!.start.line) return null;
  // Restart at a labelled paragraph that a blank line separates from the edit: its bold text cannot reach into it.
  let lastBlank = edit.start - 1;
  while (lastBlank >= 0 && !isBlankLine(lines[lastBlank])) lastBlank--;
  const restart = restartTurn(oldTurns, lines, edit.start, line => line < lastBlank && (line === 0 || isBlankLine(lines[line - 1])));
  if (restart < 0) return null;
  const restartLine = oldTurns[restart].labelRange!.start.line;
  const delta = edit.newEnd - edit.oldEnd;

  for (let span = FIRST_WINDOW; ; span *= 4) {
    let windowEnd = Math.min(lines.length, edit.newEnd + 1 + span);
    while (windowEnd < lines.length && !isBlankLine(lines[windowEnd])) windowEnd++;
    const atEnd = windowEnd >= lines.length;
    if (!atEnd && windowEnd - restartLine > lines.length / 2) return null;
    // The window holds whole paragraphs (blank lines on both sides): if the full parse would read one of them
    // line by line, so must this one.
    if (isHostileRun(lines, { start: restartLine, end: windowEnd })) return null;
    const walk = resumedWalk(old, lines, restart, restartLine);
    const root = parseMarkdownBlocks(lines.slice(restartLine, windowEnd).join('\n'));
    let labelledAfterEdit = 0;
    let resumeOld = -1;
    let stopLine = -1;
    for (const node of root.children) {
      const nodeStart = (node.position?.start.line ?? 1) - 1 + restartLine;
      // A paragraph after a blank line below the edit starts where it started before the edit.
      if (node.type === 'paragraph' && nodeStart - 1 > edit.newEnd && isBlankLine(lines[nodeStart - 1])) {
        const k = turnWithLabelAt(oldTurns, nodeStart - delta);
        if (k >= 0 && ++labelledAfterEdit >= 2) {
          resumeOld = k;
          stopLine = nodeStart;
          break;
        }
      }
      walk.block(node, restartLine);
    }
    if (resumeOld < 0 && !atEnd) continue;
    if (resumeOld >= 0) {
      // The walk meets the old parse only if it knows the same speakers there.
      if (!sameNames(walk.knownSpeakers, paragraphLabelNames(old.walk.lines, oldTurns, resumeOld))) return null;
      walk.builder.close();
      const oldLine = stopLine - delta;
      for (let k = resumeOld; k < oldTurns.length; k++) {
        const moved = shiftTurn(oldTurns[k], delta, walk.builder.turns.length);
        const topic = topics.get(oldTurns[k]);
        if (topic !== undefined && moved !== oldTurns[k]) topics.set(moved, topic);
        walk.builder.turns.push(moved);
      }
      for (const s of old.walk.sectionStarts) if (s.line >= oldLine) walk.sectionStarts.push(shiftSectionStart(s, delta));
      for (const b of old.walk.boilerplate) if (b.start.line >= oldLine) walk.boilerplate.push(shiftRange(b, delta));
    }
    return finishMarkdown(walk, old.front, old.encoding, topics);
  }
}

/** A walk in the state the old one had when it reached the restart turn's paragraph. */
function resumedWalk(old: MarkdownParse, lines: string[], restart: number, restartLine: number): MarkdownWalk {
  const walk = new MarkdownWalk(lines, old.walk.metadata);
  const oldTurns = old.turns;
  walk.speakerHeadings = old.walk.speakerHeadings;
  walk.headerLine = old.walk.headerLine;
  walk.seenText = true;
  for (const name of paragraphLabelNames(old.walk.lines, oldTurns, restart)) walk.knownSpeakers.add(name);
  walk.builder.resumeAfter(oldTurns.slice(0, restart));
  for (const s of old.walk.sectionStarts) if (s.line < restartLine) walk.sectionStarts.push(s);
  for (const b of old.walk.boilerplate) if (b.start.line < restartLine) walk.boilerplate.push(b);
  return walk;
}

/** Names of the turns before `end` whose label stood in a paragraph (not a heading). */
function paragraphLabelNames(lines: readonly string[], turns: readonly Turn[], end: number): Set<string> {
  const names = new Set<string>();
  for (let k = 0; k < end; k++) {
    const turn = turns[k];
    if (turn.labelRange && turn.speaker && !/^\s{0,3}#/.test(lines[turn.labelRange.start.line])) names.add(turn.speaker);
  }
  return names;
}

function sameNames(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const name of a) if (!b.has(name)) return false;
  return true;
}
