/**
 * The flat record every citation style and custom template reads: named fields, each a string or
 * null. Values come from the quote and the transcript's metadata; overrides (settings, front
 * matter) fill what the file lacks.
 */
import { isWebUrl, mediaFromMetadata, mediaUrlAt, parseClock } from '../media';
import type { Transcript } from '../model';
import { formatLineSpan } from './pinpoint';
import type { Quote } from './quote';
import { listNames, voiceText, type Voice } from './voice';

export const CITATION_FIELDS = [
  'quote', 'speaker', 'title', 'date', 'place', 'publisher', 'url',
  'question', 'paragraph', 'lines', 'time', 'page', 'section', 'mediaUrl',
] as const;

export type CitationField = (typeof CITATION_FIELDS)[number];

/**
 * `date` stays ISO (`2021-04-08`) here; each style prints its own form. `question` is `Q3`,
 * `paragraph` the paragraph number within the document (`12`), `lines` `40-42`, `time`
 * `00:12:34`, `page` the court pinpoint `45:13-20`, `mediaUrl` the recording's address at the quote's time
 * (`...ep4.mp3#t=754`, `...watch?v=x&t=754s`).
 */
export type CitationContext = Record<Exclude<CitationField, 'mediaUrl'>, string | null> & {
  /** Who speaks, for the styles that write names their own way (APA, MLA, Chicago); absent when the speaker
   * field was given rather than read from the transcript. */
  voices?: readonly Voice[];
  /** Optional so that contexts built by hand before the field existed stay valid. */
  mediaUrl?: string | null;
};

export type CitationOverrides = Partial<Record<CitationField, string | null | undefined>>;

export interface CitationContextOptions {
  /** When true, a non-empty override replaces the file's own value instead of only filling a gap. */
  overridesWin?: boolean;
}

export function buildCitationContext(
  transcript: Transcript,
  quote: Quote,
  overrides: CitationOverrides = {},
  options: CitationContextOptions = {},
): CitationContext {
  const meta = transcript.metadata;
  const own: CitationContext = {
    quote: quote.text,
    speaker: attribution(quote),
    title: meta.title,
    date: meta.date,
    place: meta.place,
    publisher: meta.publisher,
    url: meta.url,
    question: quote.question !== null ? `Q${quote.question}` : null,
    paragraph: quote.documentParagraph !== null ? String(quote.documentParagraph) : null,
    lines: formatLineSpan(quote.lines),
    time: quote.time,
    page: quote.pinpoint,
    section: quote.section,
    mediaUrl: frontMatterMediaUrl(transcript),
  };
  const context = {} as CitationContext;
  for (const field of CITATION_FIELDS) {
    const mine = field === 'quote' ? tidyQuote(own.quote) : tidy(own[field]);
    const given = tidy(overrides[field]);
    context[field] = options.overridesWin ? given ?? mine : mine ?? given;
  }
  // Without a title in the file or the settings, the file's name says which transcript is quoted.
  context.title ??= tidy(meta.fileTitle);
  // The recording the reviewer linked (an override) is the one they play, so it wins over the front matter's.
  const media = tidy(overrides.mediaUrl) ?? own.mediaUrl ?? null;
  const seconds = parseClock(quote.time);
  context.mediaUrl = media === null ? null : seconds === null ? media : mediaUrlAt(media, seconds);
  // Kept out of the record's fields (not enumerable): templates, JSON and comparisons see only the named fields.
  if (quote.voices.length > 0 && context.speaker === tidy(own.speaker)) {
    Object.defineProperty(context, 'voices', { value: quote.voices, enumerable: false });
  }
  return context;
}

/** `MS. PSAKI`, `CHANCELLOR MERKEL (as interpreted)`, `Question (Reuters)`, `Question and MS. PSAKI`. */
function attribution(quote: Quote): string | null {
  const texts = quote.voices.map(voiceText).filter((text): text is string => text !== null);
  return texts.length > 0 ? listNames(texts) : quote.speaker;
}

/** The recording the front matter names, when it is an address a reader can open (not a local path). */
function frontMatterMediaUrl(transcript: Transcript): string | null {
  const media = mediaFromMetadata(transcript.metadata);
  return media !== null && isWebUrl(media) ? media.trim() : null;
}

/** Blank values are missing values; stray whitespace in metadata is not part of them. */
function tidy(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u00A0]+/g, ' ').replace(/[,;:]+$/, '').trim();
  return text === '' ? null : text;
}

/** The quote keeps its paragraph breaks. */
function tidyQuote(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  return text === '' ? null : text;
}
