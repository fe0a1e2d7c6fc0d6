/**
 * Running the command line as a user does: `node bin/transcript-review.js` in a child process, on the bundle
 * dist/cli.js, which `ensureCliBundle` rebuilds when it is older than the sources.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../../..');
export const BIN = path.join(ROOT, 'bin/transcript-review.js');
const BUNDLE = path.join(ROOT, 'dist/cli.js');

export interface CliRun { status: number | null; stdout: string; stderr: string }

export function runCli(args: string[], input?: Uint8Array | string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when the CLI bundle is missing or older than a source file, so a test never runs stale code. */
export function ensureCliBundle(): void {
  if (!fs.existsSync(BUNDLE) || fs.statSync(BUNDLE).mtimeMs < newestSourceTime(path.join(ROOT, 'src'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.js')], { cwd: ROOT, stdio: 'pipe' });
  }
}
