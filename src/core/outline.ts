/**
 * The transcript's structure as a tree for the Outline, breadcrumbs, sticky scroll and Go to Symbol:
 * title, opening statement, sections, exchanges (question + answers) and, where a transcript has no
 * questions, its turns by speaker.
 *
 * Every child's range lies inside its parent's and every selectionRange inside its range: VS Code
 * rejects or misplaces symbols otherwise, so ranges from the model are clamped where they overreach.
 */
import type { Exchange, Section, Transcript, Turn } from './model';
import { turnPreview, type LineReader } from './outlinePreview';
import { comparePositions, type Position, type Range } from './position';
import { findRounds, type Round } from './qa/rounds';

export type OutlineKind = 'title' | 'opening' | 'section' | 'round' | 'exchange' | 'question' | 'answer' | 'turn'
  /** Neighbouring rows of a huge document's outline shown as one (`Q11–Q20`, see outlineBudget.ts). */
  | 'group';

export interface OutlineOptions {
  /** Reads the document's lines: given, turn rows carry the turn's first words after the speaker. */
  turnPreview?: LineReader;
  /**
   * The reviewer's names for speakers, by the label as written (`PRESIDENT LINCOLN` → `Abraham Lincoln`): rows show
   * these instead. Pass the same map for as long as the names stay the same, so that earlier nodes are used again.
   */
  speakerNames?: SpeakerNames;
}

/** Speaker label as written → the name to show; a label not in it is shown as written. */
export type SpeakerNames = ReadonlyMap<string, string>;

/** The name to show for a speaker label. */
function shown(label: string, names: SpeakerNames | undefined): string {
  return names?.get(label) ?? label;
}

/** What a memoized node was built with, besides its turns. */
interface Built {
  preview: boolean;
  names: SpeakerNames | undefined;
}

export interface OutlineNode {
  kind: OutlineKind;
  /** Never empty. */
  name: string;
  /** Shown dimmed after the name; may be empty. */
  detail: string;
  range: Range;
  /** The part revealed and selected when the node is picked: a label or heading, inside `range`. */
  selectionRange: Range;
  children: OutlineNode[];
  /** An exchange's question number. */
  number?: number;
  /** Who speaks a turn row, as named. */
  speaker?: string;
}

/**
 * Nodes of earlier outlines of the same document, by the turns they show. Exchanges and turns an edit did not
 * touch keep their turn objects, so their nodes are used again: typing in a large transcript rebuilds only the
 * few nodes around the edit. Containers (title, sections) are always built anew, since their children change.
 */
export class OutlineMemo {
  readonly exchanges = new WeakMap<Turn, Built & { number: number; answers: readonly Turn[]; topic: string; node: OutlineNode }>();
  readonly turns = new WeakMap<Turn, Built & { kind: OutlineKind; node: OutlineNode }>();
}

export function buildOutline(t: Transcript, memo?: OutlineMemo, options: OutlineOptions = {}): OutlineNode[] {
  const preview = options.turnPreview;
  const names = options.speakerNames?.size ? options.speakerNames : undefined;
  const items: Item[] = [];
  const titleSection = findTitleSection(t);
  if (t.metadata.title && !titleSection) {
    items.push({ node: titleNode(t.metadata.title, t.header), container: false, sectionLevel: null });
  }
  for (const section of t.sections) {
    const kind = section === titleSection ? 'title' : 'section';
    items.push({ node: sectionNode(section, kind), container: true, sectionLevel: section.level });
  }
  for (const round of findRounds(t.exchanges, t.sections)) {
    items.push({ node: roundNode(round, names), container: true, sectionLevel: null });
  }
  const inExchange = new Uint8Array(t.turns.length);
  for (const exchange of t.exchanges) {
    inExchange[exchange.question.index] = 1;
    for (const answer of exchange.answers) inExchange[answer.index] = 1;
    items.push({ node: exchangeNodeOf(exchange, memo, { preview: !!preview, names }, preview), container: false, sectionLevel: null });
  }
  const hasLabels = t.turns.some(turn => turn.label !== null);
  // A caption file without speakers is one unlabelled turn: its time sections are what the outline shows.
  const timeSections = t.sections.some(section => section.time);
  t.turns.forEach((turn, position) => {
    if (inExchange[turn.index] || timeSections) return;
    // The opening is the unlabelled text the transcript starts with (one turn, even when headings
    // split it into several); a file without any label has none.
    const isOpening = position === 0 && turn.label === null && hasLabels;
    items.push({ node: turnNodeOf(turn, isOpening ? 'opening' : 'turn', memo, { preview: !!preview, names }, preview), container: false, sectionLevel: null });
  });
  return nest(items);
}

function exchangeNodeOf(exchange: Exchange, memo: OutlineMemo | undefined, built: Built, preview: LineReader | undefined): OutlineNode {
  const known = memo?.exchanges.get(exchange.question);
  // The topic too: an edit elsewhere can change the transcript's language, and the topic with it.
  if (known && known.number === exchange.number && known.topic === exchange.topic && sameBuild(known, built) &&
    sameTurns(known.answers, exchange.answers)) return known.node;
  const node = exchangeNode(exchange, preview, built.names);
  memo?.exchanges.set(exchange.question, { number: exchange.number, answers: exchange.answers, topic: exchange.topic, ...built, node });
  return node;
}

function turnNodeOf(turn: Turn, kind: 'opening' | 'turn', memo: OutlineMemo | undefined, built: Built, preview: LineReader | undefined): OutlineNode {
  const known = memo?.turns.get(turn);
  if (known && known.kind === kind && sameBuild(known, built)) return known.node;
  const node = turnNode(turn, kind, preview, built.names);
  memo?.turns.set(turn, { kind, ...built, node });
  return node;
}

function sameBuild(a: Built, b: Built): boolean {
  return a.preview === b.preview && a.names === b.names;
}

function sameTurns(a: readonly Turn[], b: readonly Turn[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The display name of whoever speaks a turn (the reviewer's name for them, if given). */
export function speakerName(turn: Turn, names?: SpeakerNames): string {
  // Bare markers (`Q.`, `A:`) read better spelled out; a named asker keeps their name.
  if (turn.isQuestion && (!turn.speaker || QUESTION_MARKER.test(turn.speaker))) return 'Question';
  if (turn.isAnswer && (!turn.speaker || ANSWER_MARKER.test(turn.speaker))) return 'Answer';
  if (turn.speaker) return shown(turn.speaker, names);
  if (turn.label) return turn.label;
  return turn.startTime ?? 'Unattributed';
}

const QUESTION_MARKER = /^\s*(q|question)\s*[.:]?\s*$/i;
const ANSWER_MARKER = /^\s*(a|answer)\s*[.:]?\s*$/i;

/** `Q3 · vaccination passports` */
export function exchangeName(exchange: Exchange): string {
  const topic = exchange.topic.trim();
  return topic ? `Q${exchange.number} · ${topic}` : `Q${exchange.number}`;
}

interface Item {
  node: OutlineNode;
  /** Whether later items starting inside this one become its children. */
  container: boolean;
  /** Heading level for sections (0 for separators), null for everything else. */
  sectionLevel: number | null;
}

/**
 * Places every item under the innermost container that contains its start, in document order.
 * A section only goes under a section of a smaller heading level, and a separator section (level 0)
 * contains no sections, so a `##` after a `###` becomes its sibling even if the model's ranges overlap.
 */
function nest(items: Item[]): OutlineNode[] {
  const sorted = inDocumentOrder(items);
  const roots: OutlineNode[] = [];
  const stack: Item[] = [];
  for (const item of sorted) {
    while (stack.length > 0 && !canHold(stack[stack.length - 1], item)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      // A node that overreaches its parent is clamped on a copy: nodes may be shared with earlier outlines.
      const node = within(item.node.range, parent.node.range) ? item.node : clampedCopy(item.node, parent.node.range);
      parent.node.children.push(node);
    } else {
      roots.push(item.node);
    }
    if (item.container) stack.push(item);
  }
  return roots;
}

/** By start, the wider first, then as listed. Items come as runs already in order (title, sections,
 * exchanges, turns): merging the runs is linear where a sort of a large transcript's outline is not. */
function inDocumentOrder(items: Item[]): Item[] {
  const before = (a: Item, b: Item) => {
    const ra = a.node.range;
    const rb = b.node.range;
    return ra.start.line - rb.start.line || ra.start.character - rb.start.character
      || rb.end.line - ra.end.line || rb.end.character - ra.end.character;
  };
  const runs: Item[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && before(run[run.length - 1], item) <= 0) run.push(item);
    else runs.push([item]);
  }
  if (runs.length > 16) return items.map((item, order) => ({ item, order }))
    .sort((a, b) => before(a.item, b.item) || a.order - b.order).map(x => x.item);
  const heads = runs.map(() => 0);
  const out: Item[] = [];
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      if (heads[r] >= runs[r].length) continue;
      // Strictly earlier wins; on a tie the earlier run (listed first) keeps its place.
      if (best < 0 || before(runs[r][heads[r]], runs[best][heads[best]]) < 0) best = r;
    }
    if (best < 0) return out;
    out.push(runs[best][heads[best]++]);
  }
}

function canHold(parent: Item, child: Item): boolean {
  const start = child.node.range.start;
  const { range } = parent.node;
  if (comparePositions(start, range.start) < 0 || comparePositions(start, range.end) >= 0) return false;
  if (child.sectionLevel === null || parent.sectionLevel === null) return true;
  return parent.sectionLevel > 0 && (child.sectionLevel === 0 || child.sectionLevel > parent.sectionLevel);
}

/** Shrinks a node (and its children) so it lies inside `outer`. */
function within(inner: Range, outer: Range): boolean {
  return comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function clampedCopy(node: OutlineNode, outer: Range): OutlineNode {
  const copy = copyNode(node);
  clampInto(copy, outer);
  return copy;
}

function copyNode(node: OutlineNode): OutlineNode {
  return { ...node, children: node.children.map(copyNode) };
}

function clampInto(node: OutlineNode, outer: Range): void {
  node.range = intersect(node.range, outer);
  node.selectionRange = intersect(node.selectionRange, node.range);
  for (const child of node.children) clampInto(child, node.range);
}

function intersect(inner: Range, outer: Range): Range {
  // Most ranges already lie inside: keep them as they are (outlines of large files have thousands).
  if (comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0 &&
    comparePositions(inner.start, inner.end) <= 0) return inner;
  const start = maxPosition(inner.start, outer.start);
  let end = minPosition(inner.end, outer.end);
  if (comparePositions(end, start) < 0) end = start;
  return { start: minPosition(start, outer.end), end };
}

function maxPosition(a: Position, b: Position): Position {
  return comparePositions(a, b) >= 0 ? a : b;
}

function minPosition(a: Position, b: Position): Position {
  return comparePositions(a, b) <= 0 ? a : b;
}

function findTitleSection(t: Transcript): Section | undefined {
  const title = t.metadata.title?.trim().toLowerCase();
  if (!title) return undefined;
  return t.sections.find(s => s.level === 1 && s.title.trim().toLowerCase() === title);
}

function titleNode(title: string, header: Range | null): OutlineNode {
  // A title from front matter has no header range: it then points at the top of the document.
  const range = header ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // The header may run over several lines (title, date): select its start rather than all of it.
  const selectionRange = { start: range.start, end: range.start };
  return { kind: 'title', name: title.trim() || 'Title', detail: '', range, selectionRange, children: [] };
}

function sectionNode(section: Section, kind: 'title' | 'section'): OutlineNode {
  const range = { start: minPosition(section.range.start, section.headingRange.start), end: section.range.end };
  const node: OutlineNode = {
    kind,
    name: section.title.trim() || (section.level === 0 ? '* * *' : 'Section'),
    detail: '',
    range,
    selectionRange: section.headingRange,
    children: [],
  };
  node.selectionRange = intersect(node.selectionRange, node.range);
  return node;
}

function exchangeNode(exchange: Exchange, preview: LineReader | undefined, names: SpeakerNames | undefined): OutlineNode {
  const question = turnNode(exchange.question, 'question', preview, names);
  const range = spanning(exchange.range, exchange.question.range);
  const node: OutlineNode = {
    kind: 'exchange',
    number: exchange.number,
    name: exchangeName(exchange),
    detail: exchangeDetail(exchange, names),
    range,
    selectionRange: question.selectionRange,
    children: [question, ...exchange.answers.map(answer => turnNode(answer, answer.isQuestion ? 'question' : 'answer', preview, names))],
  };
  clampInto(node, range);
  return node;
}

/**
 * The asker and whom they address: `Jane Roe to both ministers`, or `to both ministers` for an anonymous question.
 * An inferred asker follows a dash (`— Chris Wallace`): the transcript did not mark the question, the reading did.
 */
export function exchangeDetail(exchange: Exchange, names?: SpeakerNames): string {
  const question = exchange.question;
  const parts: string[] = [];
  if (exchange.inferred && exchange.asker) {
    // An analyst's exchange is already named by analyst and firm.
    parts.push(`— ${exchange.askerRole && exchange.topic.startsWith(exchange.asker) ? exchange.askerRole : shown(exchange.asker, names)}`);
  } else if (question.speaker && !QUESTION_MARKER.test(question.speaker)) {
    parts.push(shown(question.speaker, names));
  }
  if (question.addressees.length > 0) parts.push(`to ${joinNames(question.addressees.map(a => shown(a, names)))}`);
  return parts.join(' ');
}

/** A questioner's round: `JUSTICE ALITO` over Q5–Q8. */
function roundNode(round: Round, names: SpeakerNames | undefined): OutlineNode {
  const first = round.exchanges[0];
  const last = round.exchanges[round.exchanges.length - 1];
  const range = { start: first.question.range.start, end: maxPosition(last.range.end, last.question.range.end) };
  const selectionRange = intersect(first.question.labelRange ?? { start: range.start, end: range.start }, range);
  return {
    kind: 'round', name: shown(round.asker, names), detail: `Q${first.number}–Q${last.number}`, range, selectionRange, children: [],
  };
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function turnNode(turn: Turn, kind: 'opening' | 'question' | 'answer' | 'turn', preview?: LineReader, names?: SpeakerNames): OutlineNode {
  const words = preview && kind !== 'opening' ? turnPreview(turn, preview) : null;
  const who = speakerName(turn, names);
  const name = kind === 'opening' ? 'Opening statement' : words ? `${who} — ${words}` : who;
  const details: string[] = [];
  if (kind === 'opening' && turn.speaker) details.push(shown(turn.speaker, names));
  if (turn.qualifier) details.push(turn.qualifier);
  if (turn.startTime && turn.startTime !== name) details.push(turn.startTime);
  const node: OutlineNode = {
    kind, name, detail: details.join(' · '), range: turn.range, selectionRange: turnSelection(turn), children: [],
    speaker: speakerName(turn),
  };
  node.selectionRange = intersect(node.selectionRange, node.range);
  return node;
}

/** The label when there is one; otherwise the start of the turn (its first line can be a whole paragraph). */
function turnSelection(turn: Turn): Range {
  return turn.labelRange ?? { start: turn.range.start, end: turn.range.start };
}

function spanning(a: Range, b: Range): Range {
  return { start: minPosition(a.start, b.start), end: maxPosition(a.end, b.end) };
}
