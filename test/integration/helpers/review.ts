/**
 * Shared by the review integration tests: a scratch folder inside the test workspace (created per suite,
 * removed afterwards), reading the extension's review state through its internal command, and polling it
 * with a deadline.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReviewStateSnapshot } from '../../../src/extension/review/reviewState';

export const EXTENSION_ID = 'transcript-review.transcript-review';

export const TRANSCRIPT = [
  'Joint news conference, Kestrel Bay, May 2, 2022',
  '',
  'Lena Varga: Good afternoon. We discussed the ferry and the budget.',
  '',
  'Question: Will the crossing reopen this summer?',
  '',
  'Lena Varga: The crossing will reopen on June 1. The customs posts on both',
  'sides of the bay are being rebuilt.',
  '',
  'Question (to both ministers): What will it cost?',
  '',
  'Tomas Brandt: Two hundred million, shared equally.',
  '',
].join('\n');

export function scratchFolder(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'review-scratch', name);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export function reviewState(uri?: vscode.Uri): Thenable<ReviewStateSnapshot | undefined> {
  return vscode.commands.executeCommand<ReviewStateSnapshot | undefined>('transcriptReview.internal.reviewState', uri);
}

/** Polls `probe` until it returns a value other than undefined, failing with `what` after the deadline. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, deadlineMs = 10_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

/** Opens a transcript and waits until its review (sidecar) is loaded. */
export async function openReviewed(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor('the review to load', async () => ((await reviewState(uri))?.loaded ? true : undefined));
  return editor;
}

export function select(editor: vscode.TextEditor, text: string): vscode.Selection {
  const at = editor.document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in the transcript`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  return editor.selection;
}
