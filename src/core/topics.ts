/**
 * Short topic labels for questions: the key phrase a reader would recognise ("Open Skies Treaty",
 * "vaccination passports"), not the question's first words. Deterministic and linear in the
 * length of the question; never throws and never returns an empty label.
 */
import { languageProfile } from './languages';
import { englishLabel } from './topics/english';
import { profiledLabel } from './topics/profiled';
import { isMostlyUnspaced, unspacedLabel } from './topics/unspaced';

export interface TopicOptions {
  /** Longest label in words (spaces); 1 to 12, default 5. */
  maxWords?: number;
  /** The transcript's language (`de`, `es`...): its profile's stop words choose the topic. English when absent. */
  language?: string | null;
}

/** The label when a question has no content word at all. */
export const FALLBACK_TOPIC = 'question';

const DEFAULT_MAX_WORDS = 5;
const MAX_MAX_WORDS = 12;
/** Beyond this, only the start and the end of a question are read: the topic is set up at the
 * start and asked at the end, and a longer "question" is a turn the parser could not split. */
const MAX_ANALYSED = 20_000;

/**
 * The topic of one question turn. `questionText` is the turn's text without its label,
 * paragraphs joined by "\n".
 */
export function topicLabel(questionText: string, options?: TopicOptions): string {
  const maxWords = clampMaxWords(options?.maxWords);
  let text = typeof questionText === 'string' ? questionText : '';
  if (text.length > MAX_ANALYSED) {
    const half = MAX_ANALYSED / 2;
    text = `${text.slice(0, half)} … ${text.slice(text.length - half)}`;
  }
  const profile = languageProfile(options?.language);
  const label = isMostlyUnspaced(text) ? unspacedLabel(text, maxWords)
    : profile && profile.code !== 'en' ? profiledLabel(text, maxWords, profile) : englishLabel(text, maxWords);
  return finish(label, maxWords);
}

function clampMaxWords(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_MAX_WORDS;
  return Math.min(MAX_MAX_WORDS, Math.max(1, Math.floor(value)));
}

/** One space between words, at most `maxWords` of them, never empty. */
function finish(label: string | null, maxWords: number): string {
  if (label === null) return FALLBACK_TOPIC;
  const words = label.split(/\s+/u).filter((word) => word.length > 0).slice(0, maxWords);
  return words.length > 0 ? words.join(' ') : FALLBACK_TOPIC;
}
