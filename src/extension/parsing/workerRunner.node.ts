/**
 * Node's `worker_threads` behind the runner's WorkerPort: the extension host of desktop VS Code and code-server.
 * The web bundle takes workerRunner.web.ts instead (scripts/build.js swaps `.node` modules for `.web` ones).
 */
import * as path from 'path';
import type * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { ParseRunner, WorkerPort } from './parseRunner';
import { WorkerParseRunner } from './parseRunner';

/** The runner that parses in `dist/parseWorker.js`, bundled by scripts/build.js next to the extension. */
export function createParseRunner(extensionUri: vscode.Uri): ParseRunner | undefined {
  return createNodeParseRunner(path.join(extensionUri.fsPath, 'dist', 'parseWorker.js'));
}

/** The runner for a given worker script: the unit tests use it with the built `dist/parseWorker.js`. */
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
