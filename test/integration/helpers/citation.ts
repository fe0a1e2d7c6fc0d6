/**
 * Shared by the integration tests of Copy Citation: setting a citation setting and waiting until the extension
 * host sees it, and copying with a given style and reading back what reached the clipboard.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { setGlobalSetting } from './settings';

/** Sets a `transcriptReview.citation.*` setting (user level) and waits until the extension host sees it. */
export function setCitationSetting(key: string, value: unknown): Promise<void> {
  return setGlobalSetting('transcriptReview.citation', key, value);
}

/** Runs Copy Citation As... with `style` and returns what it put on the clipboard. */
export async function copiedAs(style: string): Promise<string> {
  await vscode.env.clipboard.writeText('(clipboard before the copy)');
  const returned = await vscode.commands.executeCommand<string | undefined>('transcriptReview.copyCitationAs', style);
  const text = await vscode.env.clipboard.readText();
  assert.strictEqual(returned, text, 'the command returns what it put on the clipboard');
  return text;
}
