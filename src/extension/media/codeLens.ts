/**
 * A "▶ 0:20" CodeLens above each timed turn (in captions: above the first cue of each speaker's turn) of a
 * transcript whose recording is found: a click plays from there. Nothing is shown without a recording.
 */
import * as vscode from 'vscode';
import { buildTimeline, formatClock, spanAtLine } from '../../core/media';
import { PLAY_FROM_HERE_COMMAND } from '../commands/playFromHere';
import type { TranscriptCache } from '../transcriptCache';
import { findRecording, type RecordingLinks } from './recording';

export function registerPlayCodeLens(cache: TranscriptCache, links: RecordingLinks): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      const transcript = cache.get(document);
      const recording = await findRecording(document, transcript, links);
      if (!recording?.exists) return [];
      const timeline = buildTimeline(transcript);
      if (timeline.spans.length === 0) return [];
      const lenses: vscode.CodeLens[] = [];
      for (const turn of transcript.turns) {
        const line = turn.range.start.line;
        const span = spanAtLine(timeline, line);
        // Only turns that begin a timed span: an untimed turn would play from someone else's time.
        if (!span || span.firstLine > line || span.lastLine < line || (span.kind === 'turn' && span.firstLine !== line)) continue;
        lenses.push(new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: `▶ ${formatClock(span.start)}`,
          tooltip: `Play ${recording.label} from ${formatClock(span.start)}`,
          command: PLAY_FROM_HERE_COMMAND,
          arguments: [document.uri, line],
        }));
      }
      return lenses;
    },
  };
  return vscode.Disposable.from(
    changed,
    links.onDidChange(() => changed.fire()),
    vscode.languages.registerCodeLensProvider({ language: 'transcript' }, provider),
  );
}
