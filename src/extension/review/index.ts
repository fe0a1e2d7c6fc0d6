/**
 * Review: tags and notes on passages, kept in a sidecar beside the transcript; decorations, hover,
 * undo, the Review view, speaker variants, export and read-only reading.
 */
import * as vscode from 'vscode';
import { registerAddNoteCommand } from '../commands/addNote';
import { registerExportReviewCommand } from '../commands/exportReview';
import { registerRemoveTagOrNoteCommand } from '../commands/removeTagOrNote';
import { registerRenameTagCommand } from '../commands/renameTag';
import { registerRevealPassageCommand } from '../commands/revealPassage';
import { registerTagSelectionCommand } from '../commands/tagSelection';
import { registerToggleReviewHighlightingCommand } from '../commands/toggleReviewHighlighting';
import { registerUndoReviewChangeCommand } from '../commands/undoReviewChange';
import type { TranscriptCache } from '../transcriptCache';
import { registerReviewDecorations, type DrawnDecorations } from './decorations';
import { registerReviewHover } from './hover';
import { registerReviewStateCommand } from './reviewState';
import { ReviewStore } from './reviewStore';
import { registerReviewView } from './reviewView';
import { registerUndoContext } from './undoContext';

export function registerReview(cache: TranscriptCache): vscode.Disposable {
  const store = new ReviewStore();
  const drawn: DrawnDecorations = new Map();
  return vscode.Disposable.from(
    store,
    registerReviewDecorations(store, drawn),
    registerReviewHover(store),
    registerUndoContext(store),
    registerTagSelectionCommand(store),
    registerAddNoteCommand(store),
    registerRemoveTagOrNoteCommand(store),
    registerUndoReviewChangeCommand(store),
    registerToggleReviewHighlightingCommand(),
    registerReviewStateCommand(store, drawn),
    registerReviewView(store, cache),
    registerRevealPassageCommand(),
    registerRenameTagCommand(store),
    registerExportReviewCommand(store, cache),
  );
}
