/** Changing a setting in a test and waiting until the extension host has seen the change. */
import * as vscode from 'vscode';

/** Sets `section.key` at user level and resolves once the extension host reports the change. */
export async function setGlobalSetting(section: string, key: string, value: unknown): Promise<void> {
  const seen = new Promise<void>(resolve => {
    const sub = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${section}.${key}`)) {
        sub.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
  await seen;
}
