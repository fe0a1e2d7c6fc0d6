/**
 * Court transcripts (pdftotext of official transcripts): every line of speech starts with its line number
 * 1-25, pages end with a footer that prints the page number, pages are separated by form feeds, and a word
 * index (`ability 20:1,12`) closes the document. Here we find the text column of each line, the page:line
 * printed on it, and the page furniture that is not speech.
 */
import type { PageLineMap } from '../model';

export interface CourtLayout {
  /** Per document line: where its text starts after the line number, or -1 for furniture (not speech). */
  contentStart: Int32Array;
  pageLines: PageLineMap;
  /** Lines that are page furniture (headers, footers, page numbers) or the word index. */
  furniture: Uint8Array;
}

const LINE_NUMBER_RE = /^\f?[ \t]{0,4}([1-9]|1\d|2[0-5])(?=[ \t]|$)/;
const INDEX_REF_RE = /\b\d{1,3}:\d{1,2}\b/;
const MIN_NUMBERED_LINES = 20;

/** Recognises a court layout: most non-blank lines start with a line number. */
export function detectCourtLayout(lines: readonly string[]): CourtLayout | null {
  let numbered = 0;
  let nonBlank = 0;
  const sample = Math.min(lines.length, 3000);
  for (let i = 0; i < sample; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    nonBlank++;
    if (LINE_NUMBER_RE.test(line)) numbered++;
  }
  if (numbered < MIN_NUMBERED_LINES || numbered < nonBlank * 0.5) return null;
  return layout(lines);
}

function layout(lines: readonly string[]): CourtLayout {
  const n = lines.length;
  const contentStart = new Int32Array(n).fill(-1);
  const furniture = new Uint8Array(n);
  const printedLine = new Int16Array(n);
  const pageOf = new Int32Array(n).fill(-1);
  const pageNumbers: number[] = [];
  let page = 0;
  let pageNumber = -1;
  const closePage = () => {
    pageNumbers[page] = pageNumber >= 0 ? pageNumber : (page > 0 && pageNumbers[page - 1] > 0 ? pageNumbers[page - 1] + 1 : page + 1);
  };
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (line.charCodeAt(0) === 12 && i > 0) {
      closePage();
      page++;
      pageNumber = -1;
    }
    pageOf[i] = page;
    const m = LINE_NUMBER_RE.exec(line);
    if (m) {
      printedLine[i] = Number(m[1]);
      let start = m[0].length;
      while (start < line.length && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
      contentStart[i] = start;
      continue;
    }
    if (line.trim() === '') continue;
    // Not numbered: a page header, a footer, or the page number standing alone.
    furniture[i] = 1;
    const lone = /^\f?\s{6,}(\d{1,4})\s*$/.exec(line) ?? /^\f?\s*(\d{1,4})\s*$/.exec(line);
    if (lone) pageNumber = Number(lone[1]);
  }
  closePage();
  markWordIndex(lines, contentStart, furniture, pageOf);
  const map: PageLineMap = {
    at(documentLine: number) {
      if (documentLine < 0 || documentLine >= n || contentStart[documentLine] < 0) return undefined;
      return { page: pageNumbers[pageOf[documentLine]] ?? pageOf[documentLine] + 1, line: printedLine[documentLine] };
    },
  };
  return { contentStart, pageLines: map, furniture };
}

/** Pages at the end whose lines are mostly index references (`20:1,12`) are the word index, not speech. */
function markWordIndex(lines: readonly string[], contentStart: Int32Array, furniture: Uint8Array, pageOf: Int32Array): void {
  const n = lines.length;
  let end = n;
  while (end > 0) {
    const page = pageOf[end - 1];
    let start = end;
    while (start > 0 && pageOf[start - 1] === page) start--;
    let refs = 0;
    let nonBlank = 0;
    for (let i = start; i < end; i++) {
      if (lines[i].trim() === '') continue;
      nonBlank++;
      if (INDEX_REF_RE.test(lines[i])) refs++;
    }
    if (nonBlank === 0 || refs < nonBlank * 0.3) break;
    for (let i = start; i < end; i++) {
      if (lines[i].trim() !== '') furniture[i] = 1;
      contentStart[i] = -1;
    }
    end = start;
  }
}
