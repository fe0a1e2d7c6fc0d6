/**
 * Builds turns from a stream of line events, the same for every format: a label opens a turn, text lines
 * extend its paragraphs, blank lines end a paragraph, headings and chrome close the turn.
 * It runs once per line of multi-megabyte documents, so the paragraph in progress is kept in plain numbers
 * and objects are made only when a paragraph or turn is finished.
 */
import { TurnRecord } from './turnRecord';
import { addresseesOf } from './addressees';
import type { LabelMatch } from './labels';

export class TurnBuilder {
  readonly turns: TurnRecord[] = [];
  /** Whether unlabelled text may open a turn (the opening statement, or text after a section break). */
  allowUnlabelled = true;
  private current: TurnRecord | null = null;
  /** Whether the current turn has a finished paragraph, which then ends at endLine/endChar. */
  private hasParagraphEnd = false;
  private inParagraph = false;
  private startLine = 0;
  private startChar = 0;
  private endLine = 0;
  private endChar = 0;
  private pendingTime: string | null = null;

  /** Starts again after `turns`, finished turns of an earlier parse, as if the next line opened a new turn. */
  resumeAfter(turns: readonly TurnRecord[]): void {
    this.turns.length = 0;
    this.turns.push(...turns);
    this.current = null;
    this.hasParagraphEnd = false;
    this.inParagraph = false;
    this.pendingTime = null;
  }

  /** A label on `line`; `textStart`/`textEnd` bound the spoken text on that line (textStart -1: none). */
  label(line: number, match: LabelMatch, labelStart: number, labelEnd: number, textStart: number, textEnd: number): void {
    this.close();
    const start = { line, character: labelStart };
    const end = { line, character: labelEnd };
    // `Question:`, `Q.`, `A:` mark who asks and who answers without naming anyone: no speaker.
    const speaker = match.kind === 'speaker' ? match.name : null;
    const turn = new TurnRecord(this.turns.length, speaker, match.label, match.qualifier, match.kind === 'question',
      match.kind === 'answer', addresseesOf(match.qualifier), { start, end }, { start, end }, match.time ?? this.pendingTime);
    this.pendingTime = null;
    this.turns.push(turn);
    this.current = turn;
    this.hasParagraphEnd = false;
    if (textStart >= 0 && textEnd > textStart) this.text(line, textStart, textEnd);
  }

  /** A timestamp standing alone before the next turn (`[00:12:34]` on its own line). */
  time(time: string): void {
    if (this.current && this.current.paragraphCount === 0 && !this.inParagraph) {
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
      // `**Ana Ruiz - Northwind**` then `(00:00:12) Good morning`: the first paragraph's time is the turn's.
      if (time && this.current.startTime === null && !this.inParagraph && this.current.paragraphs.length === 0) this.current.startTime = time;
    }
    if (!this.inParagraph) {
      this.inParagraph = true;
      this.startLine = line;
      this.startChar = startChar;
    }
    this.endLine = line;
    this.endChar = endChar;
  }

  /** A blank line: the paragraph ends, the turn goes on. */
  blank(): void {
    if (this.inParagraph) this.flushParagraph();
  }

  /** A heading, separator or chrome line: the turn ends here. */
  close(): void {
    if (this.inParagraph) this.flushParagraph();
    const turn = this.current;
    // The turn ends where its last paragraph does; a position object is made once, here.
    if (turn && this.hasParagraphEnd) turn.range = { start: turn.range.start, end: { line: this.endLine, character: this.endChar } };
    this.current = null;
    this.hasParagraphEnd = false;
  }

  private openUnlabelled(line: number, startChar: number, time: string | null): void {
    const previous = this.turns.length ? this.turns[this.turns.length - 1] : null;
    const start = { line, character: startChar };
    // Text after a section break continues its speaker; the opening's speaker is inferred later.
    const turn = new TurnRecord(this.turns.length, previous ? previous.speaker : null, null, null, false, false, [],
      { start, end: start }, null, time ?? this.pendingTime);
    this.pendingTime = null;
    this.turns.push(turn);
    this.current = turn;
    this.hasParagraphEnd = false;
  }

  private flushParagraph(): void {
    this.inParagraph = false;
    if (!this.current) return;
    this.current.addParagraph(this.startLine, this.startChar, this.endLine, this.endChar);
    this.hasParagraphEnd = true;
  }
}
