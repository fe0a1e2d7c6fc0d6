/**
 * The parts every format shares after its turns are known: exchanges (a question and its answers),
 * speakers with their turn and word counts, and the opening speaker.
 */
import type { Exchange, Section, Speaker, Turn } from '../model';
import type { Range } from '../position';
import { topicLabel } from '../topics';

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

/** Pairs each question with the answers that follow it, up to the next question or section. */
export function buildExchanges(
  turns: readonly Turn[], sections: readonly Section[], lines: readonly string[], topics?: TopicCache, language: () => string | null = () => null,
): Exchange[] {
  const exchanges: Exchange[] = [];
  const sectionStarts = sections.map(s => s.range.start.line).sort((a, b) => a - b);
  let sectionIndex = 0;
  let open: Exchange | null = null;
  for (const turn of turns) {
    while (sectionIndex < sectionStarts.length && sectionStarts[sectionIndex] <= turn.range.start.line) {
      sectionIndex++;
      open = null;
    }
    if (turn.isQuestion) {
      open = new LazyExchange(exchanges.length + 1, turn, lines, topics, language);
      exchanges.push(open);
    } else if (open && turn.label !== null) {
      open.answers.push(turn);
      open.range = { start: open.range.start, end: turn.range.end };
    } else if (open && turn.label === null) {
      open = null;
    }
  }
  return exchanges;
}

/** Topics already computed, by question turn: an edit elsewhere keeps them. Each is stored after the language it
 * was read in and a NUL (`de\u0000Reform der Renten`), so that a change of language computes it again. */
export type TopicCache = WeakMap<Turn, string>;

/** An exchange whose topic is computed when first read: large transcripts have thousands of questions. */
class LazyExchange implements Exchange {
  answers: Turn[] = [];
  range: Range;
  private computedTopic: string | null = null;

  constructor(
    readonly number: number,
    readonly question: Turn,
    private readonly lines: readonly string[],
    private readonly topics: TopicCache | undefined,
    private readonly language: () => string | null,
  ) {
    this.range = question.range;
  }

  get topic(): string {
    if (this.computedTopic === null) {
      const language = this.language();
      const key = `${language ?? ''}\u0000`;
      const cached = this.topics?.get(this.question);
      this.computedTopic = cached?.startsWith(key) ? cached.slice(key.length) : topicLabel(turnText(this.lines, this.question), { language });
      this.topics?.set(this.question, key + this.computedTopic);
    }
    return this.computedTopic;
  }

  /** Plain data, as JSON.stringify shows it: the topic included, the document's lines not. */
  toJSON(): object {
    return { number: this.number, topic: this.topic, question: this.question, answers: this.answers, range: this.range };
  }
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

function countTurnWords(lines: readonly string[], turn: Turn): number {
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
