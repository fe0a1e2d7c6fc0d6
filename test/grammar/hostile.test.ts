// Hostile input: 20,000-character adversarial lines must tokenize in linear time.
// Each adversarial line is timed against a line of plain prose of the same length, the two runs
// interleaved (best of five each) so machine noise hits both alike. The prose line is one token;
// linear adversarial lines measured here take up to about 17 times as long when they make
// thousands of tokens (vscode-textmate's cost per token), under 100 ms. A rule that backtracks
// catastrophically, or a capture re-tokenized once per match (quadratic in vscode-textmate),
// took 0.8 to 2.7 s at this size in trials, 60 to 300 times the prose line. The bounds sit between:
//   - at most 2 s for the 20,000-character line, whatever the machine;
//   - at most 40 times the prose line, unless under 200 ms (timer noise on a fast machine).
// GRAMMAR_TIMINGS=1 prints the measurements.
import * as assert from 'assert';
import { TranscriptTokenizer } from './loadGrammar';
import { grammar } from './tokenAssert';

const LENGTH = 20000;
const RUNS = 5;
const FACTOR = 40;
const FLOOR_MS = 200;
const LIMIT_MS = 2000;

/** `unit` repeated to `length` characters; `end` replaces the tail. */
function fill(unit: string, length: number, end = ''): string {
  const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - end.length);
  return body + end;
}

const ADVERSARIAL: Record<string, (length: number) => string> = {
  'capital words then a colon (A A A ... :)': n => fill('A ', n, ':'),
  'name-like words then a colon (Aa Aa ... :)': n => fill('Aa ', n, ':'),
  'opening parentheses': n => fill('(', n),
  'parenthesised capitals without end': n => fill('(A ', n),
  'asterisks': n => fill('*', n),
  'bold openers (**a **a ...)': n => fill('**a ', n),
  'italic openers (*a *a ...)': n => fill('*a ', n),
  'underscores (_a _a ...)': n => fill('_a ', n),
  'digits and colons (1:2:3:...)': n => fill('1:2:3:', n),
  'clock runs (12:34:56.12:34:56...)': n => fill('12:34:56.', n),
  'long digit runs with colons': n => fill('1234567890:', n),
  'opening brackets': n => fill('[', n),
  'unfinished links ([a]( ...)': n => fill('[a](', n),
  'escaped brackets (\\[ ...)': n => fill('\\[', n),
  'voice tags without end (<v <v ...)': n => fill('<v ', n),
  'Q then wide space': n => 'Q' + ' '.repeat(n - 2) + 'x',
  'spaces then a colon': n => ' '.repeat(n - 1) + ':',
  'A then index-like columns': n => 'A' + fill('  x1', n - 1),
  'separator look-alike (* * * ... x)': n => fill('* ', n, 'x'),
  'dash separator look-alike (- - - ... x)': n => fill('- ', n, 'x'),
  'heading of hashes (# # # ...)': n => '# ' + fill('# ', n - 2),
  'no-break spaces': n => fill('\u00a0', n),
  'full-width colons after CJK names': n => fill('主持人：', n),
  'words and colons (Word: Word: ...)': n => fill('Word: ', n),
  'front of a qualifier without end (Name (a (a ...)': n => 'Name ' + fill('(a ', n - 5),
  'cue arrows (00:00:00,000 --> ...)': n => fill('00:00:00,000 --> ', n),
  'form feeds': n => fill('\f', n),
  'backticks (`a`a ...)': n => fill('`a', n),
  'many stage directions ([x] [x] ...)': n => fill('[x] ', n),
  'many escaped directions (\\[x\\] ...)': n => fill('\\[x\\] ', n),
  'many parenthesised directions ((laughter 00:01) ...)': n => fill('(laughter 00:01) ', n),
  'many bold and italic words': n => fill('**a** *b* ', n),
  'many links ([a](b) ...)': n => fill('[a](b) ', n),
  'many timestamps ([00:01] 00:00:01 ...)': n => fill('[00:01] 00:00:01 ', n),
  'many voice tags (<v A>x</v> ...)': n => fill('<v A>x</v> ', n),
  'many entities (&amp; ...)': n => fill('&amp;', n),
};

/** Best time of each line over RUNS interleaved runs, so both see the same machine load. */
function bestTimes(tokenizer: TranscriptTokenizer, a: string, b: string): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    tokenizer.tokenizeLine(a, null);
    bestA = Math.min(bestA, performance.now() - start);
    start = performance.now();
    tokenizer.tokenizeLine(b, null);
    bestB = Math.min(bestB, performance.now() - start);
  }
  return [bestA, bestB];
}

describe('grammar: hostile input stays linear', function () {
  this.timeout(60000);
  let tokenizer: TranscriptTokenizer;
  const prose = fill('the quick brown fox jumps over the lazy dog, said Anna Berg. ', LENGTH);

  before(async () => {
    tokenizer = await grammar();
    tokenizer.tokenizeLine(prose, null);
  });

  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`tokenizes ${LENGTH.toLocaleString('en')} characters of ${name} in linear time`, () => {
      const line = make(LENGTH);
      assert.strictEqual(line.length, LENGTH);
      const [hostile, plain] = bestTimes(tokenizer, line, prose);
      const ratio = hostile / plain;
      if (process.env.GRAMMAR_TIMINGS === '1') {
        console.log(`      ${hostile.toFixed(1)} ms, plain prose ${plain.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
      }
      assert.ok(hostile < LIMIT_MS, `${hostile.toFixed(0)} ms for ${LENGTH} characters`);
      assert.ok(
        hostile < FLOOR_MS || ratio < FACTOR,
        `${hostile.toFixed(1)} ms, ${ratio.toFixed(1)} times plain prose (${plain.toFixed(1)} ms)`,
      );
    });
  }
});
