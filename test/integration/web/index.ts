/**
 * Entry point of the integration suite in the web worker extension host (VS Code for the Web:
 * vscode.dev, github.dev). scripts/build.js --web-tests bundles this file with every test file into
 * one browser script (out/test/integration-web/index.js); scripts/run-integration.js --web loads it
 * as the `extensionTestsPath`, with the extension under development running in the web worker host.
 *
 * A web worker has no file system to search and no environment, so the build lists the test files
 * (the module `virtual:integration-test-files`) and fixes the grep (TRANSCRIPT_IT_GREP) in the bundle.
 * Mocha is its browser build, which defines describe/it on the global object at setup. The output
 * ends, like the Node index, with one line `integration: N passed, M failed`.
 */
import 'mocha/mocha.js';
import * as assert from 'assert';
import * as vscode from 'vscode';

/** Replaced by scripts/build.js: the grep given at build time, '' for all tests. */
declare const TRANSCRIPT_IT_GREP: string;

const EXTENSION_ID = 'transcript-review.transcript-review';

/** Proves the host: without it, a runner that quietly fell back to the Node host would pass as "web". */
function describeHost(): void {
  describe('web worker extension host', () => {
    it('runs the extension from its browser bundle, in a web worker without Node', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} should be loaded as the extension under development`);
      assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI, 'a web worker extension runs on the UI side');
      assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker global scope');
      assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    });

    it('opens a .transcript file in the Transcript language, and its Outline comes from the browser bundle', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the integration workspace should be open');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'press-conference.transcript'));
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.languageId, 'transcript');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      assert.ok(symbols.some(s => /^Q1 · /.test(s.name)), 'the first question is in the Outline');
      assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
}

/** Built by scripts/build.js: requires every test file of the suite that can run on the web. */
const testFiles = require('virtual:integration-test-files') as { load(): string[] };

export function run(): Promise<void> {
  mocha.setup({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    forbidOnly: true, // as in the Node index: a stray .only or a skipped test fails the run
    forbidPending: true,
  });
  if (TRANSCRIPT_IT_GREP) mocha.grep(TRANSCRIPT_IT_GREP);

  return new Promise((resolve, reject) => {
    const finish = (passed: number, failed: number, files: number) => {
      console.log(`integration: ${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else if (passed === 0) reject(new Error(`no integration test ran (bundled ${files} test files)`));
      else resolve();
    };
    let files: string[] = [];
    try {
      files = testFiles.load();
      describeHost();
      const runner = mocha.run(() => finish(runner.stats?.passes ?? 0, runner.stats?.failures ?? 0, files.length));
    } catch (err) {
      console.error('integration: could not load the test files:', err instanceof Error ? err.stack : err);
      finish(0, 1, files.length);
    }
  });
}
