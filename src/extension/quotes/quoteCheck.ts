/**
 * A Check Quote from search to result: the matches in a quick pick (file, speaker, Q#, lines, score), and for the
 * one chosen, the transcript opened with the true text selected, the word-level comparison opened beside it (a
 * read-only Markdown document), and Copy Citation of the True Text offered. The last check is kept by the
 * `QuoteChecks` object the feature owns, for Copy Citation of the True Text run later from the palette.
 */
import * as vscode from 'vscode';
import { comparisonMarkdown, QuoteError, type QuoteMatch } from '../../core/quotes';
import { parseReview, sidecarPathFor, speakerNameMap } from '../../core/review';
import { COPY_CITATION_COMMAND } from '../commands/copyCitation';
import { toVsRange } from '../convert';
import { readSidecar } from '../review/sidecarFiles';
import { quoteToCheck } from './quoteInput';
import type { WorkspaceQuotes } from './workspaceQuotes';

export const COMPARISON_SCHEME = 'transcript-quote-check';
const COPY_TRUE_TEXT = 'Copy Citation of the True Text';

/** What a Check Quote ends with, for the caller (and the tests): the match chosen and its comparison. */
export interface QuoteCheckResult {
  quote: string;
  matches: QuoteMatch[];
  chosen?: QuoteMatch;
  comparison?: vscode.Uri;
  message?: string;
}

export class QuoteChecks implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly comparisons = new Map<string, string>();
  private last: QuoteMatch | undefined;
  private count = 0;
  private readonly registration: vscode.Disposable;

  constructor(private readonly quotes: WorkspaceQuotes) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(COMPARISON_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.comparisons.get(uri.toString()) ?? 'This quote check is no longer available: run Check Quote again.';
  }

  async check(given?: string): Promise<QuoteCheckResult | undefined> {
    const quote = given ?? await quoteToCheck();
    if (!quote) return undefined;
    let matches: QuoteMatch[];
    let searched = 0;
    try {
      matches = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Checking the quote in the workspace\'s transcripts' },
        async () => {
          const search = await this.quotes.search();
          searched = search.fileCount;
          return withReviewNames(await search.find(quote));
        },
      );
    } catch (error) {
      if (!(error instanceof QuoteError)) throw error;
      void vscode.window.showWarningMessage(`Check Quote: ${error.message}.`);
      return { quote, matches: [], message: error.message };
    }
    if (matches.length === 0) {
      const message = `Quote not found in the ${searched} transcript${searched === 1 ? '' : 's'} of the workspace: nothing close enough to be the same words.`;
      void vscode.window.showInformationMessage(message);
      return { quote, matches, message };
    }
    const picked = await vscode.window.showQuickPick(matches.map(m => ({ label: describeWhere(m), description: describeWho(m), detail: m.text, match: m })), {
      title: `Check Quote: ${matches.length} match${matches.length === 1 ? '' : 'es'}, best first`,
      matchOnDetail: true,
    });
    if (!picked) return { quote, matches };
    const comparison = await this.show(quote, picked.match);
    return { quote, matches, chosen: picked.match, comparison };
  }

  /** Selects the last chosen match's true text in its transcript and runs Copy Citation on it. */
  async copyCitationOfTrueText(): Promise<string | undefined> {
    const match = this.last;
    if (!match) {
      void vscode.window.showInformationMessage('Run Check Quote first: there is no checked quote to cite.');
      return undefined;
    }
    await reveal(match);
    return vscode.commands.executeCommand<string | undefined>(COPY_CITATION_COMMAND);
  }

  private async show(quote: string, match: QuoteMatch): Promise<vscode.Uri> {
    this.last = match;
    const file = vscode.Uri.parse(match.file);
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const uri = vscode.Uri.from({ scheme: COMPARISON_SCHEME, path: `/Quote check ${++this.count}.md` });
    this.comparisons.set(uri.toString(), comparisonMarkdown(quote, match, name));
    await vscode.workspace.openTextDocument(uri);
    await showComparison(uri);
    // After the comparison opens beside it (which narrows the editor), so that the true text stays in view.
    await reveal(match);
    void vscode.window.showInformationMessage(`Check Quote: ${describeWhere(match)}, score ${match.score.toFixed(2)}.`, COPY_TRUE_TEXT)
      .then(choice => choice === COPY_TRUE_TEXT ? this.copyCitationOfTrueText() : undefined);
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.comparisons.clear();
  }
}

/** The comparison rendered beside the transcript (Markdown preview), or as text where the preview is not there. */
async function showComparison(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  }
}

/** Opens the match's transcript with its true text selected and in view, and the focus (for Copy Citation, the cursor keys). */
async function reveal(match: QuoteMatch): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(match.file));
  const range = toVsRange(match.range);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The speaker names the reviewer set in each matched transcript's review, where there is one. */
async function withReviewNames(matches: QuoteMatch[]): Promise<QuoteMatch[]> {
  const names = new Map<string, Map<string, string> | null>();
  for (const m of matches) {
    if (!names.has(m.file)) {
      const uri = vscode.Uri.parse(m.file);
      const json = await readSidecar(uri.with({ path: sidecarPathFor(uri.path) })).catch(() => undefined);
      let map: Map<string, string> | null = null;
      try {
        map = json === undefined ? null : speakerNameMap(parseReview(json).speakers);
      } catch {
        // An unreadable review is reported by the review feature; the labels stay as written here.
      }
      names.set(m.file, map);
    }
  }
  return matches.map(m => ({ ...m, speaker: m.speaker === null ? null : names.get(m.file)?.get(m.speaker) ?? m.speaker }));
}

function describeWhere(m: QuoteMatch): string {
  const file = vscode.workspace.asRelativePath(vscode.Uri.parse(m.file));
  const lines = m.range.start.line === m.range.end.line ? `${m.range.start.line + 1}` : `${m.range.start.line + 1}–${m.range.end.line + 1}`;
  return `${file}:${lines}`;
}

function describeWho(m: QuoteMatch): string {
  return [m.speaker ?? 'no speaker named', ...(m.exchange ? [`Q${m.exchange}`] : []), `score ${m.score.toFixed(2)}`].join(' · ');
}
