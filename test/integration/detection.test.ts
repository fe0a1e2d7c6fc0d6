/**
 * Transcript detection for .txt and .md files, the two switch commands, remembered choices and the
 * `transcriptReview.detect` setting. Every fixture under workspace/detection/ is used by one test
 * only: detection runs once per opened document, so a file opened earlier would prove nothing.
 *
 * Nothing sleeps. A switch is awaited through VS Code's language-change events; "stays plain text"
 * is checked after a barrier: a language change requested later than any switch detection could
 * have requested (VS Code applies them in order).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const TREAT_AS_TRANSCRIPT = 'transcriptReview.treatAsTranscript';
const TREAT_AS_PLAIN_TEXT = 'transcriptReview.treatAsPlainText';
type DetectMode = 'auto' | 'ask' | 'off';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'detection', name);
}

/** Resolves when the document has the language, now or after a language change. */
function languageBecomes(document: vscode.TextDocument, languageId: string): Promise<void> {
  if (document.languageId === languageId) return Promise.resolve();
  return new Promise(resolve => {
    const listener = vscode.workspace.onDidOpenTextDocument(reopened => {
      if (reopened.uri.toString() === document.uri.toString() && reopened.languageId === languageId) {
        listener.dispose();
        resolve();
      }
    });
  });
}

/** Sets the setting (user level) and waits until the extension host has seen the change. */
async function setDetect(mode: DetectMode | undefined): Promise<void> {
  const config = () => vscode.workspace.getConfiguration('transcriptReview');
  if (config().inspect<string>('detect')?.globalValue === mode) return;
  const before = config().get<string>('detect');
  const after = mode ?? config().inspect<string>('detect')?.defaultValue;
  if (before === after) {
    await config().update('detect', mode, vscode.ConfigurationTarget.Global);
    return;
  }
  const changed = new Promise<void>(resolve => {
    const listener = vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('transcriptReview.detect')) {
        listener.dispose();
        resolve();
      }
    });
  });
  await config().update('detect', mode, vscode.ConfigurationTarget.Global);
  await changed;
}

/** Returns once every language change requested before it has been applied. */
async function barrier(): Promise<void> {
  const uri = fixture('barrier.txt');
  assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_TRANSCRIPT, uri), 'transcript');
  assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_PLAIN_TEXT, uri), 'plaintext');
}

async function open(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixture(name));
}

describe('transcript detection', function () {
  this.timeout(20_000);

  before(() => setDetect('auto'));
  after(() => setDetect(undefined));

  it('switches a .txt transcript to the Transcript language under "auto", without touching its text', async () => {
    const document = await open('harbour-interview.txt');
    await languageBecomes(document, 'transcript');
    assert.strictEqual(document.languageId, 'transcript');
    assert.strictEqual(document.isDirty, false);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture('harbour-interview.txt')));
    assert.strictEqual(document.getText(), onDisk);
  });

  it('leaves an ordinary .txt file as plain text', async () => {
    const document = await open('packing-list.txt');
    await barrier();
    assert.strictEqual(document.languageId, 'plaintext');
  });

  it('switches a Markdown transcript, and Treat as Plain Text gives it back Markdown', async () => {
    const document = await open('roundtable.md');
    await languageBecomes(document, 'transcript');
    await vscode.window.showTextDocument(document);
    assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_PLAIN_TEXT), 'markdown');
    assert.strictEqual(document.languageId, 'markdown');
    assert.strictEqual(document.isDirty, false);
  });

  it('switches any document by hand with Treat as Transcript and back with Treat as Plain Text', async () => {
    const document = await open('meeting-notes.txt');
    await vscode.window.showTextDocument(document);
    await barrier();
    assert.strictEqual(document.languageId, 'plaintext', 'notes are not a transcript');

    assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_TRANSCRIPT), 'transcript');
    assert.strictEqual(document.languageId, 'transcript');
    assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_PLAIN_TEXT), 'plaintext');
    assert.strictEqual(document.languageId, 'plaintext');
  });

  it('does nothing by itself under "off"', async () => {
    await setDetect('off');
    const document = await open('off-interview.txt');
    await barrier();
    assert.strictEqual(document.languageId, 'plaintext');
  });

  it('asks instead of switching under "ask"', async () => {
    await setDetect('ask');
    const document = await open('ask-interview.txt');
    await barrier();
    assert.strictEqual(document.languageId, 'plaintext', 'the notification offers the switch; it does not make it');
  });

  it('applies "auto" to open documents when the setting changes, except files switched back by hand', async () => {
    await setDetect('off');
    const remembered = await open('remembered-interview.txt');
    assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_TRANSCRIPT, remembered.uri), 'transcript');
    assert.strictEqual(await vscode.commands.executeCommand(TREAT_AS_PLAIN_TEXT, remembered.uri), 'plaintext');
    const fresh = await open('fresh-interview.txt');
    await barrier();
    assert.strictEqual(fresh.languageId, 'plaintext');

    await setDetect('auto');
    await languageBecomes(fresh, 'transcript');
    await barrier();
    assert.strictEqual(remembered.languageId, 'plaintext', 'the choice made for the file wins over detection');
  });

  it('remembers a language picked by hand (the language picker) as the choice for the file', async () => {
    const document = await open('picker-interview.txt');
    await languageBecomes(document, 'transcript');
    // What the status bar's language picker does.
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await setDetect('off');
    await setDetect('auto');
    await barrier();
    assert.strictEqual(document.languageId, 'plaintext', 'detection does not undo the user\'s own choice');
  });
});

describe('reading defaults of the Transcript language', () => {
  it('wraps words and does not flag typographic quotes or no-break spaces, in transcripts only', () => {
    const transcript = vscode.workspace.getConfiguration('editor', { languageId: 'transcript' });
    assert.strictEqual(transcript.get('wordWrap'), 'on');
    assert.strictEqual(transcript.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(transcript.get('unicodeHighlight.invisibleCharacters'), false);
    const other = vscode.workspace.getConfiguration('editor', { languageId: 'javascript' });
    assert.strictEqual(other.get('wordWrap'), 'off', 'other languages keep their own settings');
  });
});
