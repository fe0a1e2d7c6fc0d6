/**
 * Completes a transcript from what a format parser found: sections, the opening speaker, exchanges, speakers.
 */
import type { Metadata, PageLineMap, Speaker, Transcript, TranscriptFormat, Turn } from '../model';
import type { Range } from '../position';
import { languageOf } from '../languages';
import { inferAskers } from '../qa/askers';
import { earningsSectionStarts } from '../qa/earnings';
import { buildExchanges, findAnnouncements } from '../qa/inferExchanges';
import { countSpeakers, type TopicCache } from './assemble';
import type { FrontMatter } from './frontMatter';
import { speakerFromTitle } from './header';
import { buildSections, type SectionStart } from './sections';
import type { Announcement } from '../qa/earnings';

export interface Found {
  format: TranscriptFormat;
  encoding: string;
  lines: readonly string[];
  metadata: Metadata;
  boilerplate: Range[];
  header: Range | null;
  sectionStarts: SectionStart[];
  turns: Turn[];
  pageLines: PageLineMap | null;
  frontMatter: FrontMatter | null;
  /** Topics computed for an earlier version of the document. */
  topics?: TopicCache;
  simplified?: string;
}

export function finishTranscript(found: Found): Transcript {
  const { lines, turns, metadata } = found;
  const last = Math.max(0, lines.length - 1);
  inferOpeningSpeaker(turns, metadata, found.frontMatter);
  const language = defineLanguage(metadata, turns, lines);
  // Who asks, where the transcript does not say: read from the whole turn list, so an edit anywhere gets the
  // same answer as a fresh parse.
  const readings = found.topics ? (found.topics.readings ??= new WeakMap()) : undefined;
  const askers = inferAskers(turns, lines, found.frontMatter, readings);
  const announcements = findAnnouncements(turns, lines, askers);
  const sections = buildSections(withCallSections(found, announcements), last, lines[last]?.length ?? 0, l => lines[l].length);
  const exchanges = buildExchanges({ turns, sections, lines, topics: found.topics, language, askers, announcements });
  let speakers: Speaker[] | null = null;
  return {
    format: found.format, encoding: found.encoding, metadata, boilerplate: found.boilerplate, header: found.header,
    sections, turns, exchanges, pageLines: found.pageLines, lineCount: lines.length,
    ...(found.simplified ? { simplified: found.simplified } : {}),
    // Word counts read every character: computed when first asked for, not on every keystroke's parse.
    get speakers(): Speaker[] {
      speakers ??= countSpeakers(turns, lines);
      return speakers;
    },
  };
}

/** An earnings call without headings of its own gets two: prepared remarks and the Q&A session. */
function withCallSections(found: Found, announcements: Map<Turn, Announcement | null> | null): SectionStart[] {
  if (!announcements) return found.sectionStarts;
  const firstTurnLine = found.turns[0]?.range.start.line ?? 0;
  if (found.sectionStarts.some(s => s.level > 0 && s.line > firstTurnLine)) return found.sectionStarts;
  const first = [...announcements].find(([, announcement]) => announcement !== null)?.[0];
  if (!first) return found.sectionStarts;
  const added = earningsSectionStarts(found.lines, found.turns, first);
  return [...found.sectionStarts, ...added].sort((a, b) => a.line - b.line);
}

/** The unlabelled opening is spoken by the person the title names, or the one speaker front matter lists. */
function inferOpeningSpeaker(turns: Turn[], metadata: Metadata, front: FrontMatter | null): void {
  const opening = turns[0];
  if (!opening || opening.label !== null) return;
  let speaker = metadata.title ? speakerFromTitle(metadata.title) : null;
  const listed = front?.lists['speakers'];
  if (!speaker && listed && listed.length === 1) speaker = listed[0];
  // Unlabelled turns after the opening inherited its (unknown) speaker; give them the same name.
  for (const turn of turns) {
    if (turn.label !== null) break;
    turn.speaker = speaker;
  }
}

/** Speech read for language detection: a few paragraphs settle it. */
const LANGUAGE_SAMPLE = 2000;

/**
 * `metadata.language`, computed when first read (franc costs a few milliseconds, and most edits never need it):
 * the declared `lang`/`language`, else the language of the first turns' speech.
 */
function defineLanguage(metadata: Metadata, turns: readonly Turn[], lines: readonly string[]): () => string | null {
  let language: string | null | undefined;
  const read = (): string | null => {
    language ??= languageOf(metadata.extra['lang'] ?? metadata.extra['language'], () => speechSample(turns, lines));
    return language;
  };
  Object.defineProperty(metadata, 'language', { get: read, enumerable: true, configurable: true });
  return read;
}

/** The first turns' speech, line by line, up to LANGUAGE_SAMPLE characters: never more, however long a turn. */
function speechSample(turns: readonly Turn[], lines: readonly string[]): string {
  let sample = '';
  for (const turn of turns) {
    for (const paragraph of turn.paragraphs) {
      const { start, end } = paragraph.range;
      for (let l = start.line; l <= end.line; l++) {
        if (sample.length >= LANGUAGE_SAMPLE) return sample;
        const line = lines[l] ?? '';
        sample += `${line.slice(l === start.line ? start.character : 0, l === end.line ? end.character : line.length)}\n`;
      }
    }
  }
  return sample;
}
