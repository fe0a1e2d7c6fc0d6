/**
 * Short messages in the status bar ("this is the last question", "Citation copied"). A new message
 * replaces the one still showing instead of stacking under it.
 */
import * as vscode from 'vscode';

/** How long a message stays, in milliseconds. */
export const STATUS_MESSAGE_MS = 4000;

let current: vscode.Disposable | undefined;

export function showStatusMessage(text: string): void {
  current?.dispose();
  current = vscode.window.setStatusBarMessage(text, STATUS_MESSAGE_MS);
}
