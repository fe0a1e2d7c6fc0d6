/**
 * Caption citations: every text line of every cue cites that cue's start time, in the parser fixtures and the
 * shared corpus's caption files (../shared/corpus beside the repository, when it is there); rolling auto-captions
 * are quoted without their repeated lines.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cite, extractQuote, buildCitationContext, formatCitation } from '../../src/core/citation';
import type { Cue } from '../../src/core/model';
import { parseTranscript, splitLines } from '../../src/core/parse';
import { range } from '../../src/core/position';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'parse');
/** The shared corpus lies beside the repository (or beside the folder of worktrees). */
const CORPUS = [path.resolve(ROOT, '..', 'shared', 'corpus'), path.resolve(ROOT, '..', '..', 'shared', 'corpus')].find(dir => fs.existsSync(dir));
/** A cite takes a few milliseconds in the 1.6 MB file; its lines are checked at this stride (every line elsewhere). */
const LARGE_FILE_STRIDE = 211;

function captionFiles(): string[] {
  const dirs = [FIXTURES, ...(CORPUS ? [CORPUS] : [])];
  return dirs.flatMap(dir => fs.readdirSync(dir).filter(f => /\.(vtt|srt)$/i.test(f)).map(f => path.join(dir, f)));
}

const clock = (cue: Cue) => cue.start.slice(0, 8);

describe('caption citations: the quoted cue\'s time', () => {
  const files = captionFiles();

  it('finds the caption files to check', () => {
    assert.ok(files.length >= 4, files.join(', '));
  });

  for (const file of files) {
    it(`cites each cue line's own start time: ${path.basename(file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const transcript = parseTranscript(text, { fileName: file });
      const lines = splitLines(text);
      const cues = transcript.cues ?? [];
      assert.ok(cues.length > 0, 'the file has cues');
      const large = text.length > 1_000_000;
      let checked = 0;
      let wrong: string[] = [];
      let line = 0;
      cues.forEach((cue) => {
        for (let i = cue.firstLine; i <= cue.lastLine; i++, line++) {
          if (large && line % LARGE_FILE_STRIDE !== 0) continue;
          if (lines[i].trim() === '') continue;
          const whole = cite(transcript, lines, range(i, 0, i, lines[i].length), 'timestamp');
          const cursor = cite(transcript, lines, range(i, 1, i, 1), 'timestamp');
          for (const citation of [whole, cursor]) {
            if (!citation.endsWith(`[${clock(cue)}]`)) wrong.push(`line ${i + 1} (cue at ${cue.start}): ${citation}`);
          }
          checked++;
        }
      });
      wrong = wrong.slice(0, 5);
      assert.deepEqual(wrong, []);
      assert.ok(checked > 0);
    });
  }
});

describe('caption citations: several cues and other styles', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'captions-prefix.srt'), 'utf8');
  const transcript = parseTranscript(text, { fileName: 'captions-prefix.srt' });
  const lines = splitLines(text);

  it('gives the first quoted cue\'s time for a quote over several cues, not the turn\'s', () => {
    const second = transcript.cues![1];
    const third = transcript.cues![2];
    const quote = extractQuote(transcript, lines, range(second.firstLine, 0, third.lastLine, lines[third.lastLine].length));
    assert.equal(quote.time, second.start.slice(0, 8));
    assert.notEqual(quote.time, transcript.turns[0].startTime?.slice(0, 8));
  });

  it('puts the cue time in the custom template\'s {time} and the APA locator', () => {
    const third = transcript.cues![2];
    const quote = extractQuote(transcript, lines, range(third.firstLine, 0, third.firstLine, 4));
    const context = buildCitationContext(transcript, quote);
    assert.equal(formatCitation(context, 'custom', { template: '{time}' }), '00:00:04');
    assert.match(formatCitation(context, 'apa', {}), /00:00:04/);
  });
});

describe('caption citations: timings as written', () => {
  it('reads timings without a fraction or with a short one, and cites each cue at its time', () => {
    const text = '1\n00:00:01 --> 00:00:03\nhello there\n\n2\n01:02,5 --> 01:04,25\nand again\n';
    const transcript = parseTranscript(text, { fileName: 'a.srt' });
    assert.deepEqual(transcript.cues!.map(c => [c.start, c.end]), [['00:00:01', '00:00:03'], ['00:01:02.5', '00:01:04.25']]);
    const lines = splitLines(text);
    assert.match(cite(transcript, lines, range(6, 0, 6, 9), 'timestamp'), /\[00:01:02\]$/);
  });
});

describe('caption citations: cues not parted by blank lines', () => {
  it('reads each timing line as a cue of its own, its number not part of the text before', () => {
    const text = '1\n00:00:01,000 --> 00:00:03,000\nTravis: hello there\n2\n00:00:03,000 --> 00:00:05,000\nhow are you\n3\n00:00:05,000 --> 00:00:07,000\nAlban: fine thanks\n';
    const transcript = parseTranscript(text, { fileName: 'a.srt' });
    assert.deepEqual(transcript.cues!.map(c => [c.start, c.firstLine, c.lastLine]), [['00:00:01.000', 2, 2], ['00:00:03.000', 5, 5], ['00:00:05.000', 8, 8]]);
    const lines = splitLines(text);
    assert.match(cite(transcript, lines, range(5, 0, 5, 11), 'timestamp'), /^"how are you" — Travis\b.*\[00:00:03\]$/);
    assert.match(cite(transcript, lines, range(2, 0, 5, 11), 'timestamp'), /^"hello there how are you" — Travis\b.*\[00:00:01\]$/);
  });
});

describe('caption citations: rolling auto-captions', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'captions-rolling.srt'), 'utf8');
  const transcript = parseTranscript(text, { fileName: 'captions-rolling.srt' });
  const lines = splitLines(text);

  it('is detected as rolling, and plain captions are not', () => {
    assert.equal(transcript.rollingCaptions, true);
    const plain = fs.readFileSync(path.join(FIXTURES, 'captions-prefix.srt'), 'utf8');
    assert.equal(parseTranscript(plain, { fileName: 'a.srt' }).rollingCaptions, undefined);
  });

  it('quotes each repeated line once over a range of cues', () => {
    const cues = transcript.cues!;
    const quote = extractQuote(transcript, lines, range(cues[0].firstLine, 0, cues[4].lastLine, lines[cues[4].lastLine].length));
    assert.equal(quote.text, 'the following is a conversation with two researchers about language models and what comes next');
    assert.equal(quote.time, '00:00:00');
  });

  it('keeps a repeated line when the line it repeats is not quoted', () => {
    const cues = transcript.cues!;
    const quote = extractQuote(transcript, lines, range(cues[2].firstLine, 0, cues[4].lastLine, lines[cues[4].lastLine].length));
    assert.equal(quote.text, 'the following is a conversation with two researchers about language models and what comes next');
    assert.equal(quote.time, '00:00:01');
  });

  it('leaves the document lines as they are', () => {
    assert.equal(lines.filter(l => l === 'the following is a conversation with').length, 3);
  });
});
