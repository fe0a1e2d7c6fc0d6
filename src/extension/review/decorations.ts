/**
 * Tagged passages in the editor: a background in their first tag's colour (in the overview ruler too),
 * passages with only a note a dotted underline. `transcriptReview.review.highlight` turns it off.
 * What was last drawn in each editor is kept for the integration tests to read back.
 */
import * as vscode from 'vscode';
import type { Anchor } from '../../core/review';
import type { ReviewStore } from './reviewStore';
import { TAG_COLOR_SLOTS, tagBackgroundColorId, tagColorSlot, tagRulerColorId } from './tagColors';

export const HIGHLIGHT_SETTING = 'transcriptReview.review.highlight';

/** Per editor's document: decoration slot (`tag3`, `note`) → ranges drawn. */
export type DrawnDecorations = Map<string, Record<string, vscode.Range[]>>;

export function registerReviewDecorations(store: ReviewStore, drawn: DrawnDecorations): vscode.Disposable {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (let slot = 1; slot <= TAG_COLOR_SLOTS; slot++) {
    types.set(`tag${slot}`, vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(tagBackgroundColorId(slot)),
      overviewRulerColor: new vscode.ThemeColor(tagRulerColorId(slot)),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
  }
  types.set('note', vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    overviewRulerColor: new vscode.ThemeColor('transcriptReview.noteRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  }));

  const draw = (editor: vscode.TextEditor) => {
    const entry = store.peek(editor.document);
    if (!entry && !drawn.has(editor.document.uri.toString())) return;
    const enabled = vscode.workspace.getConfiguration('transcriptReview.review', editor.document.uri).get<boolean>('highlight', true);
    const ranges: Record<string, vscode.Range[]> = {};
    for (const key of types.keys()) ranges[key] = [];
    if (enabled && entry) for (const anchor of entry.anchors) addRange(ranges, anchor, editor.document);
    for (const [key, type] of types) editor.setDecorations(type, ranges[key]);
    drawn.set(editor.document.uri.toString(), ranges);
  };
  const drawAll = () => vscode.window.visibleTextEditors.forEach(draw);

  drawAll();
  return vscode.Disposable.from(
    ...types.values(),
    store.onDidChange(uri => vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === uri.toString()).forEach(draw)),
    vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(draw)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(HIGHLIGHT_SETTING)) drawAll();
    }),
  );
}

function addRange(ranges: Record<string, vscode.Range[]>, anchor: Anchor, document: vscode.TextDocument): void {
  if (anchor.how === 'orphan') return;
  const range = new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end));
  const [first] = anchor.passage.tags;
  ranges[first !== undefined ? `tag${tagColorSlot(first)}` : 'note'].push(range);
}
