/**
 * The turns a parse produces. A multi-megabyte transcript has tens of thousands of paragraphs: each turn keeps
 * its paragraphs' bounds as four numbers apiece and makes `Paragraph` objects only when they are read, which
 * keeps the model smaller than the text it describes.
 */
import type { Paragraph, Turn } from '../model';
import type { Range } from '../position';

/** Shared by every turn without paragraphs; never written to. */
const NO_BOUNDS: number[] = [];

export class TurnRecord implements Turn {
  /** Paragraph bounds, four numbers each: start line, start character, end line, end character. */
  private bounds: number[] = NO_BOUNDS;

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
    for (let i = 0; i < b.length; i += 4) {
      out.push({ range: { start: { line: b[i], character: b[i + 1] }, end: { line: b[i + 2], character: b[i + 3] } } });
    }
    return out;
  }

  get paragraphCount(): number {
    return this.bounds.length / 4;
  }

  addParagraph(startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    // Most turns have one paragraph: an array literal of four is the smallest array that holds it.
    if (this.bounds === NO_BOUNDS) this.bounds = [startLine, startCharacter, endLine, endCharacter];
    else this.bounds.push(startLine, startCharacter, endLine, endCharacter);
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
    if (this.bounds.length > 0) copy.bounds = [];
    for (let i = 0; i < this.bounds.length; i += 4) {
      copy.bounds.push(this.bounds[i] + delta, this.bounds[i + 1], this.bounds[i + 2] + delta, this.bounds[i + 3]);
    }
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
