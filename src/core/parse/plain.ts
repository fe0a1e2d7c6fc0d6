/**
 * Plain-text transcripts, court transcripts with line numbers included.
 */
import type { Transcript } from '../model';
import type { Range } from '../position';
import { isChromeLine } from './boilerplate';
import { detectCourtLayout } from './court';
import { readFrontMatter } from './frontMatter';
import { readCourtHeader, readPlainHeader } from './header';
import { matchLabel } from './labels';
import { finishTranscript } from './finish';
import { isSeparator, type SectionStart } from './sections';
import { isTimestamp, leadingTimestamp, normaliseTimestamp } from './timestamps';
import { TurnBuilder } from './turnBuilder';
import { metadataFromFields, readMetadataLine } from './metadataLines';

const HEADING_RE = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;

export function parsePlain(lines: readonly string[], encoding: string): Transcript {
  const court = detectCourtLayout(lines);
  const contentStart = (i: number): number => (court ? court.contentStart[i] : 0);
  const content = (i: number): string => {
    const start = contentStart(i);
    return start < 0 ? '' : start === 0 ? lines[i] : lines[i].slice(start);
  };

  const front = readFrontMatter(lines);
  const metadata = metadataFromFields(front ? front.fields : {});
  const bodyStart = front ? front.endLine + 1 : 0;
  const boilerplate: Range[] = [];
  const markBoilerplate = (line: number) => boilerplate.push(lineRange(lines, line));

  // The header sits before the first labelled line.
  let firstLabel = bodyStart;
  while (firstLabel < lines.length && matchLabel(content(firstLabel)) === null) firstLabel++;
  const header = court ? readCourtHeader(content, bodyStart, firstLabel) : readPlainHeader(lines.length, content, bodyStart, firstLabel);
  const chrome = new Set(header ? header.chromeLines : []);
  let headerRange: Range | null = null;
  let from = bodyStart;
  if (front) headerRange = { start: { line: 0, character: 0 }, end: lineRange(lines, front.endLine).end };
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

  const builder = new TurnBuilder();
  // Court transcripts open with a caption and appearances, not speech.
  builder.allowUnlabelled = !court;
  const sectionStarts: SectionStart[] = [];
  let seenTurn = false;
  for (let i = bodyStart; i < lines.length; i++) {
    if (i < from) {
      if (chrome.has(i)) markBoilerplate(i);
      continue;
    }
    if (court && court.furniture[i]) {
      markBoilerplate(i);
      continue;
    }
    const text = content(i);
    const offset = contentStart(i);
    if (offset < 0 || isBlank(text)) {
      builder.blank();
      continue;
    }
    const label = matchLabel(text);
    if (label) {
      seenTurn = true;
      builder.label(i, label, offset + label.start, offset + label.end,
        label.textStart >= 0 ? offset + label.textStart : -1, lines[i].trimEnd().length);
      builder.allowUnlabelled = true;
      continue;
    }
    if (text.length <= 160) {
      if (isChromeLine(text)) {
        builder.close();
        markBoilerplate(i);
        continue;
      }
      if (isSeparator(text)) {
        builder.close();
        // A rule under the header only closes it; later ones divide the transcript.
        if (seenTurn) sectionStarts.push({ title: '', level: 0, line: i, lineLength: lines[i].length });
        continue;
      }
      const heading = HEADING_RE.exec(text);
      if (heading) {
        builder.close();
        sectionStarts.push({ title: heading[2], level: heading[1].length, line: i, lineLength: lines[i].length });
        continue;
      }
      if (!seenTurn && readMetadataLine(text, metadata)) {
        markBoilerplate(i);
        continue;
      }
      const trimmed = text.trim();
      if (isTimestamp(trimmed)) {
        builder.time(normaliseTimestamp(trimmed));
        continue;
      }
    }
    const stamp = leadingTimestamp(text);
    const start = offset + (stamp ? stamp.end : firstNonBlank(text));
    builder.text(i, start, lines[i].trimEnd().length, stamp ? stamp.time : null);
  }
  builder.close();
  return finishTranscript({
    format: 'plain', encoding, lines, metadata, boilerplate, header: headerRange, sectionStarts,
    turns: builder.turns, pageLines: court ? court.pageLines : null, frontMatter: front,
  });
}

function isBlank(text: string): boolean {
  return firstNonBlank(text) >= text.length;
}

function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 12 && c !== 0x3000 && c !== 0x202f && !(c >= 0x2000 && c <= 0x200b)) break;
    i++;
  }
  return i;
}

export function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
}
