/**
 * The Outline view, breadcrumbs, sticky scroll and Go to Symbol for transcripts: the core outline
 * of the cached model, converted to VS Code document symbols.
 */
import * as vscode from 'vscode';
import { buildOutline, type OutlineNode } from '../../core/outline';
import { toVsRange } from '../convert';
import type { TranscriptCache } from '../transcriptCache';
import { symbolKindOf } from './symbolKinds';

export const TRANSCRIPT_SELECTOR: vscode.DocumentSelector = { language: 'transcript' };

export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: TranscriptCache) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] | undefined {
    if (token.isCancellationRequested) return undefined;
    const transcript = this.cache.get(document);
    if (token.isCancellationRequested) return undefined;
    const outline = buildOutline(transcript);
    if (token.isCancellationRequested) return undefined;
    return outline.map(toSymbol);
  }
}

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    node.name, node.detail, symbolKindOf(node.kind), toVsRange(node.range), toVsRange(node.selectionRange),
  );
  symbol.children = node.children.map(toSymbol);
  return symbol;
}

export function registerOutline(cache: TranscriptCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(TRANSCRIPT_SELECTOR, new TranscriptSymbolProvider(cache), {
      label: 'Transcript',
    }),
  );
}
