/**
 * Folding for transcripts: each section (Region kind, so "Fold All Regions" folds them), each
 * exchange from its question to its last answer, each turn of more than one line, and the header
 * and site chrome (Comment kind: "Fold All Block Comments" hides everything that is not speech).
 */
import * as vscode from 'vscode';
import type { Transcript } from '../../core/model';
import type { Range } from '../../core/position';
import type { TranscriptCache } from '../transcriptCache';

export class TranscriptFoldingProvider implements vscode.FoldingRangeProvider {
  /** Fired when a document's model changed without an edit (its full reading arrived): VS Code asks again. */
  readonly onDidChangeFoldingRanges: vscode.Event<void>;

  constructor(private readonly cache: TranscriptCache) {
    this.onDidChangeFoldingRanges = (listener, thisArgs, disposables) =>
      cache.onDidChangeModel(() => listener.call(thisArgs, undefined), undefined, disposables);
  }

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] | undefined {
    if (token.isCancellationRequested) return undefined;
    const transcript = this.cache.get(document);
    if (token.isCancellationRequested) return undefined;
    return foldingRanges(transcript);
  }
}

interface Fold {
  start: number;
  end: number;
  kind?: vscode.FoldingRangeKind;
}

export function foldingRanges(t: Transcript): vscode.FoldingRange[] {
  const folds: Fold[] = [];
  const add = (start: number, range: Range, kind?: vscode.FoldingRangeKind) => {
    const end = lastLine(range);
    if (end > start) folds.push({ start, end, kind });
  };
  if (t.header) add(t.header.start.line, t.header, vscode.FoldingRangeKind.Comment);
  for (const chrome of t.boilerplate) add(chrome.start.line, chrome, vscode.FoldingRangeKind.Comment);
  for (const section of t.sections) add(section.headingRange.start.line, section.range, vscode.FoldingRangeKind.Region);
  for (const exchange of t.exchanges) add(exchange.question.range.start.line, exchange.range);
  for (const turn of t.turns) add(turn.range.start.line, turn.range);

  // VS Code keeps one range per start line: keep the widest (an exchange over its question turn).
  folds.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: vscode.FoldingRange[] = [];
  let previousStart = -1;
  for (const fold of folds) {
    if (fold.start === previousStart) continue;
    previousStart = fold.start;
    result.push(new vscode.FoldingRange(fold.start, fold.end, fold.kind));
  }
  return result;
}

/** The last line a range covers: an end at the very start of a line does not cover that line. */
function lastLine(range: Range): number {
  const { start, end } = range;
  return end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
}

export function registerFolding(cache: TranscriptCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerFoldingRangeProvider({ language: 'transcript' }, new TranscriptFoldingProvider(cache)),
  );
}
