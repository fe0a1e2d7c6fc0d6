/**
 * The turns a parse produces. A multi-megabyte transcript has tens of thousands of paragraphs: each turn keeps
 * its paragraphs' bounds as four numbers apiece and makes `Paragraph` objects only when they are read, which
 * keeps the model smaller than the text it describes.
 */
import type { Paragraph, Turn } from '../model';
import type { Range } from '../position';

/** Shared by every turn without paragraphs; never written to. */
const NO_BOUNDS: number[] = [];

/**
 * Above this many numbers a turn's bounds move to a typed array. Most turns have a paragraph or two, kept in the
 * smallest container (a plain array of four); a caption file without speakers is one turn of tens of thousands
 * of paragraphs, rebuilt on each keystroke, and a plain array of numbers grows about seven times more slowly.
 */
const PLAIN_BOUNDS_MAX = 32;

export class TurnRecord implements Turn {
  /** Paragraph bounds, four numbers each: start line, start character, end line, end character. */
  private bounds: number[] | Int32Array = NO_BOUNDS;
  /** How many numbers of `bounds` are in use (a typed array has room to spare). */
  private used = 0;

  constructor(
    public index: number,
    public speaker: string | null,
    public label: string | null,
    public qualifier: string | null,
    public isQuestion: boolean,
    public isAnswer: boolean,
    public addressees: string[],
    public range: Range,
    public labelRange: Range | null,
    public startTime: string | null,
  ) {}

  get paragraphs(): Paragraph[] {
    const b = this.bounds;
    const out: Paragraph[] = [];
    for (let i = 0; i < this.used; i += 4) {
      out.push({ range: { start: { line: b[i], character: b[i + 1] }, end: { line: b[i + 2], character: b[i + 3] } } });
    }
    return out;
  }

  get paragraphCount(): number {
    return this.used / 4;
  }

  addParagraph(startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    const n = this.used;
    this.used = n + 4;
    if (n === 0) {
      this.bounds = [startLine, startCharacter, endLine, endCharacter];
      return;
    }
    let b = this.bounds;
    if (Array.isArray(b) && n < PLAIN_BOUNDS_MAX) {
      b.push(startLine, startCharacter, endLine, endCharacter);
      return;
    }
    if (n + 4 > b.length) {
      const grown = new Int32Array(Math.max(2 * n, 64));
      grown.set(b);
      this.bounds = b = grown;
    }
    b[n] = startLine;
    b[n + 1] = startCharacter;
    b[n + 2] = endLine;
    b[n + 3] = endCharacter;
  }

  /** The same turn `delta` lines away, at another index. */
  moved(delta: number, index: number): TurnRecord {
    const shift = (r: Range): Range => ({
      start: { line: r.start.line + delta, character: r.start.character },
      end: { line: r.end.line + delta, character: r.end.character },
    });
    const copy = new TurnRecord(index, this.speaker, this.label, this.qualifier, this.isQuestion, this.isAnswer,
      this.addressees, delta ? shift(this.range) : this.range, this.labelRange && delta ? shift(this.labelRange) : this.labelRange,
      this.startTime);
    const b = this.bounds;
    for (let i = 0; i < this.used; i += 4) copy.addParagraph(b[i] + delta, b[i + 1], b[i + 2] + delta, b[i + 3]);
    return copy;
  }

  /** Plain data, as the model describes a turn. */
  toJSON(): Turn {
    return {
      index: this.index, speaker: this.speaker, label: this.label, qualifier: this.qualifier, isQuestion: this.isQuestion,
      isAnswer: this.isAnswer, addressees: this.addressees, range: this.range, labelRange: this.labelRange,
      paragraphs: this.paragraphs, startTime: this.startTime,
    };
  }
}
