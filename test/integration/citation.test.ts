/**
 * Copy Citation and Copy Citation As... in a real editor, read back from the clipboard.
 * Fixture: navigation.transcript (see navigation.test.ts); line 16-17 is one paragraph of Lena
 * Varga's answer to Q1, hard-wrapped after "June 1.", line 19 the next paragraph.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { setCitationSetting } from './helpers/citation';
import { CITATION_STYLES, cite, type CitationStyle } from '../../src/core/citation';
import { parseTranscript } from '../../src/core/parse';

const TITLE = "Foreign Minister Lena Varga's statement and answers to media questions at a joint news conference " +
  'with Foreign Minister of Westmark Tomas Brandt, Kestrel Bay, May 2, 2022';
const WRAPPED = 'The crossing will reopen on June 1. The customs posts on both sides of the bay are being rebuilt.';
const NEXT_PARAGRAPH = 'The first trucks will cross on the same morning.';

async function openFixture(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'navigation.transcript'));
  return vscode.window.showTextDocument(document);
}

/** From the start of "The crossing" on line 16 to the end of line 17. */
function wrappedSelection(editor: vscode.TextEditor): vscode.Selection {
  const start = editor.document.lineAt(16).text.indexOf('The crossing');
  assert.ok(start > 0);
  return new vscode.Selection(16, start, 17, editor.document.lineAt(17).text.length);
}

async function copied(command: string, ...args: unknown[]): Promise<string> {
  await vscode.env.clipboard.writeText('(clipboard before the copy)');
  const returned = await vscode.commands.executeCommand<string | undefined>(command, ...args);
  const text = await vscode.env.clipboard.readText();
  assert.strictEqual(returned, text, 'the command returns what it put on the clipboard');
  return text;
}

describe('citations', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openFixture();
  });

  it('Copy Citation copies the selection exactly, wraps joined, with its plain citation', async () => {
    editor.selection = wrappedSelection(editor);
    const text = await copied('transcriptReview.copyCitation');
    assert.strictEqual(text, `"${WRAPPED}" — Lena Varga, ${TITLE} (Q1, lines 17-18)`);
  });

  it('quotes the current paragraph when nothing is selected', async () => {
    editor.selection = new vscode.Selection(19, 10, 19, 10);
    const text = await copied('transcriptReview.copyCitation');
    assert.strictEqual(text, `"${NEXT_PARAGRAPH}" — Lena Varga, ${TITLE} (Q1, line 20)`);
  });

  it('gives one citation per selection, in document order, separated by a blank line', async () => {
    const answer = editor.document.lineAt(31).text.indexOf('Two hundred');
    editor.selections = [
      new vscode.Selection(31, answer, 31, editor.document.lineAt(31).text.length),
      wrappedSelection(editor),
    ];
    const text = await copied('transcriptReview.copyCitation');
    assert.strictEqual(text, [
      `"${WRAPPED}" — Lena Varga, ${TITLE} (Q1, lines 17-18)`,
      `"Two hundred students will take part in the first year." — Tomas Brandt, ${TITLE} (Q3, line 32)`,
    ].join('\n\n'));
  });

  it('Copy Citation As gives each style the same citation the core formats', async () => {
    const transcript = parseTranscript(editor.document.getText(), { fileName: editor.document.fileName });
    const lines = editor.document.getText().split(/\r\n|\r|\n/);
    const selection = wrappedSelection(editor);
    const range = { start: selection.start, end: selection.end };
    const outputs = new Set<string>();
    for (const style of CITATION_STYLES) {
      editor.selection = selection;
      const text = await copied('transcriptReview.copyCitationAs', style.id);
      assert.strictEqual(text, cite(transcript, lines, range, style.id), style.id);
      assert.ok(text.includes(WRAPPED), `${style.id} quotes the text exactly`);
      assert.doesNotMatch(text, /undefined|null|\(\s*\)|\[\s*\]/, style.id);
      outputs.add(text);
    }
    assert.ok(outputs.size >= 6, 'the styles differ');
    assert.match([...outputs].find(t => t.startsWith('> ')) ?? '', /^> The crossing will reopen/);
  });

  it('Copy Citation As... offers the styles in a quick pick, the default first', async () => {
    editor.selection = wrappedSelection(editor);
    const picked = vscode.commands.executeCommand<string | undefined>('transcriptReview.copyCitationAs');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const text = await picked;
    assert.strictEqual(text, await vscode.env.clipboard.readText());
    assert.match(text ?? '', /^> The crossing will reopen on June 1\. The customs posts/, 'the second item is Markdown');
  });

  describe('settings', () => {
    afterEach(async () => {
      for (const key of ['style', 'template', 'url', 'publisher']) {
        if (vscode.workspace.getConfiguration('transcriptReview.citation').inspect(key)?.globalValue !== undefined) {
          await setCitationSetting(key, undefined);
        }
      }
    });

    it('transcriptReview.citation.style changes what Copy Citation copies', async () => {
      await setCitationSetting('style', 'mla');
      editor.selection = wrappedSelection(editor);
      const text = await copied('transcriptReview.copyCitation');
      assert.ok(text.startsWith(`“${WRAPPED}” (Varga)`), text);
      assert.match(text, /Varga, Lena\./);
    });

    it('the custom style fills transcriptReview.citation.template', async () => {
      await setCitationSetting('template', '{speaker} ({question}, {date}): {quote}');
      await setCitationSetting('style', 'custom');
      editor.selection = new vscode.Selection(19, 0, 19, 0);
      const text = await copied('transcriptReview.copyCitation');
      assert.strictEqual(text, `Lena Varga (Q1, 2022-05-02): ${NEXT_PARAGRAPH}`);
    });

    it('the url and publisher settings fill what the file lacks, and only that', async () => {
      await setCitationSetting('template', '{quote} {url} / {publisher}');
      await setCitationSetting('style', 'custom');
      await setCitationSetting('url', 'https://eastmark.example/press/2022-05-02');
      await setCitationSetting('publisher', 'Someone Else');
      editor.selection = new vscode.Selection(19, 0, 19, 0);
      const text = await copied('transcriptReview.copyCitation');
      assert.strictEqual(text,
        `${NEXT_PARAGRAPH} https://eastmark.example/press/2022-05-02 / Ministry of Foreign Affairs of the Republic of Eastmark`);
    });
  });

  it('never changes the document', async () => {
    const version = editor.document.version;
    editor.selections = [wrappedSelection(editor), new vscode.Selection(31, 0, 31, 0)];
    await copied('transcriptReview.copyCitation');
    for (const style of ['apa', 'chicago'] as CitationStyle[]) await copied('transcriptReview.copyCitationAs', style);
    assert.strictEqual(editor.document.version, version);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('is in the editor context menu and the palette for transcripts, with a key', () => {
    const pkg = vscode.extensions.getExtension('transcript-review.transcript-review')?.packageJSON as {
      contributes: { menus: Record<string, { command: string; when: string }[]>; keybindings: { command: string; when: string }[] };
    };
    for (const command of ['transcriptReview.copyCitation', 'transcriptReview.copyCitationAs']) {
      for (const menu of ['editor/context', 'commandPalette']) {
        assert.match(pkg.contributes.menus[menu].find(m => m.command === command)?.when ?? '', /editorLangId == transcript/, `${command} in ${menu}`);
      }
    }
    assert.match(pkg.contributes.keybindings.find(k => k.command === 'transcriptReview.copyCitation')?.when ?? '', /editorLangId == transcript/);
  });
});
