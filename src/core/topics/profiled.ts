/**
 * Topic label for a question in a spaced language other than English, read with its language profile: the
 * content words (any script, accents included) not in the profile's stop words, in runs that may hold a
 * connector (`reforma de las pensiones`, `Reform der Renten`); the run in the asked sentence, after a topic
 * preposition (`sobre`, `über`), with long and repeated words, wins. A vocative opening (`Herr Bundeskanzler,`,
 * `Сергей Викторович,`) is the person addressed, not the topic.
 */
import type { LanguageProfile } from '../languages';

interface Word {
  text: string;
  lower: string;
  sentence: number;
  stop: boolean;
  connector: boolean;
  afterTopicPreposition: boolean;
  /** Right after an article (`los aranceles`, `die Grenze`): a noun, where a word without one is often a verb. */
  afterArticle: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|\d[\d.,]*/gu;
const MAX_RUN = 4;
/** A first clause this short, ended by a comma, addresses someone: `Señor ministro,`. */
const VOCATIVE_WORDS = 3;

export function profiledLabel(text: string, maxWords: number, profile: LanguageProfile): string | null {
  const stop = new Set([...profile.stopWords, ...profile.honorifics, ...profile.roles]);
  const connectors = new Set(profile.connectors);
  const prepositions = new Set(profile.topicPrepositions);
  const articles = new Set(profile.parts.articles);
  const sentences = text.split(/(?<=[.?!;。？！])\s+|\n+/u).map(s => s.trim()).filter(s => s !== '');
  const asked = new Set(sentences.map((s, i) => (/[?？]\s*$/u.test(s) ? i : -1)).filter(i => i >= 0));
  const words: Word[] = [];
  sentences.forEach((sentence, index) => {
    const body = withoutVocative(sentence);
    let afterPreposition = false;
    let afterArticle = false;
    for (const match of body.matchAll(WORD)) {
      const lower = match[0].toLowerCase().replace(/’/g, "'");
      const bare = lower.replace(/^(?:l|d|qu|j|m|t|s|c|n)'/, '');
      words.push({
        text: match[0], lower: bare, sentence: index,
        stop: stop.has(lower) || stop.has(bare) || bare.length < 3 && !/^\p{Lu}{2,}$/u.test(match[0]) || invertedVerb(bare, stop),
        connector: connectors.has(lower), afterTopicPreposition: afterPreposition, afterArticle,
      });
      afterArticle = articles.has(lower);
      // `sobre la reforma`: the preposition points past the articles to the next content word.
      if (prepositions.has(lower)) afterPreposition = true;
      else if (!stop.has(lower)) afterPreposition = false;
    }
  });
  const counts = new Map<string, number>();
  for (const word of words) if (!word.stop) counts.set(stem(word.lower), (counts.get(stem(word.lower)) ?? 0) + 1);
  let best: { from: number; to: number; score: number } | null = null;
  for (let from = 0; from < words.length; from++) {
    if (words[from].stop) continue;
    let content = 0;
    let score = 0;
    for (let to = from; to < words.length && words[to].sentence === words[from].sentence; to++) {
      const word = words[to];
      if (word.stop && !word.connector) break;
      if (word.stop) continue;
      if (to - from + 1 > maxWords) break;
      content++;
      score += Math.min(word.lower.length, 12) / 4 * (1 + 0.5 * ((counts.get(stem(word.lower)) ?? 1) - 1));
      const factor = (asked.has(word.sentence) || asked.size === 0 ? 1.5 : 1) * (words[from].afterTopicPreposition ? 1.5 : 1)
        * (words[from].afterArticle || elided(words[from].text) ? 1.3 : 1);
      const total = score * factor * (1 - 0.1 * (content - 1));
      if (!best || total > best.score) best = { from, to, score: total };
      if (content >= MAX_RUN) break;
    }
  }
  if (!best) return null;
  const label = words.slice(best.from, best.to + 1).map(w => w.text);
  // `l'acier`, `dell'Europa`: the article elided onto the label's first word is no part of it.
  label[0] = label[0].replace(ELIDED, '');
  return label.join(' ');
}

/** An article or preposition elided onto a word (`l'`, `dell'`, `qu'`), written in lower case (not `O'Brien`). */
const ELIDED = /^\p{Ll}{1,4}['’](?=\p{L}{3})/u;

function elided(text: string): boolean {
  return ELIDED.test(text);
}

/** A verb with its subject after it (`vont-ils`, `rouvrira-t-elle`): the last part is a pronoun, a stop word. */
function invertedVerb(lower: string, stop: ReadonlySet<string>): boolean {
  const dash = lower.lastIndexOf('-');
  return dash > 0 && stop.has(lower.slice(dash + 1));
}

function withoutVocative(sentence: string): string {
  const comma = sentence.search(/[,，]/u);
  if (comma < 0) return sentence;
  const head = sentence.slice(0, comma).trim().split(/\s+/);
  return head.length <= VOCATIVE_WORDS && /^[\p{Lu}]/u.test(head[0] ?? '') ? sentence.slice(comma + 1) : sentence;
}

/** Repeats of a word in other forms (`pensión`, `pensiones`) count together: the first five letters. */
function stem(lower: string): string {
  return lower.slice(0, 5);
}
