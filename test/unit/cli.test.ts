/**
 * The command-line tool as a user runs it: `node bin/transcript-review.js ...` in a child process
 * (the shim loads the esbuild bundle dist/cli.js, rebuilt here when older than the sources).
 * Checks the output, the one-line error messages and the exit codes.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN, ensureCliBundle, ROOT, runCli, type CliRun } from './helpers/cli';

const press = path.join(ROOT, 'test/fixtures/cli/press.txt');



/** One line on stderr, naming the tool and matching `pattern`; nothing on stdout; no stack trace. */
function assertFails(result: CliRun, exitCode: 1 | 2, pattern: RegExp): void {
  assert.strictEqual(result.stdout, '', `stdout should be empty, got ${JSON.stringify(result.stdout)}`);
  assert.match(result.stderr, /^transcript-review: [^\n]+\n$/, `stderr should be one line, got ${JSON.stringify(result.stderr)}`);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
  assert.match(result.stderr, pattern);
  assert.strictEqual(result.status, exitCode, `exit status for ${JSON.stringify(result.stderr)}`);
}


function json(result: CliRun): Record<string, unknown> {
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.status, 0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

function assertLineSpan(item: { startLine: unknown; endLine: unknown }, lineCount: number): void {
  assert.ok(Number.isInteger(item.startLine) && Number.isInteger(item.endLine), JSON.stringify(item));
  const { startLine, endLine } = item as { startLine: number; endLine: number };
  assert.ok(startLine >= 1 && startLine <= endLine && endLine <= lineCount, JSON.stringify(item));
}

function nullOrString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

describe('transcript-review (command line)', function () {
  this.timeout(60000);
  let tmp: string;

  before(() => {
    ensureCliBundle();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-review-cli-'));
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function tmpFile(name: string, bytes: Uint8Array | string): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    return file;
  }

  describe('help and version', () => {
    it('prints the commands for --help and exits 0', () => {
      const result = runCli(['--help']);
      assert.strictEqual(result.status, 0);
      assert.strictEqual(result.stderr, '');
      for (const command of ['outline FILE', 'speakers FILE', 'cite FILE --lines A[-B]']) assert.ok(result.stdout.includes(command), command);
    });

    it('prints a command\'s own help for `cite --help`', () => {
      const result = runCli(['cite', '--help']);
      assert.strictEqual(result.status, 0);
      assert.match(result.stdout, /^Usage: transcript-review cite FILE --lines A\[-B\] \[--style STYLE\]/);
      for (const style of ['plain', 'markdown', 'apa', 'chicago', 'mla', 'pinpoint', 'timestamp']) assert.match(result.stdout, new RegExp(`--style ${style} `));
    });

    it('prints the package version for --version', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const result = runCli(['--version']);
      assert.strictEqual(result.status, 0);
      assert.strictEqual(result.stdout, `transcript-review ${version}\n`);
    });
  });

  describe('usage errors: one line on stderr, exit 2', () => {
    it('no command at all', () => assertFails(runCli([]), 2, /no command given/));
    it('an unknown command', () => assertFails(runCli(['summarize', press]), 2, /unknown command 'summarize'/));
    it('an unknown option', () => assertFails(runCli(['outline', press, '--yaml']), 2, /unknown option '--yaml' for outline/));
    it('an unknown short option', () => assertFails(runCli(['outline', '-x', press]), 2, /unknown option '-x'/));
    it('an option of another command', () => assertFails(runCli(['speakers', press, '--lines', '3']), 2, /unknown option '--lines' for speakers/));
    it('a value given to a flag', () => assertFails(runCli(['outline', press, '--json=yes']), 2, /--json takes no value/));
    it('an option given twice', () => assertFails(runCli(['cite', press, '--lines', '3', '--lines', '4']), 2, /--lines is given twice/));
    it('a missing FILE', () => assertFails(runCli(['outline', '--json']), 2, /outline needs a FILE/));
    it('two FILEs', () => assertFails(runCli(['speakers', press, press]), 2, /takes one FILE/));
    it('cite without --lines', () => assertFails(runCli(['cite', press]), 2, /cite needs --lines/));
    it('--lines without a value', () => assertFails(runCli(['cite', press, '--lines']), 2, /--lines needs a value/));
    it('--lines that is not a line span', () => assertFails(runCli(['cite', press, '--lines', 'ten']), 2, /--lines expects A or A-B.*'ten'/));
    it('--lines 0', () => assertFails(runCli(['cite', press, '--lines', '0']), 2, /--lines counts from 1/));
    it('--lines that ends before it starts', () => assertFails(runCli(['cite', press, '--lines=9-7']), 2, /--lines 9-7 ends before it starts/));
    it('an unknown --style', () => assertFails(runCli(['cite', press, '--lines', '17', '--style', 'harvard']), 2, /--style must be one of plain, markdown, .*not 'harvard'/));
    it('--style custom, which needs a template', () => assertFails(runCli(['cite', press, '--lines', '17', '--style', 'custom']), 2, /--style must be one of/));
    it('a usage error even when the file is missing too', () => assertFails(runCli(['cite', 'missing.txt', '--lines', 'x']), 2, /--lines expects/));
    it('a line number too large to be one, without printing 1e+23', () => {
      const result = runCli(['cite', press, '--lines', '99999999999999999999999']);
      assertFails(result, 2, /--lines 99999999999999999999999: line numbers go up to 999999999/);
      assert.doesNotMatch(result.stderr, /e\+/);
    });
    it('lines past the end of the file, saying how many lines it has', () => {
      assertFails(runCli(['cite', press, '--lines', '29-40']), 2, /lines 29-40 are past the end of .*press\.txt, which has 30 lines/);
      assertFails(runCli(['cite', press, '--lines', '31']), 2, /line 31 is past the end of .*, which has 30 lines/);
    });
  });

  describe('input errors: one line on stderr, exit 1', () => {
    it('a missing file', () => assertFails(runCli(['outline', path.join(tmp, 'nowhere.txt')]), 1, /nowhere\.txt: no such file/));
    it('a directory', () => assertFails(runCli(['speakers', tmp]), 1, /is a directory, not a transcript file/));

    it('a path through a file (unreadable)', () => {
      assertFails(runCli(['outline', path.join(press, 'inside.txt')]), 1, /inside\.txt: a part of the path is not a directory/);
    });

    it('a symbolic link loop (unreadable)', () => {
      const loop = path.join(tmp, 'loop.txt');
      fs.symlinkSync(loop, loop);
      assertFails(runCli(['outline', loop]), 1, /loop\.txt: too many symbolic links/);
    });

    it('a binary file', () => {
      const png = tmpFile('picture.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      assertFails(runCli(['outline', png, '--json']), 1, /picture\.png: .*binary file.*NUL byte/);
    });


    it('a file name with a line break, escaped so the message stays on one line', () => {
      assertFails(runCli(['outline', path.join(tmp, 'two\nlines.txt')]), 1, /two\\nlines\.txt: no such file/);
    });

    it('a regular file over 64 MB, refused from its size without reading it', () => {
      const big = path.join(tmp, 'huge.txt');
      fs.closeSync(fs.openSync(big, 'w'));
      fs.truncateSync(big, 65 * 1024 * 1024); // sparse: no disk space, no time
      assertFails(runCli(['outline', big]), 1, /huge\.txt: is 65 MB; transcript-review reads files up to 64 MB/);
    });

    it('an endless device (/dev/zero), read in chunks up to the cap instead of filling the memory', () => {
      assertFails(runCli(['outline', '/dev/zero']), 1, /\/dev\/zero: more than 64 MB of input; transcript-review reads up to 64 MB/);
    });

    it('endless standard input, cut at the cap too', () => {
      const zero = fs.openSync('/dev/zero', 'r');
      try {
        const result = spawnSync(process.execPath, [BIN, 'speakers', '-'], { cwd: ROOT, encoding: 'utf8', stdio: [zero, 'pipe', 'pipe'] });
        assertFails({ status: result.status, stdout: result.stdout, stderr: result.stderr }, 1, /standard input: more than 64 MB of input/);
      } finally {
        fs.closeSync(zero);
      }
    });

    it('lines with nothing to quote', () => {
      assertFails(runCli(['cite', press, '--lines', '24']), 1, /line 24 of .*press\.txt holds no text to quote/);
      assertFails(runCli(['cite', press, '--lines', '26-26']), 1, /holds no text/);
    });
  });

  describe('writing the output', () => {
    it('reports a full disk (/dev/full) on stderr with exit 1 instead of losing the output silently', () => {
      const full = fs.openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [BIN, 'outline', press], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        assertFails({ status: result.status, stdout: '', stderr: result.stderr }, 1, /cannot write the output: no space left on the device/);
      } finally {
        fs.closeSync(full);
      }
    });

    it('stops quietly with exit 0 when the reader closes the pipe early (| head -1)', () => {
      const turns = Array.from({ length: 20000 }, (_, i) => `${i % 2 ? 'A' : 'Q'}: Turn number ${i} of a long hearing.\n`).join('');
      const long = tmpFile('long.txt', turns);
      const script = `set -o pipefail; "${process.execPath}" "${BIN}" outline "${long}" | head -1 >/dev/null`;
      const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(result.stderr, '');
      assert.strictEqual(result.status, 0);
    });
  });

  describe('encodings', () => {
    const quoteLine = 'Q: And the \u201cgrid\u201d, is it still \u201con track\u201d?\n';

    it('keeps a UTF-8 file with one stray Latin-1 byte as UTF-8 and notes the stray on stderr', () => {
      const bytes = Buffer.concat([Buffer.from(`MODERATOR: Welcome to the caf`, 'utf8'), Buffer.from([0xe9]), Buffer.from(`.\n${quoteLine}A: It\u2019s on track.\n`, 'utf8')]);
      const file = tmpFile('stray.txt', bytes);
      const result = runCli(['cite', file, '--lines', '2']);
      assert.strictEqual(result.status, 0);
      assert.match(result.stdout, /^"And the \u201cgrid\u201d, is it still \u201con track\u201d\?"/);
      assert.doesNotMatch(result.stdout, /\u00e2\u20ac/);
      assert.strictEqual(result.stderr, `transcript-review: note: ${file}: 1 byte sequence that is not UTF-8 (line 1) shown as U+FFFD; the rest is UTF-8\n`);
      const outline = runCli(['outline', file, '--json']);
      assert.strictEqual(outline.status, 0);
      const out = JSON.parse(outline.stdout) as Record<string, unknown>;
      assert.strictEqual(out.encoding, 'utf-8');
      assert.match(String(out.encodingWarning), /1 byte sequence that is not UTF-8/);
    });

    it('reads Chinese UTF-16 LE without a byte-order mark instead of refusing it as binary', () => {
      const text = '主持人：各位记者朋友，大家好。\n问：请问发言人对此有何评论？\n答：我们注意到有关报道。\n';
      const file = tmpFile('zh-utf16le.txt', Buffer.from(text, 'utf16le'));
      const out = json(runCli(['outline', file, '--json']));
      assert.strictEqual(out.encoding, 'utf-16le');
      assert.strictEqual(out.lineCount, 4);
      const cite = runCli(['cite', file, '--lines', '2']);
      assert.strictEqual(cite.status, 0, cite.stderr);
      assert.match(cite.stdout, /请问发言人对此有何评论？/);
    });

    const legacy: [string, string, string, string][] = [
      ['Windows-1251 (Russian)', 'windows-1251', 'ВЕДУЩИЙ: Добрый вечер.\nВопрос: Как вы оцениваете ситуацию в регионе?\nЛавров: Спасибо за вопрос. Мы внимательно следим за развитием событий.\n', 'Как вы оцениваете ситуацию в регионе?'],
      ['GBK (Simplified Chinese)', 'gb18030', '主持人：各位记者朋友，大家好。\n问：请问发言人对此有何评论？\n答：我们注意到有关报道，将继续密切关注事态发展。\n', '请问发言人对此有何评论？'],
      ['Big5 (Traditional Chinese)', 'big5', '主持人：各位記者朋友，大家好。\n問：請問發言人對此有何評論？\n答：我們注意到有關報導，將繼續密切關注事態發展。\n', '請問發言人對此有何評論？'],
      ['Windows-1252 Italian (not Windows-1251, which a detector ranks first)', 'windows-1252', 'MODERATORE: Buongiorno.\nDOMANDA: Qual è la posizione del governo? La città è pronta?\nRISPOSTA: Sì, perché così è stato deciso più volte.\n', 'Qual è la posizione del governo? La città è pronta?'],
      ['Windows-1250 (Polish)', 'windows-1250', 'MARSZAŁEK: Otwieram posiedzenie Sejmu.\nPoseł Łukasz Żółć: Dziękuję bardzo, panie marszałku, za głos.\nMARSZAŁEK: Proszę państwa, przechodzimy dalej.\n', 'Dziękuję bardzo, panie marszałku, za głos.'],
      ['ISO-8859-15 (French, with the euro sign)', 'iso-8859-15', 'LE PRÉSIDENT : Bonjour.\nQUESTION : Le coût est-il de 5 € par habitant, après l\'été ?\nRÉPONSE : Oui, c\'est là notre estimation pour l\'œuvre entière.\n', 'Le coût est-il de 5 € par habitant, après l\'été ?'],
      ['Windows-1253 (Greek)', 'windows-1253', 'ΠΡΟΕΔΡΟΣ: Καλημέρα σας.\nΕρώτηση: Ποια είναι η θέση της κυβέρνησης για τη μεταρρύθμιση;\nΑπάντηση: Ευχαριστώ για την ερώτηση, θα απαντήσω αμέσως.\n', 'Ποια είναι η θέση της κυβέρνησης για τη μεταρρύθμιση;'],
      ['Shift JIS (Japanese)', 'shift_jis', '司会：皆さん、こんにちは。\n記者：質問があります。今日の会議について教えてください。\n大臣：ありがとうございます。しっかりと対応してまいります。\n', '質問があります。今日の会議について教えてください。'],
    ];
    for (const [name, encoding, text, quote] of legacy) {
      it(`detects ${name} and quotes it as written`, () => {
        const iconv = require('iconv-lite') as typeof import('iconv-lite');
        const file = tmpFile(`legacy-${encoding}.txt`, iconv.encode(text, encoding));
        const result = runCli(['outline', file, '--json']);
        assert.strictEqual(result.status, 0, result.stderr);
        assert.strictEqual(result.stderr, '', 'nothing to note: every byte was read');
        assert.strictEqual((JSON.parse(result.stdout) as { encoding: string }).encoding, encoding);
        assert.match(runCli(['cite', file, '--lines', '2']).stdout, new RegExp(`^"${quote.replace(/[?]/g, '\\?')}"`));
      });
    }
  });

  describe('outline --json', () => {
    it('prints the documented object with the documented types', () => {
      const out = json(runCli(['outline', press, '--json']));
      for (const key of ['format', 'encoding', 'metadata', 'speakers', 'turns', 'topics']) assert.ok(key in out, key);
      assert.ok(['plain', 'markdown', 'webvtt', 'srt'].includes(out.format as string));
      assert.strictEqual(out.encoding, 'utf-8');
      assert.strictEqual(out.lineCount, 30);
      const metadata = out.metadata as Record<string, unknown>;
      assert.deepStrictEqual(Object.keys(metadata).sort(), ['date', 'place', 'publisher', 'time', 'title', 'url']);
      assert.ok(Object.values(metadata).every(nullOrString));
      for (const s of out.speakers as Record<string, unknown>[]) {
        assert.strictEqual(typeof s.name, 'string');
        assert.ok(Number.isInteger(s.turns) && Number.isInteger(s.words));
      }
      let previousStart = 0;
      for (const turn of out.turns as Record<string, unknown>[]) {
        assert.ok(nullOrString(turn.speaker) && nullOrString(turn.label) && nullOrString(turn.startTime), JSON.stringify(turn));
        assert.strictEqual(typeof turn.isQuestion, 'boolean');
        assertLineSpan(turn as { startLine: unknown; endLine: unknown }, 30);
        assert.ok((turn.startLine as number) > previousStart, 'turns in document order');
        previousStart = turn.startLine as number;
      }
      for (const topic of out.topics as Record<string, unknown>[]) {
        assert.strictEqual(typeof topic.title, 'string');
        assertLineSpan(topic as { startLine: unknown; endLine: unknown }, 30);
      }
    });

    it('reports the encoding of a Windows-1252 file', () => {
      const bytes = Buffer.from(fs.readFileSync(press, 'utf8').replace("Varga's", 'Varga\u0092s'), 'latin1');
      assert.strictEqual(json(runCli(['outline', tmpFile('press-1252.txt', bytes), '--json'])).encoding, 'windows-1252');
    });

    it('reports the encoding of a UTF-16 LE file with a BOM, with CRLF line ends', () => {
      const text = fs.readFileSync(press, 'utf8').replace(/\n/g, '\r\n');
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const out = json(runCli(['outline', tmpFile('press-utf16.txt', bytes), '--json']));
      assert.strictEqual(out.encoding, 'utf-16le');
      assert.strictEqual(out.lineCount, 30);
    });

    it('reads standard input for FILE -', () => {
      const out = json(runCli(['outline', '-', '--json'], Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Q: Why?\nA: Because.\n')])));
      assert.strictEqual(out.encoding, 'utf-8-bom');
      assert.strictEqual(out.lineCount, 3);
    });
  });

  describe('readable output', () => {
    it('outline prints a summary line with the format and encoding', () => {
      const result = runCli(['outline', press]);
      assert.strictEqual(result.status, 0);
      assert.strictEqual(result.stderr, '');
      assert.match(result.stdout, /^plain, utf-8 · 30 lines · \d+ speakers? · \d+ turns? · \d+ questions? · \d+ sections?$/m);
    });

    it('outline counts the inferred questions of a transcript that marks none, and says they are inferred', () => {
      const debate = path.join(ROOT, 'test/fixtures/parse/inferred-debate.txt');
      const result = runCli(['outline', debate]);
      assert.strictEqual(result.status, 0);
      assert.match(result.stdout, /^plain, utf-8 · \d+ lines · 3 speakers · 14 turns · 3 questions \(3 inferred\) · 0 sections$/m);
    });

    it('outline says nothing of inferred questions where every question is marked', () => {
      const result = runCli(['outline', press]);
      assert.match(result.stdout, / · 2 questions · /);
      assert.doesNotMatch(result.stdout, /inferred/);
    });

    it('speakers --json prints { speakers: [...] } with names, turns and words', () => {
      const out = json(runCli(['speakers', press, '--json']));
      assert.deepStrictEqual(Object.keys(out), ['speakers']);
      assert.ok(Array.isArray(out.speakers));
    });

    it('cite prints the exact text of the lines, wraps joined, and the line pinpoint', () => {
      const result = runCli(['cite', press, '--lines', '23-25']);
      assert.strictEqual(result.status, 0);
      assert.strictEqual(result.stderr, '');
      assert.ok(result.stdout.includes('The experts will meet again in April.'), result.stdout);
      assert.ok(result.stdout.includes('They have made good progress on the northern zone.'), result.stdout);
      assert.match(result.stdout, /23[–-]25/);
    });

    it('cite shows Windows-1252 punctuation as the real characters', () => {
      const bytes = Buffer.from(fs.readFileSync(press, 'utf8').replace('We hope so.', '\u0093We hope so.\u0094'), 'latin1');
      const result = runCli(['cite', tmpFile('press-quotes-1252.txt', bytes), '--lines', '17']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.ok(result.stdout.includes('\u201cWe hope so.\u201d'), result.stdout);
    });

    it('cite leaves the label out of the quote', () => {
      const result = runCli(['cite', press, '--lines', '17']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /^"We hope so\. The harbour authorities are ready, and the timetable will be published in May\."/);
    });

    it('cite --style timestamp of a caption line gives its cue\'s start time, and rolling captions once', () => {
      const rolling = path.join(ROOT, 'test/fixtures/parse/captions-rolling.srt');
      // Line 14 is the second line of the cue at 00:00:01.880; lines 4-24 run over five cues.
      const one = runCli(['cite', rolling, '--lines', '14', '--style', 'timestamp']);
      assert.strictEqual(one.status, 0, one.stderr);
      assert.match(one.stdout, /^"two researchers about language" .*\[00:00:01\]\n$/);
      const several = runCli(['cite', rolling, '--lines', '4-24', '--style', 'timestamp']);
      assert.match(several.stdout, /^"the following is a conversation with two researchers about language models and what comes next" .*\[00:00:00\]\n$/);
    });

    it('cite --style apa prints the in-text citation and the reference', () => {
      const result = runCli(['cite', press, '--lines', '17', '--style', 'apa']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /^“We hope so\. The harbour authorities are ready/);
    });

    it('cite --style markdown prints a block quote', () => {
      const result = runCli(['cite', press, '--lines', '17', '--style', 'markdown']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /^> .*We hope so\. The harbour authorities are ready/m);
    });
  });

  // These read what the parser finds in the fixture (speakers, questions, exchanges, metadata).
  describe('content of the fixture press conference', () => {
    type TurnJson = { speaker: string | null; label: string | null; isQuestion: boolean; startLine: number; endLine: number };

    it('outline --json finds the metadata from the header lines', () => {
      const out = json(runCli(['outline', press, '--json']));
      assert.deepStrictEqual(out.metadata, {
        title: 'Foreign Minister Anna Varga\'s statement and answers to media questions at a joint news conference with Foreign Minister of Norland Piet Olsen, Valmora, March 3, 2022',
        date: '2022-03-03', time: '11:05', place: 'Valmora',
        publisher: 'The Ministry of Foreign Affairs of the Republic of Eldoria', url: null,
      });
    });

    it('outline --json lists the opening, two questions and their answers, one turn per label', () => {
      const turns = json(runCli(['outline', press, '--json'])).turns as TurnJson[];
      assert.deepStrictEqual(turns.map(t => [t.startLine, t.endLine, t.isQuestion]), [
        [9, 13, false], [15, 15, true], [17, 17, false], [19, 19, false], [21, 21, true], [23, 25, false], [27, 27, false],
      ]);
      assert.deepStrictEqual(turns.map(t => t.speaker).filter((_, i) => ![1, 4].includes(i)),
        ['Anna Varga', 'Anna Varga', 'Piet Olsen', 'Anna Varga', 'Piet Olsen']);
      assert.strictEqual(turns[0].label, null);
      assert.strictEqual(turns[2].label, 'Anna Varga');
    });

    it('outline --json has the exchanges Q1 and Q2 as topics, labelled by their subject', () => {
      const topics = json(runCli(['outline', press, '--json'])).topics as { title: string; startLine: number; endLine: number }[];
      const exchanges = topics.filter(t => /^Q\d/.test(t.title));
      assert.deepStrictEqual(exchanges.map(t => [t.title.slice(0, 2), t.startLine, t.endLine]), [['Q1', 15, 19], ['Q2', 21, 27]]);
      assert.match(exchanges[0].title, /ferry/i);
      assert.match(exchanges[1].title, /fishing quotas/i);
    });

    it('speakers counts turns and words per speaker', () => {
      const { speakers } = json(runCli(['speakers', press, '--json'])) as { speakers: { name: string; turns: number; words: number }[] };
      assert.deepStrictEqual(speakers.find(s => s.name === 'Piet Olsen'), { name: 'Piet Olsen', turns: 2, words: 15 });
      assert.ok(speakers.some(s => s.name === 'Anna Varga'));
      const table = runCli(['speakers', press]).stdout;
      assert.match(table, /^Speaker\s+Turns\s+Words$/m);
      assert.match(table, /^Piet Olsen\s+2\s+15$/m);
    });

    it('outline prints the title and the exchanges in its tree', () => {
      const { stdout } = runCli(['outline', press]);
      assert.match(stdout, /^2022-03-03 11:05 · Valmora · The Ministry of Foreign Affairs of the Republic of Eldoria$/m);
      assert.match(stdout, /^ *3-7\s+Foreign Minister Anna Varga's statement and answers to media questions/m);
      assert.match(stdout, /^15-19\s+Q1 · /m);
      assert.match(stdout, /^21-27\s+Q2 · /m);
    });

    it('cite names the speaker, the question number and the title', () => {
      const { stdout } = runCli(['cite', press, '--lines', '23-25']);
      assert.match(stdout, /Anna Varga/);
      assert.match(stdout, /Q2/);
      assert.match(stdout, /Valmora/);
    });
  });
});
