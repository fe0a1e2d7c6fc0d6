// Every row of the conventions table (src/core/conventions/table.ts) is read alike by the parser and the grammar:
// a new marker word, metadata key or roster heading is covered here as soon as it is added.
import * as assert from 'assert';
import {
  MARKER_LETTERS, MARKER_WORDS, NOT_SPEAKER_KEYS, ROSTER_HEADINGS, SALUTATIONS,
} from '../../src/core/conventions';
import { parseTranscript } from '../../src/core/parse';
import { grammar, SCOPE } from './tokenAssert';

/** The parser's reading of a one-line document: the label's kind, or null when the line is no label. */
function parserKind(line: string): string | null {
  const [turn] = parseTranscript(`${line}\n`).turns;
  if (!turn || turn.label === null) return null;
  return turn.isQuestion ? 'question' : turn.isAnswer ? 'answer' : 'speaker';
}

/** The grammar's reading of the same line: the kind of label it colours, or null. */
async function grammarKind(line: string): Promise<string | null> {
  const { tokens } = (await grammar()).tokenizeLine(line, null);
  const scopes = tokens.flatMap(token => token.scopes);
  if (scopes.includes(SCOPE.question)) return 'question';
  if (scopes.includes(SCOPE.answer)) return 'answer';
  if (scopes.includes(SCOPE.speaker)) return 'speaker';
  return null;
}

async function expectBoth(line: string, kind: string | null): Promise<void> {
  assert.strictEqual(parserKind(line), kind, `parser on ${JSON.stringify(line)}`);
  assert.strictEqual(await grammarKind(line), kind, `grammar on ${JSON.stringify(line)}`);
}

const colonFor = (word: string) => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) ? '：' : ': ');

describe('conventions table: parser and grammar read every row alike', () => {
  it('every marker word, as written and in capitals, is a question or an answer', async () => {
    for (const row of MARKER_WORDS) {
      for (const word of new Set([row.word, row.word.toUpperCase()])) await expectBoth(`${word}${colonFor(word)}Text here.`, row.kind);
      if (row.extends === 'prefix') await expectBoth(`${row.word} de Ana Ruiz: Text here.`, row.kind);
      if (row.extends === 'suffix') await expectBoth(`法新社${row.word}：Text here.`, row.kind);
    }
  });

  it('every marker letter is read with a full stop, and with a colon only where the row allows it', async () => {
    for (const row of MARKER_LETTERS) {
      await expectBoth(`${row.letter}. ¿Text here?`, row.kind);
      await expectBoth(`${row.letter}: Text here.`, row.punctuation === 'any' ? row.kind : 'speaker');
    }
  });

  it('no metadata key, document word or roster heading is a speaker, in any of its cases', async () => {
    const words = [...NOT_SPEAKER_KEYS.filter(row => row.role !== 'field').map(row => row.word), ...ROSTER_HEADINGS.map(row => row.word)];
    for (const word of words) {
      for (const written of [word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]) {
        const line = `${written}${colonFor(written)}Something`;
        assert.strictEqual(parserKind(line), null, `parser on ${line}`);
        assert.ok((await grammarKind(line)) === null, `grammar on ${line}`);
      }
    }
  });

  it('a field of a podcast header is a speaker in the body', async () => {
    for (const row of NOT_SPEAKER_KEYS.filter(r => r.role === 'field' && !r.word.includes(' '))) {
      const word = row.word.charAt(0).toUpperCase() + row.word.slice(1);
      await expectBoth(`Ann Lee: Hello.\n${word}: Welcome back.`.split('\n')[1], 'speaker');
    }
  });

  it('a letter’s salutation read out is no label', async () => {
    for (const row of SALUTATIONS) {
      const word = row.word.charAt(0).toUpperCase() + row.word.slice(1);
      await expectBoth(`${word} Chairman Holt:`, null);
    }
  });
});
