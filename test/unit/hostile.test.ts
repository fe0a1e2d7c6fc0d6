/**
 * Hostile input stays linear. Each input of bench/hostileInputs.js is parsed at the size issue 4 names and at a
 * quarter of it (in bytes), the runs interleaved and the best of each kept, so machine noise hits both alike.
 * Linear work grows 4 times; quadratic work 16 times. The bound, 8 times, sits between: only super-linear
 * behaviour can break it. Runs where the full size parses in under FLOOR_MS are not judged on growth (fixed
 * costs and timer noise dominate there), only on finishing. HOSTILE_TIMINGS=1 prints the measurements.
 * The grammar has its own hostile tests (test/grammar/hostile.test.ts); the bench rows are bench/hostile.js.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { BinaryFileError, decodeBytes } from '../../src/core/decode';
import type { Transcript } from '../../src/core/model';
import { parseTranscript } from '../../src/core/parse';
import { repositoryRoot } from '../grammar/loadGrammar';

interface HostileInput {
  what: string;
  count: number;
  files: string[];
  make?: (count: number) => string;
  bytes?: (count: number) => Uint8Array;
}
interface HostileInputs {
  HOSTILE: Record<string, HostileInput>;
  randomBytes(size: number, seed?: number): Uint8Array;
}
// Shared with the bench rows, which are plain JavaScript outside the compiled tree.
const inputs = require(path.join(repositoryRoot(), 'bench', 'hostileInputs.js')) as HostileInputs;

const GROWTH_LIMIT = 8;
const FLOOR_MS = 40;
const ROUNDS = 5;
/** Inputs whose size in bytes grows with the square of their count (a list nested one level per line). */
const QUADRATIC_SIZE = new Set(['indented_list']);

function textOf(input: HostileInput, count: number): string {
  return input.bytes ? decodeBytes(input.bytes(count)).text : input.make!(count);
}

/** CPU time of one parse: on a shared machine, wall time also counts the time other processes had the core. */
function timeParse(text: string, fileName: string): { ms: number; model: Transcript } {
  const start = process.cpuUsage();
  const model = parseTranscript(text, { fileName });
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, model };
}

/** Every range of the model lies in the document: the parse is real and usable, not a guess. */
function assertInside(model: Transcript, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const turn of model.turns) {
    assert.ok(turn.range.start.line >= 0 && turn.range.end.line < lines, `turn ${turn.range.start.line}-${turn.range.end.line} outside ${lines} lines`);
  }
}

/** Parses the quarter-size and the full-size text, interleaved; stops as soon as growth is within the bound. */
function measureGrowth(name: string, fileName: string): { small: number; large: number; model: Transcript; text: string } {
  const input = inputs.HOSTILE[name];
  const smallCount = Math.round(input.count / (QUADRATIC_SIZE.has(name) ? 2 : 4));
  const smallText = textOf(input, smallCount);
  const text = textOf(input, input.count);
  timeParse(smallText, fileName); // warm-up
  let small = Infinity;
  let large = Infinity;
  let model: Transcript | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    small = Math.min(small, timeParse(smallText, fileName).ms);
    const run = timeParse(text, fileName);
    large = Math.min(large, run.ms);
    model = run.model;
    if (large < FLOOR_MS || large < small * GROWTH_LIMIT) break;
  }
  if (process.env.HOSTILE_TIMINGS) {
    console.log(`      ${name} ${fileName}: ${smallText.length} chars ${small.toFixed(1)} ms, ${text.length} chars ${large.toFixed(1)} ms (x${(large / small).toFixed(1)})`);
  }
  return { small, large, model: model!, text };
}

function assertLinear(name: string, fileName: string): Transcript {
  const { small, large, model, text } = measureGrowth(name, fileName);
  assertInside(model, text);
  if (large >= FLOOR_MS) {
    assert.ok(large < small * GROWTH_LIMIT,
      `${inputs.HOSTILE[name].what} as ${fileName}: 4 times the input took ${(large / small).toFixed(1)} times as long ` +
      `(${small.toFixed(0)} ms -> ${large.toFixed(0)} ms); linear is 4, the bound ${GROWTH_LIMIT}`);
  }
  return model;
}

describe('hostile input', function () {
  // The full sizes are megabytes; a super-linear parse fails on growth long before this.
  this.timeout(120_000);

  describe('plain, Markdown and WebVTT', () => {
    for (const file of ['bench.txt', 'bench.md', 'bench.vtt']) {
      it(`a 5 MB single line (${file})`, () => {
        const model = assertLinear('single_line', file);
        assert.ok(model.turns.length <= 1, `one line makes at most one turn, got ${model.turns.length}`);
      });
      it(`100,000 opening parentheses (${file})`, () => { assertLinear('open_parens', file); });
      it(`50,000 \`**\` (${file})`, () => { assertLinear('bold_markers', file); });
      it(`lines of 100,000 characters \`A A A ... :\` (${file})`, () => {
        const model = assertLinear('capital_runs', file);
        assert.ok(model.turns.every(t => t.speaker === null || t.speaker.length <= 100), 'no 100,000-character speaker');
      });
      it(`1 MB of random bytes, decoded as a file would be (${file})`, () => { assertLinear('random_text', file); });
    }

    it('200,000 one-word lines ending in a colon are 200,000 labels alone on their lines (plain)', () => {
      const model = assertLinear('colon_lines', 'bench.txt');
      assert.ok(model.turns.length > 190_000, `expected about 200,000 turns, got ${model.turns.length}`);
    });
    it('200,000 one-word lines ending in a colon (Markdown)', () => {
      const model = assertLinear('colon_lines', 'bench.md');
      assert.ok(model.turns.length > 190_000, `expected about 200,000 turns, got ${model.turns.length}`);
    });
    it('200,000 one-word lines ending in a colon are no cues (WebVTT)', () => {
      const model = assertLinear('colon_lines', 'bench.vtt');
      assert.strictEqual(model.speakers.length, 0);
    });
  });

  describe('random bytes with NUL', () => {
    it('are refused as binary or read as text, in linear time', () => {
      const time = (size: number) => {
        const bytes = inputs.randomBytes(size);
        const start = performance.now();
        try {
          parseTranscript(decodeBytes(bytes).text, { fileName: 'bench.txt' });
        } catch (err) {
          assert.ok(err instanceof BinaryFileError, `only BinaryFileError may be thrown, got ${err}`);
        }
        return performance.now() - start;
      };
      time(250_000);
      let small = Infinity;
      let large = Infinity;
      for (let round = 0; round < ROUNDS; round++) {
        small = Math.min(small, time(250_000));
        large = Math.min(large, time(1_000_000));
      }
      assert.ok(large < FLOOR_MS || large < small * GROWTH_LIMIT, `random bytes: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`);
      assert.throws(() => decodeBytes(inputs.randomBytes(1_000_000)), BinaryFileError);
    });
  });

  describe('deeply nested Markdown', () => {
    it('a list 5,000 levels deep on one line', () => { assertLinear('nested_list_line', 'bench.md'); });
    it('blockquotes 5,000 levels deep, line after line', () => { assertLinear('nested_quote_lines', 'bench.md'); });
    it('a list nested 500 levels by indentation', () => { assertLinear('indented_list', 'bench.md'); });
    it('5,000 blockquotes separated by blank lines', () => { assertLinear('quote_runs', 'bench.md'); });
  });

  describe('Markdown on which remark is super-linear (issue 13)', () => {
    /** The turns around the hostile paragraph are still read, and the reading says it was simplified. */
    const assertTurnsAround = (model: Transcript) => {
      assert.deepStrictEqual(model.turns.map(t => t.label), ['A', 'B', 'C']);
      assert.match(model.simplified ?? '', /read line by line/);
    };
    it('emphasis nested 10,000 levels in one turn', () => { assertTurnsAround(assertLinear('nested_emphasis', 'bench.md')); });
    it('strong emphasis nested 5,000 levels in one turn', () => { assertTurnsAround(assertLinear('nested_strong', 'bench.md')); });
    it('links nested 10,000 levels in one turn', () => { assertTurnsAround(assertLinear('nested_links', 'bench.md')); });
    it('images nested 5,000 levels in one turn', () => { assertTurnsAround(assertLinear('nested_images', 'bench.md')); });
    it('20,000 lines of emphasis nested 32 levels in one paragraph', () => { assertTurnsAround(assertLinear('emphasis_lines', 'bench.md')); });
    it('59,000 list items `- x`', () => { assertLinear('list_items', 'bench.md'); });
    it('59,000 list items `1. x`', () => { assertLinear('ordered_items', 'bench.md'); });
    it('20,000 list items nested up to 31 levels by indentation', () => { assertLinear('list_31_deep', 'bench.md'); });
    it('20,000 lines each a list 31 levels deep', () => { assertLinear('list_31_line', 'bench.md'); });
    it('20,000 lines each a list 31 levels deep, blank lines between', () => { assertLinear('loose_list_31', 'bench.md'); });
    it('59,000 quote lines', () => { assertLinear('quote_lines', 'bench.md'); });
    it('20,000 quote lines nested up to 31 levels', () => { assertLinear('quote_31_deep', 'bench.md'); });
    it('59,000 lines of HTML block starts', () => { assertLinear('html_lines', 'bench.md'); });

    it('an ordinary transcript before a hostile turn is still read by remark, with the same turns', () => {
      const exchange = (i: number) => `**Q:** Will bridge ${i} open?\n\n**Marta Lind:** It *will*, in **May**. See [the plan](https://example.org/${i}).\n\n`;
      const ordinary = '# Briefing\n\n' + Array.from({ length: 40 }, (_, i) => exchange(i)).join('');
      const hostile = '**Nils Berg:** ' + '*a '.repeat(2000) + 'x' + ' a*'.repeat(2000) + '\n';
      const model = parseTranscript(ordinary + hostile, { fileName: 'a.md' });
      const alone = parseTranscript(ordinary, { fileName: 'a.md' });
      assert.strictEqual(alone.simplified, undefined);
      assert.match(model.simplified ?? '', /read line by line/);
      const view = (t: Transcript) => t.turns.map(turn => [turn.label, turn.range.start.line, turn.range.end.line]);
      assert.deepStrictEqual(view(model).slice(0, 80), view(alone));
      assert.deepStrictEqual(view(model)[80], ['Nils Berg', 162, 162]);
    });
  });

  describe('memory', () => {
    // Peak memory of a parse in a fresh process (the largest resident size it reaches, less the size before it
    // parsed, the text already built), against the text's size in UTF-8 bytes. A fresh V8 grows its young
    // generation and code space by tens of megabytes on any first large parse: ALLOWANCE_MB covers that, far
    // below the gigabyte these inputs took before they were guarded.
    const ALLOWANCE_MB = 64;
    const peakGrowth = (name: string) => {
      const script = `
        const inputs = require(${JSON.stringify(path.join(repositoryRoot(), 'bench', 'hostileInputs.js'))});
        const { parseTranscript } = require(${JSON.stringify(path.join(repositoryRoot(), 'out', 'src', 'core', 'parse'))});
        const input = inputs.HOSTILE[${JSON.stringify(name)}];
        const text = input.make(input.count);
        const before = process.memoryUsage().rss;
        const model = parseTranscript(text, { fileName: 'bench.md' });
        const peak = process.resourceUsage().maxRSS * 1024;
        process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), growth: peak - before, turns: model.turns.length }));`;
      const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120_000 });
      assert.strictEqual(run.status, 0, run.stderr);
      return JSON.parse(run.stdout) as { bytes: number; growth: number };
    };
    for (const name of ['nested_emphasis', 'list_items', 'list_31_deep', 'quote_31_deep']) {
      it(`${inputs.HOSTILE[name].what}: under 5 times the text`, () => {
        const { bytes, growth } = peakGrowth(name);
        assert.ok(growth < 5 * bytes + ALLOWANCE_MB * 1024 * 1024,
          `${(growth / 1048576).toFixed(1)} MB for ${(bytes / 1048576).toFixed(2)} MB of text`);
      });
    }
  });
});
