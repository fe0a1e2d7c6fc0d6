/**
 * The parts every format shares after its turns are known: exchanges (a question and its answers),
 * speakers with their turn and word counts, and the opening speaker.
 */
import type { Exchange, Speaker, Turn } from '../model';
import type { Range } from '../position';
import type { TurnReading } from '../qa/asks';
import { FALLBACK_TOPIC, topicLabel } from '../topics';

/** Words of an inferred question used as its topic when no key phrase is found. */
const FALLBACK_WORDS = 6;

/** Joins the text of a turn's paragraphs (for topics and citations). */
export function turnText(lines: readonly string[], turn: Turn): string {
  const parts: string[] = [];
  for (const p of turn.paragraphs) {
    const { start, end } = p.range;
    const chunk: string[] = [];
    for (let l = start.line; l <= end.line; l++) {
      const line = lines[l] ?? '';
      const from = l === start.line ? start.character : 0;
      const to = l === end.line ? end.character : line.length;
      chunk.push(line.slice(from, to).trim());
    }
    parts.push(chunk.join(' '));
  }
  return parts.join('\n');
}

/**
 * Topics already computed, by question turn, and (in `readings`, made when first needed) what the asker inference
 * read of each turn: an edit elsewhere keeps both, since a turn the edit did not touch keeps its object. Each topic
 * is stored after the language it was read in and a NUL (`de\u0000Reform der Renten`), so that a change of
 * language computes it again.
 */
export type TopicCache = WeakMap<Turn, string> & { readings?: WeakMap<Turn, TurnReading> };

/** What an exchange found by inference carries besides its turns. */
export interface InferredParts {
  /** Who asks, as the label writes it (with the firm on an earnings call). */
  asker: string;
  /** A name to use instead of a topic from the question (an analyst and firm), and the asker's role then. */
  name?: string;
  role?: string;
}

/** An exchange whose topic is computed when first read: large transcripts have thousands of questions. */
export class LazyExchange implements Exchange {
  answers: Turn[] = [];
  range: Range;
  /** The turn the topic is read from: the question, or the real question after a courtesy (`Q Thank you.`). */
  topicTurn: Turn;
  readonly inferred?: boolean;
  readonly asker?: string;
  readonly askerRole?: string;
  private computedTopic: string | null = null;

  constructor(
    readonly number: number,
    readonly question: Turn,
    private readonly lines: readonly string[],
    private readonly topics: TopicCache | undefined,
    private readonly language: () => string | null,
    inferred?: InferredParts,
  ) {
    this.range = question.range;
    this.topicTurn = question;
    if (inferred) {
      this.inferred = true;
      this.asker = inferred.asker;
      if (inferred.name) this.computedTopic = inferred.name;
      if (inferred.role) this.askerRole = inferred.role;
    }
  }

  get topic(): string {
    if (this.computedTopic === null) {
      const language = this.language();
      const key = `${language ?? ''}\u0000`;
      const cached = this.topics?.get(this.topicTurn);
      this.computedTopic = cached?.startsWith(key) ? cached.slice(key.length) : this.topicFromQuestion(language);
      this.topics?.set(this.topicTurn, key + this.computedTopic);
    }
    return this.computedTopic;
  }

  private topicFromQuestion(language: string | null): string {
    const text = turnText(this.lines, this.topicTurn);
    const topic = topicLabel(text, { language });
    // An inferred question without a key phrase ("What do they do?") is found by its own first words.
    return this.inferred && topic === FALLBACK_TOPIC ? firstWords(text, FALLBACK_WORDS) ?? topic : topic;
  }

  /** Adds a turn to the end of the exchange. */
  add(turn: Turn): void {
    this.answers.push(turn);
    this.range = { start: this.range.start, end: turn.range.end };
  }

  /** Plain data, as JSON.stringify shows it: the topic included, the document's lines not. */
  toJSON(): object {
    const inferred = this.inferred ? { inferred: true, asker: this.asker, ...(this.askerRole ? { askerRole: this.askerRole } : {}) } : {};
    return { number: this.number, topic: this.topic, question: this.question, answers: this.answers, range: this.range, ...inferred };
  }
}

/**
 * The first `count` words of a text, without bracketed notes (`[laughs]`, `\\[07:59\\]`), followed by `…` when
 * there are more; null when it has none.
 */
export function firstWords(text: string, count: number): string | null {
  const clean = text.replace(/\\?\[[^\]]{0,40}\\?\]|\([^)]{0,40}\)/g, ' ').replace(/[*_`]/g, '').trim();
  const words = clean.split(/\s+/u).filter(w => w !== '');
  if (words.length === 0) return null;
  const shown = words.slice(0, count).join(' ').replace(/[,;:—–-]+$/u, '');
  return words.length > count ? `${shown}…` : shown;
}

/** Distinct speakers in order of first appearance, with their turns and words. */
export function countSpeakers(turns: readonly Turn[], lines: readonly string[]): Speaker[] {
  const byKey = new Map<string, Speaker>();
  for (const turn of turns) {
    if (!turn.speaker) continue;
    const key = turn.speaker.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    let speaker = byKey.get(key);
    if (!speaker) {
      speaker = { name: turn.speaker, turns: 0, words: 0 };
      byKey.set(key, speaker);
    }
    speaker.turns++;
    speaker.words += countTurnWords(lines, turn);
  }
  return [...byKey.values()];
}

/** Words of a turn's paragraphs (its label left out). */
export function countTurnWords(lines: readonly string[], turn: Pick<Turn, 'paragraphs'>): number {
  let words = 0;
  for (const p of turn.paragraphs) {
    const { start, end } = p.range;
    for (let l = start.line; l <= end.line; l++) {
      const line = lines[l] ?? '';
      words += countWords(line, l === start.line ? start.character : 0, l === end.line ? end.character : line.length);
    }
  }
  return words;
}

/** Words between two offsets: runs of non-space characters, and each CJK character on its own. */
export function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f) {
      inWord = false;
    } else if (c >= 0x3040 && c <= 0x9fff) {
      // Scripts without spaces: a character is the closest thing to a word.
      words++;
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}
