/**
 * The language a transcript is in. A declared language (front matter `lang`/`language`) wins; otherwise franc
 * (the `franc-min` trigram model) reads a bounded sample of the speech. Short or mixed samples give null rather
 * than a guess.
 */
import { franc } from 'franc-min';
import { LANGUAGE_PROFILES, languageProfile } from './profiles';

/** franc reads at most this much: its cost grows with the sample, and a few paragraphs settle the language. */
const SAMPLE_CHARACTERS = 2000;
/** Below this many letters franc's guess is noise; a Chinese or Japanese character carries more than a letter. */
const MIN_LETTERS = 80;
const MIN_IDEOGRAPHS = 20;

const ONLY = LANGUAGE_PROFILES.flatMap(profile => profile.franc);

/** ISO 639-1 code of the language of `sample`, among the languages with a profile; null when unsure. */
export function detectLanguage(sample: string): string | null {
  const text = sample.length > SAMPLE_CHARACTERS ? sample.slice(0, SAMPLE_CHARACTERS) : sample;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (letters < MIN_LETTERS && ideographs < MIN_IDEOGRAPHS) return null;
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
