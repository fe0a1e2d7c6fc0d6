/**
 * Builds turns from a stream of line events, the same for every format: a label opens a turn, text lines
 * extend its paragraphs, blank lines end a paragraph, headings and chrome close the turn.
 */
import type { Paragraph, Turn } from '../model';
import { addresseesOf, type LabelMatch } from './labels';

export class TurnBuilder {
  readonly turns: Turn[] = [];
  private current: Turn | null = null;
  private paragraph: { startLine: number; startChar: number; endLine: number; endChar: number } | null = null;
  /** Whether unlabelled text may open a turn (the opening statement, or text after a section break). */
  allowUnlabelled = true;
  private pendingTime: string | null = null;

  /** A label on `line`; `textStart`/`textEnd` bound the spoken text on that line (textStart -1: none). */
  label(line: number, match: LabelMatch, labelStart: number, labelEnd: number, textStart: number, textEnd: number): void {
    this.close();
    const turn: Turn = {
      index: this.turns.length,
      speaker: match.name,
      label: match.label,
      qualifier: match.qualifier,
      isQuestion: match.kind === 'question',
      isAnswer: match.kind === 'answer',
      addressees: addresseesOf(match.qualifier),
      range: span(line, labelStart, line, labelEnd),
      labelRange: span(line, labelStart, line, labelEnd),
      paragraphs: [],
      startTime: match.time ?? this.pendingTime,
    };
    this.pendingTime = null;
    this.turns.push(turn);
    this.current = turn;
    if (textStart >= 0 && textEnd > textStart) this.text(line, textStart, textEnd);
  }

  /** A timestamp standing alone before the next turn (`[00:12:34]` on its own line). */
  time(time: string): void {
    if (this.current && this.current.paragraphs.length === 0 && this.paragraph === null) {
      this.current.startTime = this.current.startTime ?? time;
    } else {
      this.pendingTime = time;
    }
  }

  /** Spoken text from `startChar` to `endChar` on `line`. */
  text(line: number, startChar: number, endChar: number, time?: string | null): void {
    if (!this.current) {
      if (!this.allowUnlabelled) return;
      this.openUnlabelled(line, startChar, time ?? null);
    } else {
      // A time standing alone belongs to the turn right after it, not to one further down.
      this.pendingTime = null;
    }
    if (this.paragraph) {
      this.paragraph.endLine = line;
      this.paragraph.endChar = endChar;
    } else {
      this.paragraph = { startLine: line, startChar, endLine: line, endChar };
    }
  }

  /** A blank line: the paragraph ends, the turn goes on. */
  blank(): void {
    this.flushParagraph();
  }

  /** A heading, separator or chrome line: the turn ends here. */
  close(): void {
    this.flushParagraph();
    this.current = null;
  }

  private openUnlabelled(line: number, startChar: number, time: string | null): void {
    const previous = this.turns.length ? this.turns[this.turns.length - 1] : null;
    const turn: Turn = {
      index: this.turns.length,
      // Text after a section break continues its speaker; the opening's speaker is inferred later.
      speaker: previous ? previous.speaker : null,
      label: null, qualifier: null, isQuestion: false, isAnswer: false, addressees: [],
      range: span(line, startChar, line, startChar), labelRange: null, paragraphs: [],
      startTime: time ?? this.pendingTime,
    };
    this.pendingTime = null;
    this.turns.push(turn);
    this.current = turn;
  }

  private flushParagraph(): void {
    const p = this.paragraph;
    const turn = this.current;
    if (!p || !turn) {
      this.paragraph = null;
      return;
    }
    const paragraph: Paragraph = { range: span(p.startLine, p.startChar, p.endLine, p.endChar) };
    turn.paragraphs.push(paragraph);
    turn.range = { start: turn.range.start, end: paragraph.range.end };
    this.paragraph = null;
  }
}

function span(startLine: number, startChar: number, endLine: number, endChar: number) {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
