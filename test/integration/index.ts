/**
 * Entry point of the integration suite. VS Code's extension host loads this file (the
 * `extensionTestsPath`) and awaits `run()`: resolving means every test passed.
 *
 * Runner-agnostic on purpose: scripts/run-integration.js (code-server + headless chromium) and
 * scripts/run-electron.js (desktop VS Code via @vscode/test-electron) both load this same file.
 * Whatever the runner, the output ends with exactly one line `integration: N passed, M failed`,
 * which scripts/test-all.js reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Runs before the others: it checks that nothing activated the extension before a transcript was opened. */
const FIRST = 'activation.test.js';

/** Every compiled `*.test.js` under this folder (sub-folders included), `activation.test.js` first. */
export function findTestFiles(dir: string = __dirname): string[] {
  const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const files = entries
    .filter(rel => rel.endsWith('.test.js'))
    .map(rel => path.join(dir, rel))
    .sort();
  const first = files.filter(f => path.basename(f) === FIRST && path.dirname(f) === dir);
  return [...first, ...files.filter(f => !first.includes(f))];
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    forbidOnly: true, // a stray `.only` must not silently drop the rest of the suite
    forbidPending: true, // nothing skipped: a pending test fails the run
  });
  // Lets a caller run a subset: TRANSCRIPT_IT_GREP="outline" npm run test:integration
  if (process.env.TRANSCRIPT_IT_GREP) mocha.grep(process.env.TRANSCRIPT_IT_GREP);

  const files = findTestFiles();
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const finish = (passed: number, failed: number) => {
      console.log(`integration: ${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else if (passed === 0) reject(new Error(`no integration test ran (found ${files.length} test files)`));
      else resolve();
    };
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats;
        finish(stats?.passes ?? 0, stats?.failures ?? 0); // forbidPending counts skips as failures
      });
    } catch (err) {
      // A test file that throws while loading stops mocha before any test runs.
      console.error('integration: could not load the test files:', err instanceof Error ? err.stack : err);
      finish(0, 1);
    }
  });
}
