/**
 * Node's `worker_threads` behind the runner's WorkerPort: the extension host of desktop VS Code and code-server.
 * Only the Node entry (extension.ts) imports this file; a web entry supplies a Web Worker instead.
 */
import { Worker } from 'worker_threads';
import type { ParseRunner, WorkerPort } from './parseRunner';
import { WorkerParseRunner } from './parseRunner';

/** `dist/parseWorker.js`, bundled by scripts/build.js next to the extension. */
export function createNodeParseRunner(workerScript: string): ParseRunner {
  return new WorkerParseRunner(() => nodeWorkerPort(workerScript));
}

function nodeWorkerPort(script: string): WorkerPort {
  const worker = new Worker(script);
  // The worker must not keep the extension host's process alive on shutdown.
  worker.unref();
  return {
    postMessage: request => worker.postMessage(request),
    onMessage: listener => worker.on('message', listener),
    onError: listener => {
      worker.on('error', listener);
      worker.on('exit', code => { if (code !== 0) listener(new Error(`the parse worker stopped (${code})`)); });
    },
    terminate: () => void worker.terminate(),
  };
}
