/**
 * The Outline view, breadcrumbs, sticky scroll and Go to Symbol for transcripts: the core outline
 * of the cached model, converted to VS Code document symbols.
 */
import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline';
import { boundOutline, LightOutlineMemo } from '../../core/outlineBudget';
import { toVsRange } from '../convert';
import { onDidChangeSpeakerNames, type SpeakerNamesSource } from '../review/speakerNames';
import type { TranscriptCache } from '../transcriptCache';
import { symbolKindOf } from './symbolKinds';

const TRANSCRIPT_LANGUAGE = 'transcript';
export const TRANSCRIPT_SELECTOR: vscode.DocumentSelector = { language: TRANSCRIPT_LANGUAGE };

export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  /** Symbols of outline nodes already converted: nodes an edit leaves alone are shared between versions. */
  private readonly symbols = new WeakMap<OutlineNode, vscode.DocumentSymbol>();
  /** A huge document's lightened rows (outlineBudget.ts), kept across versions like the symbols. */
  private readonly light = new LightOutlineMemo();

  constructor(private readonly cache: TranscriptCache, private readonly names?: SpeakerNamesSource) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    // A large Markdown file's full reading runs off the thread: wait for it (its deadline bounds the wait).
    await this.cache.settled(document);
    if (token.isCancellationRequested) return undefined;
    // Speakers the reviewer renamed or merged are shown by the reviewer's name; the transcript keeps its labels.
    const outline = this.cache.outline(document, { turnPreview: turnPreviewReader(document), speakerNames: this.names?.speakerNames(document) });
    if (token.isCancellationRequested) return undefined;
    // A huge document gets a lighter tree: carrying every turn would keep the extension host busy (outlineBudget.ts).
    return boundOutline(outline, undefined, this.light).nodes.map(node => this.toSymbol(node));
  }

  private toSymbol(node: OutlineNode): vscode.DocumentSymbol {
    const known = this.symbols.get(node);
    if (known) return known;
    const symbol = new vscode.DocumentSymbol(
      node.name, node.detail, symbolKindOf(node.kind), toVsRange(node.range), toVsRange(node.selectionRange),
    );
    symbol.children = node.children.map(child => this.toSymbol(child));
    this.symbols.set(node, symbol);
    return symbol;
  }
}

/** Setting: turn rows show the turn's first words after the speaker. */
const TURN_PREVIEW_SETTING = 'outline.turnPreview';

/** Reads the document's lines for the turn rows' first words, or undefined when the setting turns them off. */
function turnPreviewReader(document: vscode.TextDocument): ((line: number) => string) | undefined {
  const enabled = vscode.workspace.getConfiguration('transcriptReview', document).get<boolean>(TURN_PREVIEW_SETTING, true);
  if (!enabled) return undefined;
  return line => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : '');
}

/**
 * Builds a transcript's outline as soon as it opens (or becomes a transcript), in a task of its own: the Outline
 * view, breadcrumbs and sticky scroll ask for it a moment later, and find its nodes (topics included) made.
 */
function prepareOutlines(cache: TranscriptCache, names?: SpeakerNamesSource): vscode.Disposable {
  return vscode.workspace.onDidOpenTextDocument(document => {
    if (document.languageId !== TRANSCRIPT_LANGUAGE) return;
    setTimeout(() => {
      if (!document.isClosed && document.languageId === TRANSCRIPT_LANGUAGE) {
        cache.outline(document, { turnPreview: turnPreviewReader(document), speakerNames: names?.speakerNames(document) });
      }
    }, 0);
  });
}

export function registerOutline(cache: TranscriptCache, names?: SpeakerNamesSource): vscode.Disposable {
  const register = () => vscode.languages.registerDocumentSymbolProvider(TRANSCRIPT_SELECTOR, new TranscriptSymbolProvider(cache, names), {
    label: 'Transcript',
  });
  let provider = register();
  // VS Code keeps symbols per document version and has no event to refresh them: registering the provider again
  // is what makes the Outline and Go to Symbol show the new names when the setting or a speaker's name changes.
  const refresh = () => {
    provider.dispose();
    provider = register();
  };
  const settings = vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(`transcriptReview.${TURN_PREVIEW_SETTING}`)) refresh();
  });
  const renamed = names ? onDidChangeSpeakerNames(names, refresh) : undefined;
  const preparing = prepareOutlines(cache, names);
  return new vscode.Disposable(() => {
    preparing.dispose();
    settings.dispose();
    renamed?.dispose();
    provider.dispose();
  });
}
