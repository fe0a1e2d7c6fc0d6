/**
 * Parses Markdown off the extension host's thread. The runner logic (one worker, one job at a time, a deadline
 * after which the worker is stopped and replaced) is shared; each host supplies how to start a worker: Node's
 * `worker_threads` (workerRunner.node.ts) or a Web Worker in the web extension host.
 */
import type { Transcript } from '../../core/model';
import type { ParseRequest, ParseResponse } from './parseProtocol';

/** The few things the runner needs from a worker, whichever kind it is. */
export interface WorkerPort {
  postMessage(request: ParseRequest): void;
  onMessage(listener: (response: ParseResponse) => void): void;
  onError(listener: (error: unknown) => void): void;
  terminate(): void;
}

export interface ParseRunner {
  /** The model of `text`, parsed elsewhere; rejects with ParseDeadlineError past `deadlineMs`. */
  parse(text: string, fileName: string, deadlineMs: number): Promise<Transcript>;
  dispose(): void;
}

export class ParseDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`the parse took longer than ${Math.round(deadlineMs / 1000)} s`);
  }
}

/** How long a new worker may take to start and take its first request (a loaded machine is slow to start one). */
const WORKER_START_MS = 30_000;

/** A fixed allowance plus 5 µs a character: about five times remark's speed on ordinary Markdown here. */
export function parseDeadlineMs(characters: number): number {
  return 3000 + Math.ceil(characters / 200);
}

interface Job {
  request: ParseRequest;
  deadlineMs: number;
  resolve(transcript: Transcript): void;
  reject(error: unknown): void;
}

export class WorkerParseRunner implements ParseRunner {
  private worker: WorkerPort | null = null;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly startWorker: () => WorkerPort) {}

  parse(text: string, fileName: string, deadlineMs: number): Promise<Transcript> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return reject(new Error('the parse runner is closed'));
      this.queue.push({ request: { id: this.nextId++, text, fileName }, deadlineMs, resolve, reject });
      this.next();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker();
    for (const job of this.queue.splice(0)) job.reject(new Error('the parse runner is closed'));
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const worker = this.ensureWorker();
    // The deadline runs from when the worker says it began the job, not from its queueing nor from the start
    // of the thread; until then a separate, generous allowance covers a worker that never starts.
    this.running = { job, timer: this.stopAfter(job, WORKER_START_MS + job.deadlineMs) };
    worker.postMessage(job.request);
  }

  private stopAfter(job: Job, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      this.stopWorker();
      this.finish(job, () => job.reject(new ParseDeadlineError(job.deadlineMs)));
    }, ms);
  }

  private ensureWorker(): WorkerPort {
    if (this.worker) return this.worker;
    const worker = this.startWorker();
    // Events of a worker already replaced (a late exit after terminate) are not about the current job.
    worker.onMessage(response => {
      if (this.worker !== worker) return;
      const running = this.running;
      if (!running || running.job.request.id !== response.id) return;
      if ('started' in response) {
        clearTimeout(running.timer);
        running.timer = this.stopAfter(running.job, running.job.deadlineMs);
        return;
      }
      if ('error' in response) this.finish(running.job, () => running.job.reject(new Error(response.error)));
      else this.finish(running.job, () => running.job.resolve(response.transcript));
    });
    worker.onError(error => {
      if (this.worker !== worker) return;
      // A worker that failed is not used again; the job it had fails with it.
      this.stopWorker();
      const running = this.running;
      if (running) this.finish(running.job, () => running.job.reject(error));
    });
    this.worker = worker;
    return worker;
  }

  private finish(job: Job, settle: () => void): void {
    if (this.running?.job !== job) return;
    clearTimeout(this.running.timer);
    this.running = null;
    settle();
    this.next();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.terminate();
  }
}
