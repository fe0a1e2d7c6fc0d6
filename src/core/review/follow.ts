/**
 * Passages follow the edits of their transcript: an edit before a passage moves it, an edit inside
 * it changes its text (and its quote with it), an edit across its edge has it found again by its
 * quote. Linear in the number of passages and changes; the text is searched only for passages an
 * edit cut across (or orphans, whose text an edit may have brought back).
 */
import { AnchorContext, anchorPassage, selectorsFor } from './anchor';
import type { Anchor, Passage } from './types';

/** One replacement, in offsets of the text before it (as VS Code reports `rangeOffset`/`rangeLength`). */
export interface OffsetChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * The anchors after `changes` were applied, in order, giving `newText`. Changes of one VS Code event
 * do not overlap and are applied one after another in the order given.
 */
export function followEdits(anchors: readonly Anchor[], changes: readonly OffsetChange[], newText: string | (() => string)): Anchor[] {
  let text: string | undefined;
  const textNow = () => (text ??= typeof newText === 'string' ? newText : newText());
  const moved: Anchor[] = [];
  const lost: Passage[] = [];
  for (const anchor of anchors) {
    if (anchor.how === 'orphan') {
      lost.push(anchor.passage);
      continue;
    }
    let { start, end } = anchor;
    let edited = false;
    let cut = false;
    for (const c of changes) {
      const changeEnd = c.offset + c.length;
      const delta = c.text.length - c.length;
      if (changeEnd <= start && !(c.length === 0 && c.offset === start && start === end)) {
        start += delta;
        end += delta;
      } else if (c.offset >= end) {
        // After the passage: nothing moves.
      } else if (c.offset >= start && changeEnd <= end) {
        end += delta;
        edited = true;
      } else {
        cut = true;
        break;
      }
    }
    if (cut || end <= start) lost.push(anchor.passage);
    else if (edited) moved.push(refreshed(anchor.passage, textNow(), start, end));
    else moved.push({ passage: withPosition(anchor.passage, start, end), start, end, how: 'position' });
  }
  if (lost.length === 0) return moved;
  const context = new AnchorContext(textNow());
  return [...moved, ...lost.map(p => anchorPassage(context, p))];
}

function withPosition(passage: Passage, start: number, end: number): Passage {
  if (passage.position.start === start && passage.position.end === end) return passage;
  return { ...passage, position: { type: 'TextPositionSelector', start, end } };
}

/** A passage whose text was corrected inside it: its quote becomes the corrected text. */
function refreshed(passage: Passage, text: string, start: number, end: number): Anchor {
  const selectors = selectorsFor(text, start, end);
  return { passage: { ...passage, ...selectors }, start, end, how: 'position' };
}
