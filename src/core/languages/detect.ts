/**
 * The language a transcript is in. A declared language (front matter `lang`/`language`) wins; otherwise franc
 * (the `franc-min` trigram model) reads a bounded sample of the speech. Short or mixed samples give null rather
 * than a guess.
 */
import { franc } from 'franc-min';
import { en } from './en';
import { LANGUAGE_PROFILES, languageProfile } from './profiles';

/** franc reads at most this much: its cost grows with the sample, and a few paragraphs settle the language. */
const SAMPLE_CHARACTERS = 2000;
/** Below this many letters franc's guess is noise; a Chinese or Japanese character carries more than a letter. */
const MIN_LETTERS = 80;
const MIN_IDEOGRAPHS = 20;

const ONLY = LANGUAGE_PROFILES.flatMap(profile => profile.franc);
const ENGLISH_WORDS: ReadonlySet<string> = new Set(en.stopWords);
/** Share of English function words above which unaccented text is English without asking franc. */
const ENGLISH_SHARE = 0.3;

/** ISO 639-1 code of the language of `sample`, among the languages with a profile; null when unsure. */
export function detectLanguage(sample: string): string | null {
  const text = sample.length > SAMPLE_CHARACTERS ? sample.slice(0, SAMPLE_CHARACTERS) : sample;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (letters < MIN_LETTERS && ideographs < MIN_IDEOGRAPHS) return null;
  // Most transcripts are English: text with no letter beyond ASCII, a third of it English function words, is
  // settled without franc (which costs about a millisecond per call, on every edit that reads topics).
  if (isPlainEnglish(text)) return 'en';
  const code = franc(text, { only: ONLY, minLength: Math.min(MIN_LETTERS, MIN_IDEOGRAPHS) });
  return code === 'und' ? null : languageProfile(code)?.code ?? null;
}

/** The declared language when a profile knows it (`de-DE` → `de`), else the detected one. */
export function languageOf(declared: string | null | undefined, sample: () => string): string | null {
  if (declared && declared.trim() !== '') {
    const profile = languageProfile(declared);
    if (profile) return profile.code;
    const primary = declared.trim().toLowerCase().split(/[-_]/)[0];
    if (/^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return detectLanguage(sample());
}

function isPlainEnglish(text: string): boolean {
  if (/[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let common = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) common++;
  return words.length > 0 && common / words.length >= ENGLISH_SHARE;
}
