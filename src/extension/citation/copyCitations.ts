/**
 * Copies the citations of the active editor's selections to the clipboard and says so in the
 * status bar. Returns the copied text (undefined when there was nothing to copy).
 */
import * as vscode from 'vscode';
import { CITATION_STYLES, type CitationStyle } from '../../core/citation';
import { resolveSpeaker } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { showStatusMessage } from '../statusBar/statusMessage';
import { recordingAddress, type RecordingLinks } from '../media/recording';
import type { TranscriptCache } from '../transcriptCache';
import { citeSelections } from './citeSelections';
import { confirmReplacementCharacters } from './replacementWarning';
import { readCitationSettings } from './settings';

export async function copyCitations(
  cache: TranscriptCache,
  editor: vscode.TextEditor,
  style?: CitationStyle,
  reviews?: ReviewStore,
  links?: RecordingLinks,
): Promise<string | undefined> {
  const settings = readCitationSettings(editor.document);
  const chosen = style ?? settings.style;
  const transcript = cache.get(editor.document);
  // Only a template that asks for {mediaUrl} makes the copy look for the recording (a few file checks).
  if (links && chosen === 'custom' && settings.template.includes('{mediaUrl}')) {
    settings.overrides.mediaUrl = await recordingAddress(editor.document, transcript, links);
  }
  const speakers = reviews?.peek(editor.document)?.speakers ?? {};
  const citations = citeSelections(editor.document, editor.selections, transcript, chosen, settings, label => resolveSpeaker(speakers, label).name);
  if (citations.length === 0) {
    showStatusMessage('Nothing to quote here: select some text or put the cursor in a paragraph');
    return undefined;
  }
  const text = citations.join('\n\n');
  if (!(await confirmReplacementCharacters(text, editor.document))) {
    showStatusMessage('Citation not copied: the quote holds \uFFFD');
    return undefined;
  }
  await vscode.env.clipboard.writeText(text);
  const label = CITATION_STYLES.find(s => s.id === chosen)?.label ?? chosen;
  showStatusMessage(citations.length === 1 ? `Citation copied (${label})` : `${citations.length} citations copied (${label})`);
  return text;
}
