/**
 * Workspace symbols (Go to Symbol in Workspace, Ctrl+T): every transcript's speakers and exchanges, named with
 * the transcript's date and place (`Q3 · vaccination passport — 2021-04-08 Nur-Sultan`). The first query starts
 * the indexer and waits for it.
 */
import * as vscode from 'vscode';
import type { WorkspaceSymbolEntry } from '../../core/workspace/summaryIndex';
import { symbolKindOf } from '../outline/symbolKinds';
import type { WorkspaceIndexer } from './indexer';

export function registerWorkspaceSymbols(indexer: WorkspaceIndexer): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    async provideWorkspaceSymbols(query, token) {
      await Promise.race([indexer.whenIdle(), new Promise<void>(resolve => token.onCancellationRequested(() => resolve()))]);
      if (token.isCancellationRequested) return [];
      return indexer.summaries.symbols(query).map(toSymbol);
    },
  });
}

function toSymbol(entry: WorkspaceSymbolEntry): vscode.SymbolInformation {
  const uri = vscode.Uri.parse(entry.file);
  // The Outline's kinds: an exchange is an Event; a speaker, a person's group of turns, an Object.
  const kind = symbolKindOf(entry.kind === 'exchange' ? 'exchange' : 'round');
  const position = new vscode.Position(entry.line, 0);
  return new vscode.SymbolInformation(entry.name, kind, vscode.workspace.asRelativePath(uri), new vscode.Location(uri, position));
}
