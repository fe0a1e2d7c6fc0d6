/** Where the command-line tool writes, injectable so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input whole (for FILE `-`). */
  readStdin?(): Uint8Array;
}
