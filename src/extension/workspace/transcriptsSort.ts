/**
 * The Transcripts view's order, remembered per workspace, and the context key that shows the view title's
 * other sort command.
 */
import * as vscode from 'vscode';
import type { EntrySort } from '../../core/workspace/summaryIndex';
import type { TranscriptsTreeProvider } from './transcriptsTree';

const STATE_KEY = 'transcriptReview.transcriptsSort';
const CONTEXT_KEY = 'transcriptReview.transcriptsSort';

export class TranscriptsSort {
  constructor(private readonly state: vscode.Memento, private readonly tree: TranscriptsTreeProvider) {
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, tree.sort);
  }

  static stored(state: vscode.Memento): EntrySort {
    return state.get<EntrySort>(STATE_KEY) === 'title' ? 'title' : 'date';
  }

  async set(order: EntrySort): Promise<EntrySort> {
    this.tree.sort = order;
    await this.state.update(STATE_KEY, order);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, order);
    return order;
  }
}
