/**
 * Speaker labels that look like one person written two ways (initials, a surname alone, a misspelling)
 * are offered as Information diagnostics on the variant's first label, with two quick fixes: merge them
 * (in the review sidecar) or mark them as different people. Nothing is applied by itself.
 */
import * as vscode from 'vscode';
import { findSpeakerVariants, openVariants, type SpeakerVariant } from '../../core/review';
import { MARK_SPEAKERS_DISTINCT_COMMAND } from '../commands/markSpeakersDistinct';
import { MERGE_SPEAKERS_COMMAND } from '../commands/mergeSpeakers';
import { toVsRange } from '../convert';
import type { TranscriptCache } from '../transcriptCache';
import type { ReviewStore } from './reviewStore';

export const SPEAKER_VARIANT_CODE = 'speaker-variant';

const REASONS: Record<SpeakerVariant['reason'], string> = {
  initials: 'its initials',
  surname: 'its surname',
  spelling: 'a near spelling',
};

interface VariantDiagnostic extends vscode.Diagnostic {
  variant?: SpeakerVariant;
}

export function registerSpeakerVariants(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('transcriptReview.speakers');
  const update = (document: vscode.TextDocument) => {
    const entry = store.peek(document);
    if (!entry || entry.error !== null) {
      collection.delete(document.uri);
      return;
    }
    const transcript = cache.get(document);
    const counts = new Map(transcript.speakers.map(s => [s.name, s.turns]));
    const diagnostics: VariantDiagnostic[] = [];
    for (const variant of openVariants(findSpeakerVariants(counts), entry.speakers)) {
      const turn = transcript.turns.find(t => t.speaker === variant.variant && t.labelRange);
      if (!turn?.labelRange) continue;
      const diagnostic: VariantDiagnostic = new vscode.Diagnostic(
        toVsRange(turn.labelRange),
        `"${variant.variant}" may be "${variant.of}" (${REASONS[variant.reason]}). Merge them in the review, or mark them as different people.`,
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = 'Transcript Review';
      diagnostic.code = SPEAKER_VARIANT_CODE;
      diagnostic.variant = variant;
      diagnostics.push(diagnostic);
    }
    collection.set(document.uri, diagnostics);
  };
  // Typing moves passages and fires the store's change event; the variants depend on the speaker map
  // (and on the labels, read again on save), so only a new map is worth a new look.
  const seen = new WeakMap<vscode.TextDocument, object | null>();
  const updateUri = (uri: vscode.Uri) => {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!document) return;
    const entry = store.peek(document);
    const key = entry && entry.error === null ? entry.speakers : null;
    if (seen.has(document) && seen.get(document) === key) return;
    seen.set(document, key);
    update(document);
  };
  const actions = vscode.languages.registerCodeActionsProvider({ language: 'transcript' }, {
    provideCodeActions(document, _range, context) {
      return context.diagnostics.flatMap(d => {
        const variant = (d as VariantDiagnostic).variant ?? parseVariant(d);
        if (!variant) return [];
        const merge = new vscode.CodeAction(`Merge "${variant.variant}" into "${variant.of}" (review only)`, vscode.CodeActionKind.QuickFix);
        merge.command = { command: MERGE_SPEAKERS_COMMAND, title: merge.title, arguments: [variant.variant, variant.of] };
        merge.diagnostics = [d];
        merge.isPreferred = true;
        const distinct = new vscode.CodeAction(`"${variant.variant}" and "${variant.of}" are different people`, vscode.CodeActionKind.QuickFix);
        distinct.command = { command: MARK_SPEAKERS_DISTINCT_COMMAND, title: distinct.title, arguments: [document.uri, variant.variant, variant.of] };
        distinct.diagnostics = [d];
        return [merge, distinct];
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
  return vscode.Disposable.from(
    collection,
    actions,
    store.onDidChange(updateUri),
    vscode.workspace.onDidSaveTextDocument(update),
    vscode.workspace.onDidCloseTextDocument(d => collection.delete(d.uri)),
  );
}

/** Diagnostics come back from VS Code as copies: the two labels are read from the message. */
function parseVariant(d: vscode.Diagnostic): SpeakerVariant | undefined {
  if (d.code !== SPEAKER_VARIANT_CODE) return undefined;
  const m = /^"(.+)" may be "(.+)" \(/.exec(d.message);
  return m ? { variant: m[1], of: m[2], reason: 'spelling' } : undefined;
}
