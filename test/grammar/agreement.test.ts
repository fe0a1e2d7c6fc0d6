// The parser and the grammar read the same conventions table, so on every parse fixture and every file of
// the shared corpus they must agree on which lines hold a label and which labels mark a question: what the
// editor colours as a speaker is what the Outline and the citations take as one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseTranscript, splitLines as splitForParser } from '../../src/core/parse';
import { layoutNameLine } from '../../src/core/parse/nameLines';
import { plainContext } from '../../src/core/parse/plain';
import { loadTranscriptGrammar, repositoryRoot, splitLines, type LineToken, type TranscriptTokenizer } from './loadGrammar';

const root = repositoryRoot();
const FIXTURES = path.join(root, 'test', 'fixtures', 'parse');
const NOT_TRANSCRIPTS = new Set(['MANIFEST.tsv', 'README.md']);

/**
 * The shared corpus sits beside the repository (`../shared/corpus`); a worktree one level further down finds
 * it one folder higher. CI has it, so its absence is a failure, not a skip.
 */
export function sharedCorpus(): string {
  const candidates = [path.join(root, '..', 'shared', 'corpus'), path.join(root, '..', '..', 'shared', 'corpus')];
  const found = candidates.find(dir => fs.existsSync(path.join(dir, 'MANIFEST.tsv')));
  if (!found) throw new Error(`the shared corpus is missing: expected ${candidates[0]} (with its MANIFEST.tsv) beside the repository`);
  return found;
}

function transcriptFiles(): string[] {
  const fixtures = fs.readdirSync(FIXTURES).filter(f => !f.endsWith('.expected.json')).map(f => path.join(FIXTURES, f));
  const corpus = sharedCorpus();
  const shared = fs.readdirSync(corpus).filter(f => !NOT_TRANSCRIPTS.has(f)).map(f => path.join(corpus, f));
  return [...fixtures, ...shared];
}

type LineKind = 'label' | 'question';

/**
 * What the parser reads, by 0-based line: a label (question marker or other), the speaker of each line, and the
 * speakers labelled before each heading.
 */
interface ParserReading {
  labels: Map<number, LineKind>;
  speakerAt: (line: number) => string | null;
  /** A heading that the parser took as a label, and whose name a label earlier in the document gave. */
  isSpeakerHeading: (line: number, text: string) => boolean;
  /** A name alone after a separator, in a plain transcript laid out so throughout. */
  isLayoutNameLine: (line: number) => boolean;
}

function parserReading(text: string, fileName: string): ParserReading {
  const t = parseTranscript(text, { fileName });
  const labels = new Map<number, LineKind>();
  for (const turn of t.turns) {
    if (!turn.labelRange) continue;
    labels.set(turn.labelRange.start.line, turn.isQuestion ? 'question' : 'label');
  }
  const speakerAt = (line: number) => {
    const turn = t.turns.find(x => x.range.start.line <= line && line <= x.range.end.line);
    return turn ? turn.speaker : null;
  };
  const isSpeakerHeading = (line: number, source: string) => {
    const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(source);
    if (!heading) return false;
    return t.turns.some(x => x.labelRange !== null && x.labelRange.start.line < line && x.speaker === heading[1]);
  };
  const lines = splitForParser(text);
  const layout = t.format === 'plain' && plainContext(lines, 'utf-8').nameLines;
  const isLayoutNameLine = (line: number) => layout && layoutNameLine(i => lines[i], line) !== null;
  return { labels, speakerAt, isSpeakerHeading, isLayoutNameLine };
}

const isLabelScope = (scope: string) => scope.startsWith('entity.name.function.speaker') || scope.startsWith('entity.name.function.answer');
const isQuestionScope = (scope: string) => scope.startsWith('keyword.other.question');

interface GrammarReading {
  labels: Map<number, LineKind>;
  /** The name in a WebVTT voice tag (`<v Sarah>`), by line. */
  voices: Map<number, string>;
}

/** What the grammar colours as a label at the start of each line, and the voice tags of caption cues. */
function grammarReading(tokenizer: TranscriptTokenizer, text: string): GrammarReading {
  const labels = new Map<number, LineKind>();
  const voices = new Map<number, string>();
  tokenizer.tokenizeDocument(text).forEach((tokens: LineToken[], i) => {
    const voice = tokens.find(token => token.scopes.some(s => s.startsWith('meta.tag.voice')) && token.scopes.some(isLabelScope));
    if (voice) voices.set(i, voice.text.trim());
    else if (tokens.some(token => token.scopes.some(isQuestionScope))) labels.set(i, 'question');
    else if (tokens.some(token => token.scopes.some(isLabelScope))) labels.set(i, 'label');
  });
  return { labels, voices };
}

describe('grammar and parser agree', () => {
  let tokenizer: TranscriptTokenizer;
  before(async () => { tokenizer = await loadTranscriptGrammar(); });

  it('finds the shared corpus beside the repository', () => {
    assert.ok(fs.readdirSync(sharedCorpus()).length > 10);
  });

  for (const file of transcriptFiles()) {
    const name = path.basename(file);
    it(`on which lines of ${name} are labels and questions`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const source = splitLines(text);
      const parsed = parserReading(text, name);
      const coloured = grammarReading(tokenizer, text);
      const differences: string[] = [];
      for (let i = 0; i < source.length; i++) {
        const voice = coloured.voices.get(i);
        if (voice !== undefined) {
          // A cue's voice tag names its speaker: the parser's turn there is that voice's (a new turn, or the
          // same voice going on, which the parser keeps as one turn).
          const speaker = parsed.speakerAt(i);
          if (speaker !== voice) differences.push(`${i + 1}: grammar voice ${voice}, parser speaker ${speaker}`);
          continue;
        }
        const p = parsed.labels.get(i) ?? 'text';
        const g = coloured.labels.get(i) ?? 'text';
        if (p === g) continue;
        // The disagreements by design, where the parser reads the document and the grammar a line: a Markdown
        // heading naming a speaker labelled earlier opens that speaker's turn; a name alone after a separator is a
        // label where the whole transcript is laid out so.
        if (p === 'label' && g === 'text' && (parsed.isSpeakerHeading(i, source[i]) || parsed.isLayoutNameLine(i))) continue;
        differences.push(`${i + 1}: parser ${p}, grammar ${g}: ${source[i].slice(0, 100)}`);
      }
      assert.deepStrictEqual(differences, [], `${name}: the parser and the grammar disagree`);
    });
  }
});
