/**
 * The quick pick of Go to Question: one item per exchange (number, topic, asker), the question at
 * the cursor preselected. Moving through the list reveals each question; Escape scrolls back.
 */
import * as vscode from 'vscode';
import type { Transcript } from '../../core/model';
import { locate, questionEntries, type QuestionEntry } from '../../core/navigation';
import { comparePositions, type Position } from '../../core/position';
import { fromVsPosition, toVsPosition } from '../convert';
import type { SpeakerNameMap } from '../review/speakerNames';

export interface QuestionItem extends vscode.QuickPickItem {
  entry: QuestionEntry;
}

/** `names`: the reviewer's names for speakers (label as written → name). */
export function questionItems(transcript: Transcript, names?: SpeakerNameMap): QuestionItem[] {
  return questionEntries(transcript, names).map(entry => ({
    label: `Q${entry.number} · ${entry.topic}`,
    description: entry.asker ?? undefined,
    entry,
  }));
}

/** The item to start on: the question the cursor is in, else the first one after it. */
function initialItem(items: QuestionItem[], transcript: Transcript, cursor: Position): QuestionItem | undefined {
  const here = locate(transcript, cursor).exchange;
  if (here) return items.find(item => item.entry.number === here.number);
  return items.find(item => comparePositions(item.entry.position, cursor) > 0) ?? items[items.length - 1];
}

/** Shows the pick; resolves with the accepted entry, or undefined when dismissed. */
export function pickQuestion(editor: vscode.TextEditor, transcript: Transcript, names?: SpeakerNameMap): Promise<QuestionEntry | undefined> {
  const items = questionItems(transcript, names);
  const pick = vscode.window.createQuickPick<QuestionItem>();
  pick.title = 'Go to Question';
  pick.placeholder = 'Type a number, a topic or who asks';
  pick.matchOnDescription = true;
  pick.items = items;
  const start = initialItem(items, transcript, fromVsPosition(editor.selection.active));
  if (start) pick.activeItems = [start];
  const firstVisible = editor.visibleRanges[0];

  return new Promise(resolve => {
    let accepted: QuestionEntry | undefined;
    const subscriptions = [
      pick.onDidChangeActive(active => {
        const entry = active[0]?.entry;
        if (!entry) return;
        const p = toVsPosition(entry.position);
        editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }),
      pick.onDidAccept(() => {
        accepted = pick.selectedItems[0]?.entry ?? pick.activeItems[0]?.entry;
        pick.hide();
      }),
      pick.onDidHide(() => {
        if (!accepted && firstVisible) editor.revealRange(firstVisible, vscode.TextEditorRevealType.AtTop);
        for (const s of subscriptions) s.dispose();
        pick.dispose();
        resolve(accepted);
      }),
    ];
    pick.show();
  });
}
