/**
 * Short topic labels for questions: the key phrase a reader would recognise ("Open Skies Treaty",
 * "vaccination passports"), not the question's first words. Deterministic and linear in the
 * length of the question; never throws and never returns an empty label.
 */
import { LANGUAGE_PROFILES, languageProfile, type LanguageProfile } from './languages';
import { englishLabel } from './topics/english';
import { MAX_PARTS, questionParts } from './topics/parts';
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
  const unspaced = isMostlyUnspaced(text);
  const label = severalParts(text, maxWords, profile, unspaced) ?? oneLabel(text, maxWords, profile, unspaced);
  return finish(label, maxWords);
}

function oneLabel(text: string, maxWords: number, profile: LanguageProfile | undefined, unspaced: boolean): string | null {
  return unspaced ? unspacedLabel(text, maxWords)
    : profile && profile.code !== 'en' ? profiledLabel(text, maxWords, profile) : englishLabel(text, maxWords);
}

const ENGLISH = languageProfile('en')!;
/** Profiles of scripts without spaces: their words find the parts of such a question in a file of unknown language. */
const UNSPACED_PROFILES = LANGUAGE_PROFILES.filter(p => p.parts.first.some(word => isMostlyUnspaced(word)));

/**
 * A question with several parts names each part's subject (`tariffs and the border`), joined with the language's
 * word for "and"; null when it has one part, or when its parts are about one subject.
 */
function severalParts(text: string, maxWords: number, profile: LanguageProfile | undefined, unspaced: boolean): string | null {
  if (maxWords < 3) return null;
  const own = profile ?? ENGLISH;
  const candidates = unspaced && !UNSPACED_PROFILES.includes(own) ? UNSPACED_PROFILES : [own];
  for (const words of candidates) {
    const parts = questionParts(text, { ...words.parts, topicPrepositions: words.topicPrepositions }, unspaced);
    if (!parts) continue;
    const budget = Math.max(1, Math.floor((maxWords - 1) / Math.min(parts.length, MAX_PARTS)));
    const labels: string[] = [];
    let parallel = true;
    parts.forEach(({ text: part, heading, subjectFrom }, i) => {
      // The subject the asker announced (`Second, on the border: ...`) before the subject the question goes on to.
      const announced = heading === null ? null : oneLabel(heading, budget, profile, unspaced);
      const found = announced && announced !== FALLBACK_TOPIC ? announced : oneLabel(part, budget, profile, unspaced);
      const label = found && unspaced ? withoutPreposition(found, words.topicPrepositions) : found;
      // `people who work on the protocol and on nodes`: a subject found elsewhere makes no parallel parts.
      if (label && part.toLowerCase().lastIndexOf(label.toLowerCase()) < subjectFrom) parallel = false;
      if (!label || label === FALLBACK_TOPIC) return;
      const lower = label.toLowerCase();
      if (labels.some(l => l.toLowerCase().includes(lower) || lower.includes(l.toLowerCase()))) return;
      labels.push(i > 0 && !unspaced ? withArticle(label, part, words.parts.articles, budget) : label);
    });
    const joined = parallel && labels.length >= 2 ? joinLabels(labels, words.parts.and, unspaced) : null;
    return joined && joined.split(/\s+/u).length <= maxWords ? joined : null;
  }
  return null;
}

/**
 * An unspaced part's leading clause without its topic preposition: `关于边境` → `边境`, and what a postposition
 * ends (`国境についてです` → `国境`).
 */
function withoutPreposition(label: string, prepositions: readonly string[]): string {
  for (const preposition of prepositions) {
    const at = label.indexOf(preposition);
    if (at > 0) return label.slice(0, at);
    if (at === 0 && label.length > preposition.length) return label.slice(preposition.length);
  }
  return label;
}

/** `border` → `the border` where the question writes the article before it and the part's words allow one more. */
function withArticle(label: string, part: string, articles: readonly string[], budget: number): string {
  if (label.split(/\s+/u).length + 1 > budget) return label;
  const at = part.toLowerCase().indexOf(label.toLowerCase());
  if (at <= 0) return label;
  const before = /(\S+)\s+$/u.exec(part.slice(Math.max(0, at - 20), at));
  const article = before ? before[1].toLowerCase() : '';
  return articles.includes(article) ? `${article} ${label}` : label;
}

/** `a and b`, `a, b and c`; `a和b` without spaces. */
function joinLabels(labels: readonly string[], and: string, unspaced: boolean): string {
  const last = labels[labels.length - 1];
  const rest = labels.slice(0, -1).join(unspaced ? '、' : ', ');
  return unspaced ? `${rest}${and}${last}` : `${rest} ${and} ${last}`;
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
