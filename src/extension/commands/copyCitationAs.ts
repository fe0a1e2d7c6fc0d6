/**
 * Transcript: Copy Citation As...: picks a style, then copies as Copy Citation does. A style id as
 * argument (`apa`, from a keybinding's `args`) skips the pick.
 */
import * as vscode from 'vscode';
import { isCitationStyle } from '../../core/citation';
import { copyCitations } from '../citation/copyCitations';
import { readCitationSettings } from '../citation/settings';
import { pickCitationStyle } from '../citation/stylePick';
import type { RecordingLinks } from '../media/recording';
import type { ReviewStore } from '../review/reviewStore';
import type { TranscriptCache } from '../transcriptCache';

export const COPY_CITATION_AS_COMMAND = 'transcriptReview.copyCitationAs';

export function registerCopyCitationAsCommand(cache: TranscriptCache, reviews?: ReviewStore, links?: RecordingLinks): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_CITATION_AS_COMMAND, async (style?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const chosen = isCitationStyle(style) ? style : await pickCitationStyle(readCitationSettings(editor.document).style);
    return chosen ? copyCitations(cache, editor, chosen, reviews, links) : undefined;
  });
}
