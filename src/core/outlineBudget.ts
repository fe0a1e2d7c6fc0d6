/**
 * An outline small enough for VS Code to carry. Every symbol of a document travels from the extension host to
 * the workbench on each request (the Outline view, breadcrumbs, sticky scroll and Go to Symbol each ask), and
 * the extension host's thread is busy while it is converted and serialised: a 10 MB transcript has about
 * 10,500 outline rows (each exchange with its question and answers under it), where VS Code's own Markdown
 * Outline sends 652 headings for the same bytes, and 31,000 rows kept the host busy long enough for VS Code to
 * report it unresponsive. The Outline view shows a few dozen rows at a time, breadcrumbs and sticky scroll a
 * few, so a huge document gets a lighter tree:
 *
 * 1. up to the budget, the outline as it is (every ordinary transcript, a 1 MB hearing included);
 * 2. over it, exchanges without their turn rows: `Q12 · topic` stays, its question and answers go;
 * 3. still over it, runs of neighbouring rows are grouped: `Q1–Q10`, `Q11–Q20` ... with their topics as the
 *    detail (or, for turns, the lines they span and who speaks), by tens, hundreds or thousands, the smallest
 *    that fits. Each group row reveals its first row
 *    and spans all of them, so the Outline still follows the cursor and every place is reached through it.
 *
 * Sections, titles and rounds always stay. Nodes are never changed (they are shared with earlier outlines):
 * shortened ones are copies, kept in `LightOutlineMemo` so that an unchanged exchange gives the same copy.
 */
import type { OutlineNode } from './outline';

/** About three times the headings VS Code's Markdown Outline sends for 10 MB, and above a 1 MB transcript's 1,056 rows. */
export const OUTLINE_SYMBOL_BUDGET = 2000;

/** How the outline was lightened: `full` is the outline as built. */
export type OutlineDetail = 'full' | 'without-turns' | 'grouped';

export interface BoundedOutline {
  nodes: OutlineNode[];
  detail: OutlineDetail;
}

/** Copies of exchanges without their turn rows, by the node they copy. */
export class LightOutlineMemo {
  readonly withoutTurns = new WeakMap<OutlineNode, OutlineNode>();
}

export function boundOutline(roots: OutlineNode[], budget = OUTLINE_SYMBOL_BUDGET, memo = new LightOutlineMemo()): BoundedOutline {
  if (countNodes(roots) <= budget) return { nodes: roots, detail: 'full' };
  const light = roots.map(node => withoutTurns(node, memo));
  if (countNodes(light) <= budget) return { nodes: light, detail: 'without-turns' };
  let size = 10;
  while (countGrouped(light, size) > budget && size < Number.MAX_SAFE_INTEGER / 10) size *= 10;
  return { nodes: grouped(light, size), detail: 'grouped' };
}

export function countNodes(nodes: readonly OutlineNode[]): number {
  let n = nodes.length;
  for (const node of nodes) n += countNodes(node.children);
  return n;
}

/** Exchanges lose their question and answer rows; containers keep their children, lightened the same way. */
function withoutTurns(node: OutlineNode, memo: LightOutlineMemo): OutlineNode {
  if (node.kind === 'exchange') {
    if (node.children.length === 0) return node;
    let copy = memo.withoutTurns.get(node);
    if (!copy) {
      copy = { ...node, children: [] };
      memo.withoutTurns.set(node, copy);
    }
    return copy;
  }
  if (node.children.length === 0) return node;
  return { ...node, children: node.children.map(child => withoutTurns(child, memo)) };
}

/** Rows that may be grouped: those without children of their own (exchanges and turns, once lightened). */
const groupable = (node: OutlineNode) => node.children.length === 0 && node.kind !== 'title' && node.kind !== 'section' && node.kind !== 'round';

/** Exchanges are grouped with exchanges only, so that `Q11–Q20` holds exactly those ten. */
const isExchange = (node: OutlineNode) => node.number !== undefined;

/** How many nodes `grouped(nodes, size)` gives, without building them. */
function countGrouped(nodes: readonly OutlineNode[], size: number): number {
  let n = 0;
  let run = 0;
  const endRun = () => {
    n += run <= 1 ? run : Math.ceil(run / size);
    run = 0;
  };
  let runKind = false;
  for (const node of nodes) {
    if (groupable(node)) {
      if (run > 0 && isExchange(node) !== runKind) endRun();
      runKind = isExchange(node);
      run++;
      continue;
    }
    endRun();
    n += 1 + countGrouped(node.children, size);
  }
  endRun();
  return n;
}

function grouped(nodes: readonly OutlineNode[], size: number): OutlineNode[] {
  const out: OutlineNode[] = [];
  let run: OutlineNode[] = [];
  const endRun = () => {
    if (run.length <= 1) out.push(...run);
    else for (let i = 0; i < run.length; i += size) out.push(groupNode(run.slice(i, i + size)));
    run = [];
  };
  for (const node of nodes) {
    if (groupable(node)) {
      if (run.length > 0 && isExchange(node) !== isExchange(run[0])) endRun();
      run.push(node);
      continue;
    }
    endRun();
    out.push(node.children.length === 0 ? node : { ...node, children: grouped(node.children, size) });
  }
  endRun();
  return out;
}

/** One row for neighbouring rows: `Q11–Q20` when they hold questions, else the lines they span. */
function groupNode(rows: OutlineNode[]): OutlineNode {
  if (rows.length === 1) return rows[0];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const range = { start: first.range.start, end: last.range.end };
  const numbers = rows.filter(row => row.number !== undefined).map(row => row.number as number);
  const name = numbers.length > 0
    ? `Q${numbers[0]}–Q${numbers[numbers.length - 1]}`
    : `Lines ${range.start.line + 1}–${range.end.line + 1}`;
  return { kind: 'group', name, detail: groupDetail(rows, numbers.length), range, selectionRange: first.selectionRange, children: [] };
}

/** Longest detail of a group row: the Outline view shows a line, not a paragraph. */
const DETAIL_CHARACTERS = 80;

/** The questions' topics (`Open Skies Treaty · vaccination passport …`), or `12 turns · Anna Berg, Tom Lee and 3 more`. */
function groupDetail(rows: OutlineNode[], questions: number): string {
  if (questions > 0) {
    const topics = rows.filter(row => row.number !== undefined).map(row => row.name.replace(/^Q\d+( · )?/, '')).filter(topic => topic !== '').join(' · ');
    if (topics === '') return `${questions} questions`;
    return topics.length <= DETAIL_CHARACTERS ? topics : `${topics.slice(0, DETAIL_CHARACTERS - 1).trimEnd()}…`;
  }
  const speakers = [...new Set(rows.map(row => row.speaker).filter((s): s is string => !!s))];
  const names = speakers.length <= 3 ? speakers.join(', ') : `${speakers.slice(0, 2).join(', ')} and ${speakers.length - 2} more`;
  return names ? `${rows.length} turns · ${names}` : `${rows.length} turns`;
}
