/**
 * Markdown transcripts, read through unified + remark-parse: the block structure (paragraphs, headings,
 * separators, code, HTML) comes from the syntax tree; bold labels (`**Name:** text`, `**Name**: text`) come
 * from its `strong` nodes; plain `Name: text` lines inside paragraphs use the shared label rules.
 * remark positions are 1-based (line and column); the model's are 0-based.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Blockquote, Heading, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import type { Transcript } from '../model';
import type { Range } from '../position';
import { isChromeLine } from './boilerplate';
import { finishTranscript } from './finish';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import type { TopicCache } from './assemble';
import { matchAffiliationLine } from './affiliationLabel';
import { firstNonSpace, isPlausibleName, matchLabel, type LabelMatch } from './labels';
import { metadataFromFields, readHeaderLine, readMetadataLine } from './metadataLines';
import { isBlankLine, markdownRuns, type LineRun } from './markdownChunks';
import { clockLine, matchRosterHeading, rosterLineName } from './roster';
import { isHostileRun } from './markdownHostile';
import { LINE_BY_LINE, lineByLineBlocks } from './markdownLineBlocks';
import { lineRange, matchBoldLabelLine } from './plain';
import type { SectionStart } from './sections';
import { isTimestamp, leadingTimestamp, normaliseTimestamp } from './timestamps';
import { TurnBuilder } from './turnBuilder';
import type { TurnRecord } from './turnRecord';

export function parseMarkdown(lines: readonly string[], encoding: string): Transcript {
  return parseMarkdownWithState(lines, encoding).transcript;
}

/** What a Markdown parse leaves behind so that an edit can be parsed again from a block near it. */
export interface MarkdownParse {
  transcript: Transcript;
  /** The transcript's turns as the parser made them. */
  turns: TurnRecord[];
  walk: MarkdownWalk;
  front: FrontMatter | null;
  encoding: string;
}

/** remark-parse, configured once: the processor holds no document state. */
const remark = unified().use(remarkParse).freeze();

export function parseMarkdownBlocks(text: string): Root {
  return remark.parse(text) as Root;
}

export function parseMarkdownWithState(lines: readonly string[], encoding: string, topics?: TopicCache): MarkdownParse {
  const front = readFrontMatter(lines);
  const metadata = metadataFromFields(front ? front.fields : {});
  // remark reads the body after the front matter in runs of lines that start new top-level blocks
  // (see markdownChunks.ts); each run's positions are offset by its first line. A run remark would read far
  // more slowly than ordinary text is read line by line.
  const walk = new MarkdownWalk(lines, metadata);
  const parts = markdownRuns(lines, front ? front.endLine + 1 : 0).map(run => {
    // Blank lines between two quotes make a run of their own: remark's fixed cost per call is not spent on it.
    if (allBlank(lines, run)) return { offset: run.start, root: { type: 'root', children: [] } as Root };
    if (run.quote) return { offset: run.start, root: { type: 'root', children: [quoteBlock(lines, run)] } as Root };
    if (!isHostileRun(lines, run)) return { offset: run.start, root: parseMarkdownBlocks(lines.slice(run.start, run.end).join('\n')) };
    walk.readPartsLineByLine = true;
    return { offset: run.start, root: { type: 'root', children: lineByLineBlocks(lines, run) } as Root };
  });

  walk.speakerHeadings = repeatedHeadings({ type: 'root', children: parts.flatMap(p => p.root.children) });
  for (const part of parts) for (const node of part.root.children) walk.block(node, part.offset);
  return finishMarkdown(walk, front, encoding, topics);
}

function allBlank(lines: readonly string[], run: LineRun): boolean {
  for (let i = run.start; i < run.end; i++) if (!isBlankLine(lines[i])) return false;
  return true;
}

/** A run of `>` lines as the one block quote remark makes of it (positions 1-based from the run's first line). */
function quoteBlock(lines: readonly string[], run: LineRun): Blockquote {
  const last = run.end - 1;
  return {
    type: 'blockquote', children: [],
    position: { start: { line: 1, column: 1 }, end: { line: last - run.start + 1, column: lines[last].length + 1 } },
  };
}

export function finishMarkdown(walk: MarkdownWalk, front: FrontMatter | null, encoding: string, topics?: TopicCache): MarkdownParse {
  const lines = walk.lines;
  walk.closeRoster();
  walk.builder.close();
  // The header runs from the front matter (if any) to the title heading (if any).
  const headerEnd = walk.headerLine >= 0 ? walk.headerLine : front ? front.endLine : -1;
  const header = headerEnd < 0 ? null : { start: { line: front ? 0 : headerEnd, character: 0 }, end: lineRange(lines, headerEnd).end };
  const transcript = finishTranscript({
    format: 'markdown', encoding, lines, metadata: walk.metadata, boilerplate: walk.boilerplate, header,
    sectionStarts: walk.sectionStarts, turns: walk.builder.turns, pageLines: null, frontMatter: front, topics,
    simplified: walk.readPartsLineByLine ? MARKDOWN_PARTS_NOTICE : undefined,
  });
  return { transcript, turns: walk.builder.turns, walk, front, encoding };
}

export const MARKDOWN_PARTS_NOTICE = 'Parts of this Markdown were read line by line, as remark would take far longer on them than on ordinary text ' +
  '(emphasis or links nested deeply, or lines dense in list items or quotes): bold labels and headings are read there, other Markdown structure is not';

/** Walks remark's top-level blocks in document order, feeding the turn builder. */
export class MarkdownWalk {
  readonly builder = new TurnBuilder();
  readonly boilerplate: Range[] = [];
  readonly sectionStarts: SectionStart[] = [];
  speakerHeadings = new Set<string>();
  /** Names already seen in paragraph labels: a heading with one of them introduces that speaker's turn. */
  readonly knownSpeakers = new Set<string>();
  headerLine = -1;
  seenText = false;
  /** A roster heading ended its paragraph: a list or paragraph of names right after it is the roster. */
  private rosterOpen: string | null = null;
  /** A heading before the speech that reads as a roster heading (`## Speakers`): header when names follow it. */
  private rosterHeading: SectionStart | null = null;
  /** Whether some runs were too costly for remark and were read line by line (markdownHostile.ts). */
  readPartsLineByLine = false;

  constructor(readonly lines: readonly string[], readonly metadata: Transcript['metadata']) {}

  /** At the end of the document: a roster heading with nothing after it is an ordinary section. */
  closeRoster(): void {
    if (this.rosterHeading) this.sectionStarts.push(this.rosterHeading);
    this.rosterHeading = null;
    this.rosterOpen = null;
  }

  /** One top-level block; `lineOffset` is added to remark's lines when the tree is of a part of the document. */
  block(node: RootContent, lineOffset: number): void {
    const start = (node.position?.start.line ?? 1) - 1 + lineOffset;
    const end = (node.position?.end.line ?? 1) - 1 + lineOffset;
    this.builder.blank();
    const roster = this.rosterOpen;
    const rosterHeading = this.rosterHeading;
    this.rosterOpen = null;
    this.rosterHeading = null;
    if (roster !== null && (node.type === 'list' || node.type === 'paragraph')) {
      const names = this.nameBlock(start, end);
      if (names) {
        if (rosterHeading) this.boilerplate.push(lineRange(this.lines, rosterHeading.line));
        for (let l = start; l <= end; l++) if (this.lines[l].trim() !== '') this.boilerplate.push(lineRange(this.lines, l));
        this.metadata.extra[roster.toLowerCase()] ??= names.join(', ');
        return;
      }
    }
    // A heading that was not followed by names is an ordinary section.
    if (rosterHeading) this.sectionStarts.push(rosterHeading);
    switch (node.type) {
      case 'heading':
        this.heading(node, start);
        return;
      case 'thematicBreak':
        this.builder.close();
        if (this.seenText) this.sectionStarts.push({ title: '', level: 0, line: start, lineLength: this.lines[start].length });
        return;
      case 'paragraph':
        if (!this.seenText && this.isPreamble(node, start, end)) {
          for (let l = start; l <= end; l++) this.boilerplate.push(lineRange(this.lines, l));
          return;
        }
        this.paragraph(node, start, end, lineOffset);
        return;
      case 'html':
        if (node.value.startsWith('<!--')) return;
        this.plainLines(start, end);
        return;
      case 'definition':
        return;
      default:
        // Lists, quotes, code and tables belong to the turn they stand in.
        this.plainLines(start, end);
    }
  }

  private heading(node: Heading, line: number): void {
    const title = inlineText(node.children).trim();
    const labelled = this.headingLabel(title);
    if (labelled) {
      this.builder.label(line, labelled, 0, this.lines[line].trimEnd().length, -1, 0);
      this.seenText = true;
      return;
    }
    this.builder.close();
    if (!this.seenText && node.depth > 1 && matchRosterHeading(`${title}:`)) {
      this.rosterOpen = title;
      this.rosterHeading = { title, level: node.depth, line, lineLength: this.lines[line].length };
      return;
    }
    // The first top-level heading before any speech is the document's title.
    if (node.depth === 1 && !this.seenText && this.headerLine < 0 && this.sectionStarts.length === 0) {
      this.metadata.title ??= title;
      this.headerLine = line;
      return;
    }
    this.sectionStarts.push({ title, level: node.depth, line, lineLength: this.lines[line].length });
  }

  /** A heading per speaker: a name used as a heading more than once, or a name with a timestamp. */
  private headingLabel(title: string): LabelMatch | null {
    const timed = /^(.{1,60}?)\s*[([]?(\d{1,2}:\d{2}(?::\d{2})?)[)\]]?$/.exec(title);
    const name = timed ? timed[1].trim() : title;
    if (!isPlausibleName(name) || name.split(' ').length > 5) return null;
    if (!timed && !this.speakerHeadings.has(title) && !this.knownSpeakers.has(name)) return null;
    return {
      kind: 'speaker', label: name, name, qualifier: null, start: 0, end: title.length, textStart: -1,
      time: timed ? normaliseTimestamp(timed[2]) : null,
    };
  }

  private paragraph(node: MdParagraph, start: number, end: number, lineOffset: number): void {
    const lineByLine = (node.data as Record<string, unknown> | undefined)?.[LINE_BY_LINE] === true;
    const strongAt = new Map<number, Strong>();
    for (const child of node.children) {
      // The first strong text of a line is the one that can be its label (`**Name:** said **this**`).
      if (child.type === 'strong' && child.position && !strongAt.has(child.position.start.line - 1 + lineOffset)) {
        strongAt.set(child.position.start.line - 1 + lineOffset, child);
      }
    }
    for (let l = start; l <= end; l++) {
      const raw = this.lines[l];
      const first = firstNonSpace(raw);
      if (first < 0) continue;
      const rosterEnd = this.seenText ? -1 : this.rosterLines(l, end);
      if (rosterEnd >= 0) {
        l = rosterEnd;
        continue;
      }
      if (!this.seenText && (readMetadataLine(raw, this.metadata) || (start === end && readHeaderLine(raw, this.metadata)))) {
        this.boilerplate.push(lineRange(this.lines, l));
        continue;
      }
      if (!this.seenText && start === end && clockLine(raw) !== null) {
        this.metadata.time ??= clockLine(raw);
        this.boilerplate.push(lineRange(this.lines, l));
        continue;
      }
      const strong = strongAt.get(l);
      const label = lineByLine ? matchBoldLabelLine(raw) ?? matchLabel(raw)
        : strong && strong.position!.start.column - 1 === first ? boldLabel(raw, strong) : strong ? null : matchLabel(raw);
      if (label) {
        if (label.kind === 'speaker') this.knownSpeakers.add(label.name);
        this.builder.label(l, label, label.start, label.end, label.textStart, raw.trimEnd().length);
        this.seenText = true;
        continue;
      }
      this.textLine(l, raw, first);
    }
  }

  /**
   * A roster heading on line `l` (before any speech): it and the name lines after it in the paragraph are header.
   * Returns the last line of the roster, or -1.
   */
  private rosterLines(l: number, end: number): number {
    const heading = matchRosterHeading(this.lines[l]);
    if (!heading) return -1;
    const names = [...heading.names];
    let last = l;
    this.boilerplate.push(lineRange(this.lines, l));
    while (heading.names.length === 0 && last < end) {
      const name = rosterLineName(this.lines[last + 1]);
      if (name === null) break;
      names.push(name);
      this.boilerplate.push(lineRange(this.lines, ++last));
    }
    if (names.length > 0) this.metadata.extra[heading.heading.toLowerCase()] ??= names.join(', ');
    this.rosterOpen = last === end && heading.names.length === 0 ? heading.heading : null;
    return last;
  }

  /** The names of a block that holds nothing else, or null. */
  private nameBlock(start: number, end: number): string[] | null {
    const names: string[] = [];
    for (let l = start; l <= end; l++) {
      if (this.lines[l].trim() === '') continue;
      const name = rosterLineName(this.lines[l]);
      if (name === null) return null;
      names.push(name);
    }
    return names;
  }

  private plainLines(start: number, end: number): void {
    for (let l = start; l <= end; l++) {
      const raw = this.lines[l];
      const first = firstNonSpace(raw);
      if (first < 0) this.builder.blank();
      else this.textLine(l, raw, first);
    }
  }

  private textLine(l: number, raw: string, first: number): void {
    if (raw.length <= 160 && isChromeLine(raw)) {
      this.builder.close();
      this.boilerplate.push(lineRange(this.lines, l));
      return;
    }
    const trimmed = raw.trim();
    if (isTimestamp(trimmed)) {
      this.builder.time(normaliseTimestamp(trimmed));
      return;
    }
    const stamp = leadingTimestamp(raw);
    this.builder.text(l, stamp ? stamp.end : first, raw.trimEnd().length, stamp ? stamp.time : null);
    this.seenText = true;
  }

  /** Before the speech: a paragraph of links (`[Name](url)`, `slides: <url>`) or a `key: value` line. */
  private isPreamble(node: MdParagraph, start: number, end: number): boolean {
    if (start === end && /^[\p{Ll}][\p{L}\d ]{0,40}:\s+\S+$/u.test(this.lines[start].trim())) return true;
    let links = 0;
    let prose = 0;
    for (const child of node.children) {
      if (child.type === 'link' || child.type === 'image' || child.type === 'html') links++;
      else if (child.type === 'text') prose += child.value.trim().length;
      else prose += 100;
    }
    return links > 0 && prose <= 24;
  }
}

/** `**Name:** text` or `**Name**: text` → a label, when the bold text is a name. */
function boldLabel(raw: string, strong: Strong): LabelMatch | null {
  const inner = inlineText(strong.children).trim();
  const start = strong.position!.start.column - 1;
  let end = strong.position!.end.column - 1;
  let name = inner;
  if (/[:：]$/.test(inner)) {
    name = inner.slice(0, -1).trim();
  } else {
    let i = end;
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\u00a0')) i++;
    if (i >= raw.length) return affiliationLabel(inner, start, end);
    if (raw[i] !== ':' && raw[i] !== '：') return null;
    end = i + 1;
  }
  const match = matchLabel(`${name}: `);
  if (!match || match.start !== 0) return null;
  let textStart = end;
  while (textStart < raw.length && /[\s\u00a0]/.test(raw[textStart])) textStart++;
  return { ...match, start, end, textStart: textStart < raw.length ? textStart : -1 };
}

/** `**Ana Ruiz - Northwind, Investor Relations**` alone on its line: the speaker, her company, the speech below. */
function affiliationLabel(inner: string, start: number, end: number): LabelMatch | null {
  const affiliation = matchAffiliationLine(inner);
  if (!affiliation) return null;
  return {
    kind: 'speaker', label: inner.trim(), name: affiliation.name,
    qualifier: affiliation.qualifier, start, end, textStart: -1, time: null,
  };
}

function inlineText(children: readonly PhrasingContent[]): string {
  let out = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value;
    else if ('children' in child) out += inlineText(child.children as PhrasingContent[]);
  }
  return out;
}

/** Heading texts used more than once: in transcripts with a heading per speaker, names repeat; topics do not. */
function repeatedHeadings(root: Root): Set<string> {
  const counts = new Map<string, number>();
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const title = inlineText(node.children).trim();
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}
