/**
 * Shared by the workspace tests: the Transcripts view read back through its real tree provider (after the
 * indexer is idle), rows of one folder only (other suites add and remove files of their own), and the quick
 * pick Find Turns by Speaker has on screen.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PickSnapshot } from '../../../src/extension/workspace/speakerPicks';
import type { TranscriptsTreeRow } from '../../../src/extension/workspace/transcriptsView';
import { waitFor } from './review';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return folder.uri;
}

export async function transcriptsView(): Promise<{ message: string | null; rows: TranscriptsTreeRow[] }> {
  return (await vscode.commands.executeCommand<{ message: string | null; rows: TranscriptsTreeRow[] }>('transcriptReview.internal.transcriptsTree'));
}

/** The view's transcript rows of files under `folder`, in the view's order. */
export async function rowsUnder(folder: vscode.Uri): Promise<TranscriptsTreeRow[]> {
  const prefix = folder.toString() + '/';
  return (await transcriptsView()).rows.filter(r => r.opens?.startsWith(prefix));
}

/** `title — description` of each row under `folder`. */
export async function listed(folder: vscode.Uri): Promise<string[]> {
  return (await rowsUnder(folder)).map(r => `${r.label} — ${r.description}`);
}

/** Polls the view until `check` holds for the rows under `folder`. */
export async function rowsUntil(folder: vscode.Uri, what: string, check: (rows: string[]) => boolean): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(what, async () => {
      last = await listed(folder);
      return check(last) ? last : undefined;
    });
  } catch (error) {
    assert.fail(`${error instanceof Error ? error.message : String(error)}; the view showed ${JSON.stringify(last)}`);
  }
}

export function pickOnScreen(): Thenable<PickSnapshot | undefined> {
  return vscode.commands.executeCommand<PickSnapshot | undefined>('transcriptReview.internal.workspacePick');
}

/** Waits for a pick whose title matches, with its items filled in. */
export function pickTitled(title: RegExp): Promise<PickSnapshot> {
  return waitFor(`a quick pick titled ${title}`, async () => {
    const pick = await pickOnScreen();
    return pick && title.test(pick.title) && pick.items.length > 0 ? pick : undefined;
  });
}

/** Moves down the pick on screen until the active item is `label`, then accepts it. */
export async function acceptItem(label: string): Promise<void> {
  const pick = await pickOnScreen();
  assert.ok(pick && pick.items.some(i => i.label === label && !i.separator), `"${label}" is offered`);
  const choices = pick.items.filter(i => !i.separator).length;
  for (let step = 0; step <= choices; step++) {
    const active = await waitFor('the pick\'s active item', async () => (await pickOnScreen())?.active ?? undefined);
    if (active === label) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return;
    }
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor('the selection to move', async () => ((await pickOnScreen())?.active !== active ? true : undefined));
  }
  assert.fail(`"${label}" never became the active item`);
}
