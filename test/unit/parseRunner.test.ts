/**
 * The parse worker (issue 13): Markdown parsed in a real Node worker thread gives the model a parse on the
 * thread gives; past its deadline the worker is stopped, the caller told, and the next parse gets a new worker.
 */
import * as assert from 'assert';
import * as path from 'path';
import { parseTranscript } from '../../src/core/parse';
import { createNodeParseRunner } from '../../src/extension/parsing/workerRunner.node';
import { ParseDeadlineError, parseDeadlineMs, WorkerParseRunner, type WorkerPort } from '../../src/extension/parsing/parseRunner';
import type { ParseResponse } from '../../src/extension/parsing/parseProtocol';
import { modelSnapshot } from './incremental/snapshot';

// The compiled worker entry next to this test's compiled tree (npm run build bundles the same file into dist/).
const WORKER = path.join(__dirname, '..', '..', 'src', 'worker', 'nodeParseWorker.js');

function briefing(exchanges: number): string {
  const parts = ['# Briefing', ''];
  for (let i = 0; i < exchanges; i++) parts.push(`**Q:** Will pier ${i} be rebuilt?`, '', `**Marta Lind:** Pier ${i} will be *rebuilt* next year.`, '');
  return parts.join('\n');
}

describe('parse worker', function () {
  this.timeout(60_000);

  it('reads Markdown in a worker thread as the parser does on the thread', async () => {
    const runner = createNodeParseRunner(WORKER);
    try {
      const text = briefing(50);
      const transcript = await runner.parse(text, 'a.md', parseDeadlineMs(text.length));
      assert.deepStrictEqual(modelSnapshot(transcript), modelSnapshot(parseTranscript(text, { fileName: 'a.md' })));
      assert.strictEqual(transcript.turns.length, 100);
    } finally {
      runner.dispose();
    }
  });

  it('stops a parse past its deadline and parses the next one in a new worker', async () => {
    const runner = createNodeParseRunner(WORKER);
    try {
      const large = briefing(20_000);
      await assert.rejects(runner.parse(large, 'a.md', 1), (err: unknown) => err instanceof ParseDeadlineError);
      const small = briefing(3);
      const transcript = await runner.parse(small, 'a.md', parseDeadlineMs(small.length));
      assert.strictEqual(transcript.turns.length, 6);
    } finally {
      runner.dispose();
    }
  });

  it('counts the deadline from when the worker begins the job, not from starting the worker', async () => {
    // A worker that is slow to start (a loaded machine) answers 50 ms after the request, long past a 1 ms
    // deadline, but says it began only just before answering: the parse is not stopped.
    const small = briefing(2);
    const expected = parseTranscript(small, { fileName: 'a.md' });
    const slowToStart = (): WorkerPort => {
      let listener: (response: ParseResponse) => void = () => undefined;
      return {
        postMessage: request => setTimeout(() => {
          listener({ id: request.id, started: true });
          listener({ id: request.id, transcript: expected });
        }, 50),
        onMessage: l => { listener = l; },
        onError: () => undefined,
        terminate: () => undefined,
      };
    };
    const runner = new WorkerParseRunner(slowToStart);
    try {
      const transcript = await runner.parse(small, 'a.md', 1);
      assert.strictEqual(transcript.turns.length, 4);
    } finally {
      runner.dispose();
    }
  });
});
