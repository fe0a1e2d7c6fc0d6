/**
 * Plain-text transcripts, court transcripts with line numbers included.
 */
import type { Metadata, Transcript } from '../model';
import type { Range } from '../position';
import { isExaminationHeading } from '../conventions';
import { isChromeLine } from './boilerplate';
import { detectCourtLayout, type CourtLayout } from './court';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { headerWithMarkers, readCourtHeader, readPlainHeader } from './header';
import { matchRosterHeading, readHeaderMarkers } from './roster';
import { firstNonSpace, matchLabel, trimmedLength, type LabelMatch, type LabelMemo } from './labels';
import { finishTranscript } from './finish';
import type { TopicCache } from './assemble';
import { isSeparator, type SectionStart } from './sections';
import { isTimestamp, leadingTimestamp, normaliseTimestamp } from './timestamps';
import { TurnBuilder } from './turnBuilder';
import type { TurnRecord } from './turnRecord';
import { metadataFromFields, readMetadataLine } from './metadataLines';
import { detectNameLineLayout, layoutNameLine } from './nameLines';

const HEADING_RE = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;

export function parsePlain(lines: readonly string[], encoding: string): Transcript {
  return parsePlainWithState(lines, encoding).transcript;
}

/** What a plain parse leaves behind so that an edit can be parsed again from a turn near it. */
export interface PlainParse {
  transcript: Transcript;
  /** The transcript's turns as the parser made them. */
  turns: TurnRecord[];
  context: PlainContext;
  /** Sections and boilerplate found by the line scan (the header's chrome included). */
  sectionStarts: SectionStart[];
  boilerplate: Range[];
}

export interface PlainContext {
  lines: readonly string[];
  encoding: string;
  court: CourtLayout | null;
  front: FrontMatter | null;
  metadata: Metadata;
  headerRange: Range | null;
  /** First line after the header, and the first labelled line. */
  from: number;
  firstLabel: number;
  bodyStart: number;
  chrome: Set<number>;
  /** A Markdown file too large for remark, read line by line: `**Name:**` labels are taken from the line. */
  markdownLines: boolean;
  /** Names in capitals alone on their line after a separator, throughout the document (./nameLines.ts). */
  nameLines: boolean;
}

export function parsePlainWithState(lines: readonly string[], encoding: string, topics?: TopicCache, markdownLines = false): PlainParse {
  const context = plainContext(lines, encoding, markdownLines);
  const scan = new PlainScanner(context, new TurnBuilder(), [], [], false);
  scan.run(context.bodyStart, lines.length);
  return finishPlain(context, scan, topics);
}

export function finishPlain(context: PlainContext, scan: PlainScanner, topics?: TopicCache): PlainParse {
  scan.builder.close();
  const transcript = finishTranscript({
    topics,
    format: context.markdownLines ? 'markdown' : 'plain', encoding: context.encoding, lines: context.lines, metadata: context.metadata,
    simplified: context.markdownLines ? MARKDOWN_LINES_NOTICE : undefined,
    boilerplate: scan.boilerplate, header: context.headerRange, sectionStarts: scan.sectionStarts,
    turns: scan.builder.turns, pageLines: context.court ? context.court.pageLines : null, frontMatter: context.front,
  });
  return { transcript, turns: scan.builder.turns, context, sectionStarts: scan.sectionStarts, boilerplate: scan.boilerplate };
}

/** Everything decided once per document: court layout, front matter, header, the first label. */
export function plainContext(lines: readonly string[], encoding: string, markdownLines = false): PlainContext {
  const court = markdownLines ? null : detectCourtLayout(lines);
  const content = (i: number) => contentOf(lines, court, i);
  const front = readFrontMatter(lines);
  const metadata = metadataFromFields(front ? front.fields : {});
  const bodyStart = front ? front.endLine + 1 : 0;

  // The header sits before the first labelled line.
  const nameLines = !markdownLines && detectNameLineLayout(lines.length, content);
  const labelAt = markdownLines ? (text: string) => matchBoldLabelLine(text) ?? matchLabel(text) : matchLabel;
  // A roster heading (`WITNESSES:`) reads like a label but names who takes part: it is header, not a speaker.
  let firstLabel = bodyStart;
  while (firstLabel < lines.length && (matchRosterHeading(content(firstLabel)) !== null ||
    (labelAt(content(firstLabel)) === null && !(nameLines && layoutNameLine(content, firstLabel))))) firstLabel++;
  const markers = court ? null : readHeaderMarkers(content, bodyStart, firstLabel);
  // A deposition's first `EXAMINATION` ends its caption: the questions below it are counsel's.
  let courtHeaderEnd = bodyStart;
  while (court && courtHeaderEnd < firstLabel && !isExaminationHeading(content(courtHeaderEnd))) courtHeaderEnd++;
  const plainHeader = court ? readCourtHeader(content, bodyStart, courtHeaderEnd) : readPlainHeader(lines.length, content, bodyStart, markers ? markers.firstLine : firstLabel);
  const header = markers ? headerWithMarkers(plainHeader, markers, content, bodyStart) : plainHeader;
  for (const roster of markers ? markers.rosters : []) {
    if (roster.names.length > 0) metadata.extra[roster.heading.toLowerCase()] ??= roster.names.join(', ');
  }
  let headerRange: Range | null = front ? { start: { line: 0, character: 0 }, end: lineRange(lines, front.endLine).end } : null;
  let from = bodyStart;
  if (header) {
    metadata.title ??= header.title;
    metadata.date ??= header.date;
    metadata.time ??= header.time;
    metadata.place ??= header.place;
    metadata.publisher ??= header.publisher;
    if (header.lastLine >= 0) {
      headerRange = { start: { line: front ? 0 : header.firstLine, character: 0 }, end: lineRange(lines, header.lastLine).end };
      from = header.lastLine + 1;
    }
    for (const line of header.chromeLines) from = Math.max(from, line + 1);
  }
  return {
    lines, encoding, court, front, metadata, headerRange, from, firstLabel, bodyStart, markdownLines, nameLines,
    chrome: new Set(header ? header.chromeLines : []),
  };
}

function contentOf(lines: readonly string[], court: CourtLayout | null, i: number): string {
  const start = court ? court.contentStart[i] : 0;
  return start < 0 ? '' : start === 0 ? lines[i] : lines[i].slice(start);
}

/** The line-by-line state machine of plain transcripts; it can start again at any labelled line. */
export class PlainScanner {
  private readonly labelMemo: LabelMemo = new Map();
  /** A line that continues a court heading (`ON BEHALF OF THE PETITIONERS`): part of its title, not speech. */
  private headingContinuation = -1;

  constructor(
    readonly context: PlainContext,
    readonly builder: TurnBuilder,
    readonly sectionStarts: SectionStart[],
    readonly boilerplate: Range[],
    private seenTurn: boolean,
  ) {
    // Court transcripts open with a caption and appearances, not speech.
    builder.allowUnlabelled = seenTurn || !context.court;
  }

  /** A line's text without its court line number. */
  private readonly content = (line: number): string => contentOf(this.context.lines, this.context.court, line);

  /** The next line after `line` with text on it (court layout considered), or -1. */
  private nextContentLine(line: number): number {
    const { lines, court } = this.context;
    for (let j = line + 1; j < Math.min(lines.length, line + 6); j++) {
      if (court && court.furniture[j]) continue;
      if (contentOf(lines, court, j).trim() !== '') return j;
    }
    return -1;
  }

  /** Scans lines [from, to); `stop(line)` is asked at each labelled line and ends the scan there when true. */
  run(from: number, to: number, stop?: (line: number) => boolean): number {
    const { lines, court, chrome } = this.context;
    const builder = this.builder;
    for (let i = from; i < to; i++) {
      if (i < this.context.from) {
        if (chrome.has(i)) this.boilerplate.push(lineRange(lines, i));
        continue;
      }
      if (court && court.furniture[i]) {
        this.boilerplate.push(lineRange(lines, i));
        continue;
      }
      if (i === this.headingContinuation) continue;
      const offset = court ? court.contentStart[i] : 0;
      const text = offset <= 0 ? (offset < 0 ? '' : lines[i]) : lines[i].slice(offset);
      const first = offset < 0 ? -1 : firstNonSpace(text);
      if (first < 0) {
        builder.blank();
        continue;
      }
      const label = this.context.markdownLines ? matchBoldLabelLine(text) ?? matchLabel(text, this.labelMemo)
        : matchLabel(text, this.labelMemo) ?? (this.context.nameLines ? layoutNameLine(this.content, i) : null);
      if (label) {
        if (stop && stop(i)) return i;
        this.seenTurn = true;
        builder.label(i, label, offset + label.start, offset + label.end,
          label.textStart >= 0 ? offset + label.textStart : -1, trimmedLength(lines[i]));
        builder.allowUnlabelled = true;
        continue;
      }
      if (text.length <= 160 && this.shortLine(i, text)) continue;
      const stamp = leadingTimestamp(text);
      const start = offset + (stamp ? stamp.end : first);
      builder.text(i, start, trimmedLength(lines[i]), stamp ? stamp.time : null);
    }
    return to;
  }

  /** Chrome, separators, headings, metadata and lone timestamps: true when the line was one of them. */
  private shortLine(i: number, text: string): boolean {
    const { lines, metadata } = this.context;
    const builder = this.builder;
    if ((this.context.court && this.seenTurn && COURT_HEADING_RE.test(text)) || isExaminationHeading(text)) {
      // `ORAL ARGUMENT OF ...` / `DIRECT EXAMINATION`: a part of the hearing, titled with the line below in capitals;
      // `EXAMINATION` / `BY MR. ROSS:` names the counsel who asks until the next one (a deposition has no court layout).
      builder.close();
      const next = this.nextContentLine(i);
      const below = next >= 0 ? contentOf(lines, this.context.court, next).trim() : '';
      const continues = (/^[^a-z:]{3,80}$/.test(below) && matchLabel(below) === null) || EXAMINER_RE.test(below);
      if (continues) this.headingContinuation = next;
      const title = collapse(continues ? `${text} ${below}` : text).replace(/:$/, '');
      this.sectionStarts.push({ title, level: 1, line: i, lineLength: lines[i].length });
      return true;
    }
    if (isChromeLine(text)) {
      builder.close();
      this.boilerplate.push(lineRange(lines, i));
      return true;
    }
    if (isSeparator(text)) {
      builder.close();
      // A rule under the header only closes it; later ones divide the transcript, unless they only open the next
      // speaker's name in a transcript laid out that way.
      const opensName = this.context.nameLines && this.nextContentLine(i) >= 0 && layoutNameLine(this.content, this.nextContentLine(i));
      if (this.seenTurn && !opensName) this.sectionStarts.push({ title: '', level: 0, line: i, lineLength: lines[i].length });
      return true;
    }
    const heading = HEADING_RE.exec(text);
    if (heading) {
      builder.close();
      this.sectionStarts.push({ title: heading[2], level: heading[1].length, line: i, lineLength: lines[i].length });
      return true;
    }
    if (!this.seenTurn && readMetadataLine(text, metadata)) {
      this.boilerplate.push(lineRange(lines, i));
      return true;
    }
    const trimmed = text.trim();
    if (isTimestamp(trimmed)) {
      builder.time(normaliseTimestamp(trimmed));
      return true;
    }
    return false;
  }
}

/** Parts of a hearing: arguments, examinations, the proceedings. In capitals, alone on their line. */
const COURT_HEADING_RE = /^\s*(?:(?:ORAL|REBUTTAL|OPENING|CLOSING) ARGUMENTS?(?: OF\b.*)?|(?:RE)?(?:DIRECT|CROSS|RECROSS)[- ]EXAMINATION\b.*|FURTHER (?:DIRECT|CROSS|REDIRECT|RECROSS)[- ]EXAMINATION\b.*|OPENING STATEMENTS?\b.*|CLOSING STATEMENTS?\b.*)$/;

/** Who examines, on the line below the heading: `BY MR. ROSS:`. */
const EXAMINER_RE = /^BY\s+[A-Z][A-Z'’ -]*(?:\.\s?[A-Z][A-Z'’ -]*)*:?$/;


function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
}

export const MARKDOWN_LINES_NOTICE = 'Markdown read line by line, as the file is too large or too deeply nested for a full Markdown parse: bold labels and headings are read, other Markdown structure is not';

const BOLD_LABEL_RE = /^[ \t]{0,3}(\*\*|__)([^*_\n]{1,80}?)(?:([:：])\1|\1[ \t]*([:：]))(?=\s|$)/;

/** `**Name:** text` read from the line itself, for Markdown files too large for remark. */
export function matchBoldLabelLine(text: string): LabelMatch | null {
  const m = BOLD_LABEL_RE.exec(text);
  if (!m) return null;
  const inner = matchLabel(`${m[2].trim()}: `);
  if (!inner || inner.start !== 0) return null;
  const end = m[0].length;
  let textStart = end;
  while (textStart < text.length && (text[textStart] === ' ' || text[textStart] === '\t' || text[textStart] === '\u00a0')) textStart++;
  return { ...inner, start: text.indexOf(m[1]), end, textStart: textStart < text.length ? textStart : -1 };
}
