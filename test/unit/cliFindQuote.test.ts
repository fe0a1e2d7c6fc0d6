/**
 * `transcript-review find-quote` as a user runs it (`node bin/transcript-review.js` in a child process, on the
 * bundle dist/cli.js, rebuilt when older than the sources): the matches it prints for an altered quote, its JSON,
 * which files under a folder it searches, and what it says (and its exit status) when nothing matches.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureCliBundle, ROOT, runCli } from './helpers/cli';

const fixtures = path.join(ROOT, 'test/fixtures/cli/quotes');




interface JsonMatch { file: string; startLine: number; endLine: number; speaker: string | null; exchange: number | null; score: number; text: string; changes: { kind: string; quoteText: string; spokenText: string }[] }

describe('transcript-review find-quote (command line)', function () {
  this.timeout(60000);
  let folder: string;

  before(() => {
    ensureCliBundle();
    // The fixtures, plus copies of a transcript where a search must not look (node_modules, .git).
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-review-quotes-'));
    fs.cpSync(fixtures, folder, { recursive: true });
    for (const skipped of ['node_modules/pkg', '.git/objects']) {
      fs.mkdirSync(path.join(folder, skipped), { recursive: true });
      fs.copyFileSync(path.join(fixtures, 'harbour.transcript'), path.join(folder, skipped, 'harbour.transcript'));
    }
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints where a misquote was said: file and line, renamed speaker, Q number, score, true text and differences', () => {
    const result = runCli(['find-quote', 'We expect the bridge to reopen on the fifth of March … less than we budgeted', folder]);
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.status, 0);
    const first = result.stdout.split(/\n(?=\d+\. )/)[0];
    assert.match(first, /^1\. .*harbour\.transcript:7-9 {2}Dana Hale {2}Q1 {2}score 0\.\d\d\n/);
    assert.match(first, /said: “We expect the bridge to reopen to traffic on the fourth of March, provided .* which is less than we budgeted”/);
    assert.match(first, /- left out: “to traffic”/);
    assert.match(first, /- changed: quoted “fifth”, said “fourth”/);
    assert.match(first, /- elided …: “, provided the inspectors sign off on the cables\. The repairs have cost the state|- elided …: “provided the inspectors/);
    assert.doesNotMatch(result.stdout, /node_modules|\.git/);
  });

  it('prints JSON with 1-based inclusive lines and the word-level changes for --json', () => {
    const result = runCli(['find-quote', 'will the ferry line resume before summer', folder, '--json']);
    assert.strictEqual(result.status, 0);
    const matches = JSON.parse(result.stdout) as JsonMatch[];
    const best = matches[0];
    assert.strictEqual(path.basename(best.file), 'clip.srt');
    assert.deepStrictEqual([best.startLine, best.endLine], [3, 7]);
    assert.strictEqual(best.speaker, 'Reporter');
    assert.strictEqual(best.text, 'Will the ferry line resume before the summer');
    assert.ok(best.score > 0.8 && best.score < 1, String(best.score));
    assert.deepStrictEqual(best.changes.map(c => c.kind), ['same', 'omitted', 'same']);
    assert.deepStrictEqual(best.changes[1], { kind: 'omitted', quoteText: '', spokenText: 'the' });
  });

  it('searches a folder recursively, but reads .txt and .md files only when they are transcripts', () => {
    // notes.md quotes the minister word for word, but it is an article draft, not a transcript.
    const result = runCli(['find-quote', 'we expect the bridge to reopen to traffic on the fourth of March', folder, '--json']);
    const files = (JSON.parse(result.stdout) as JsonMatch[]).map(m => path.relative(folder, m.file));
    assert.deepStrictEqual(files, ['harbour.transcript']);
    const hearing = JSON.parse(runCli(['find-quote', 'we told the ministry in writing', path.join(folder, 'hearings'), '--json']).stdout) as JsonMatch[];
    assert.strictEqual(path.basename(hearing[0].file), 'committee.txt');
    assert.strictEqual(hearing[0].speaker, 'HARBOUR MASTER');
    assert.strictEqual(hearing[0].startLine, 9);
  });

  it('says "quote not found" on stderr with exit status 1 when nothing is close enough', () => {
    const result = runCli(['find-quote', 'the harbour master resigned after the minister blamed him for the delays', folder]);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.stderr, 'transcript-review: quote not found in 3 transcripts (nothing close enough to be the same words)\n');
    assert.strictEqual(result.status, 1);
    const json = runCli(['find-quote', 'the harbour master resigned after the minister blamed him for the delays', folder, '--json']);
    assert.strictEqual(json.stdout, '[]\n');
    assert.strictEqual(json.status, 1);
  });

  it('refuses a wrong command line with exit status 2', () => {
    for (const [args, pattern] of [
      [['find-quote', 'the bridge', folder], /too short/],
      [['find-quote', 'we expect the bridge to reopen'], /needs the quote and at least one PATH/],
      [['find-quote', 'we expect the bridge to reopen', folder, '--lines', '3'], /unknown option '--lines' for find-quote/],
    ] as const) {
      const result = runCli([...args]);
      assert.strictEqual(result.stdout, '');
      assert.match(result.stderr, /^transcript-review: [^\n]+\n$/);
      assert.match(result.stderr, pattern);
      assert.strictEqual(result.status, 2);
    }
  });

  it('names a PATH that does not exist, with exit status 1', () => {
    const result = runCli(['find-quote', 'we expect the bridge to reopen', path.join(folder, 'missing')]);
    assert.match(result.stderr, /^transcript-review: .*missing: no such file or folder\n$/);
    assert.strictEqual(result.status, 1);
  });

  it('lists find-quote in the general help, with its own help', () => {
    assert.match(runCli(['--help']).stdout, /find-quote TEXT PATH\.\.\. \[--json\]/);
    const help = runCli(['find-quote', '--help']);
    assert.strictEqual(help.status, 0);
    assert.match(help.stdout, /^Usage: transcript-review find-quote TEXT PATH\.\.\. \[--json\]/);
  });
});
