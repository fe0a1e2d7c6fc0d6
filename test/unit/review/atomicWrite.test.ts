import * as assert from 'node:assert/strict';
import * as util from 'node:util';
import fc from 'fast-check';
import { isTemporaryOf, recoverableTemporary, temporaryPathFor, writeFileAtomically, type AtomicWriteOps } from '../../../src/core/review';

/** Stands for the process dying: from then on nothing more happens (no clean-up runs either). */
class Crash extends Error {}

/**
 * A folder in memory whose operations can be cut off at any step: a file is written a few characters at a time
 * (a crash leaves the part written so far), and a rename over an existing file first deletes it, as VS Code's
 * file service does.
 */
class CrashingFolder implements AtomicWriteOps {
  readonly files = new Map<string, { text: string; mtime: number }>();
  private steps = 0;
  private clock = 0;

  constructor(private readonly crashAt = Infinity, private readonly failWriteWith?: Error) {}

  private step(): void {
    if (this.steps++ >= this.crashAt) throw new Crash('cut off');
  }

  async writeFile(path: string, text: string): Promise<void> {
    this.step();
    this.files.set(path, { text: '', mtime: ++this.clock });
    for (let at = 0; at < text.length; at += 7) {
      this.step();
      if (this.failWriteWith && at > text.length / 2) throw this.failWriteWith;
      this.files.set(path, { text: text.slice(0, at + 7), mtime: ++this.clock });
    }
  }

  async rename(from: string, to: string): Promise<void> {
    this.step();
    const moved = this.files.get(from);
    if (!moved) throw new Error(`no ${from}`);
    if (this.files.has(to)) {
      this.files.delete(to);
      this.step();
    }
    this.files.delete(from);
    this.files.set(to, moved);
  }

  async delete(path: string): Promise<void> {
    this.step();
    this.files.delete(path);
  }

  /** What the extension does when it finds the sidecar missing: puts back the newest whole temporary file. */
  recover(path: string, isWhole: (text: string) => boolean): void {
    if (this.files.has(path)) return;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const found = recoverableTemporary(name, [...this.files].map(([p, f]) => ({ name: p.slice(folder.length), ...f })), isWhole);
    if (found) this.files.set(path, this.files.get(folder + found.name)!);
  }
}

const SIDECAR = '/work/briefing.txt.review.json';
const isWhole = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const reviewText = fc.array(fc.record({ id: fc.uuid(), tags: fc.array(fc.string(), { maxLength: 3 }) }), { minLength: 1, maxLength: 6 })
  .map(passages => JSON.stringify({ passages, version: 1 }, null, 2) + '\n');

describe('review: atomic sidecar writes', () => {
  it('names the temporary file beside the sidecar, hidden, and knows it again', () => {
    const temporary = temporaryPathFor(SIDECAR, 'k2x9');
    assert.equal(temporary, '/work/.briefing.txt.review.json.k2x9.tmp');
    assert.ok(isTemporaryOf('briefing.txt.review.json', temporary.slice('/work/'.length)));
    assert.ok(!isTemporaryOf('briefing.txt.review.json', 'briefing.txt.review.json'));
    assert.ok(!isTemporaryOf('briefing.txt.review.json', '.other.txt.review.json.k2x9.tmp'));
  });

  it('replaces the sidecar and leaves no temporary file', async () => {
    const folder = new CrashingFolder();
    folder.files.set(SIDECAR, { text: '{"old":true}', mtime: 0 });
    await writeFileAtomically(folder, SIDECAR, '{"new":true}\n', 'a1');
    assert.deepEqual([...folder.files.keys()], [SIDECAR]);
    assert.equal(folder.files.get(SIDECAR)?.text, '{"new":true}\n');
  });

  it('a write that fails (a full disk) leaves the old sidecar byte for byte and removes its temporary file', async () => {
    const folder = new CrashingFolder(Infinity, new Error('ENOSPC: no space left on device'));
    folder.files.set(SIDECAR, { text: '{"old":true}', mtime: 0 });
    await assert.rejects(writeFileAtomically(folder, SIDECAR, JSON.stringify({ tags: 'x'.repeat(100) }), 'a1'), /ENOSPC/);
    assert.deepEqual([...folder.files.keys()], [SIDECAR]);
    assert.equal(folder.files.get(SIDECAR)?.text, '{"old":true}');
  });

  it('a write cut off at any step never leaves a truncated sidecar: it holds the old or the new text, whole, once a missing one is recovered', async () => {
    await fc.assert(fc.asyncProperty(fc.option(reviewText), reviewText, fc.nat(200), async (old, next, crashAt) => {
      const folder = new CrashingFolder(crashAt);
      if (old !== null) folder.files.set(SIDECAR, { text: old, mtime: 0 });
      await writeFileAtomically(folder, SIDECAR, next, 'a1').catch(error => {
        if (!(error instanceof Crash)) throw error;
      });
      const before = folder.files.get(SIDECAR)?.text;
      // Before recovery: the old text, the new text or (in the file service's delete-then-rename gap) none.
      assert.ok(before === undefined || before === old || before === next, `a truncated sidecar: ${JSON.stringify(before)}`);
      folder.recover(SIDECAR, isWhole);
      // A temporary file cut off just before its final line break reads as the same review: compared as read.
      const after = folder.files.get(SIDECAR)?.text;
      const read = (text: string | null | undefined) => (text == null ? text : JSON.parse(text));
      if (old !== null) assert.ok([old, next].some(t => util.isDeepStrictEqual(read(after), read(t))), `lost the review: ${JSON.stringify(after)}`);
      else assert.ok(after === undefined || util.isDeepStrictEqual(read(after), read(next)));
    }), { numRuns: 300 });
  });

  it('recovers the newest temporary file that is whole, passing over one cut off while it was written', () => {
    const files = [
      { name: '.a.txt.review.json.1.tmp', text: '{"first":1}', mtime: 1 },
      { name: '.a.txt.review.json.2.tmp', text: '{"second":', mtime: 3 },
      { name: '.a.txt.review.json.3.tmp', text: '{"third":3}', mtime: 2 },
      { name: '.b.txt.review.json.4.tmp', text: '{"other":4}', mtime: 9 },
    ];
    assert.equal(recoverableTemporary('a.txt.review.json', files, isWhole)?.name, '.a.txt.review.json.3.tmp');
    assert.equal(recoverableTemporary('c.txt.review.json', files, isWhole), undefined);
  });
});
