/**
 * Review: tags and notes on passages, kept in a sidecar beside the transcript; decorations, hover,
 * undo, the Review view, speaker variants, export and read-only reading.
 */
import * as vscode from 'vscode';
import { registerAddNoteCommand } from '../commands/addNote';
import { registerExportReviewCommand } from '../commands/exportReview';
import { registerMarkSpeakersDistinctCommand } from '../commands/markSpeakersDistinct';
import { registerMergeSpeakersCommand } from '../commands/mergeSpeakers';
import { registerRemoveTagOrNoteCommand } from '../commands/removeTagOrNote';
import { registerRenameSpeakerCommand } from '../commands/renameSpeaker';
import { registerSetSpeakerRoleCommand } from '../commands/setSpeakerRole';
import { registerRenameTagCommand } from '../commands/renameTag';
import { registerRevealPassageCommand } from '../commands/revealPassage';
import { registerTagSelectionCommand } from '../commands/tagSelection';
import { registerToggleReviewHighlightingCommand } from '../commands/toggleReviewHighlighting';
import { registerUndoReviewChangeCommand } from '../commands/undoReviewChange';
import type { TranscriptCache } from '../transcriptCache';
import { registerReviewDecorations, type DrawnDecorations } from './decorations';
import { registerReadOnly } from './readOnly';
import { registerReviewHover } from './hover';
import { registerReviewStateCommand } from './reviewState';
import type { ReviewStore } from './reviewStore';
import { registerSpeakerVariants } from './speakerVariants';
import { registerReviewView } from './reviewView';
import { registerUndoContext } from './undoContext';

/** `store` is created by activate() and shared with the citations (speaker names). */
export function registerReview(cache: TranscriptCache, store: ReviewStore): vscode.Disposable {
  const drawn: DrawnDecorations = new Map();
  return vscode.Disposable.from(
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
    registerRevealPassageCommand(store),
    registerRenameTagCommand(store),
    registerExportReviewCommand(store, cache),
    registerRenameSpeakerCommand(store, cache),
    registerMergeSpeakersCommand(store, cache),
    registerSetSpeakerRoleCommand(store, cache),
    registerMarkSpeakersDistinctCommand(store),
    registerSpeakerVariants(store, cache),
    registerReadOnly(),
  );
}
