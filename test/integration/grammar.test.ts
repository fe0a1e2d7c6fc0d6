/**
 * The grammar is registered for the language as VS Code loads it: the language exists, the extension's
 * contribution names the grammar, and the file it names is the grammar of scope `text.transcript`.
 * (Which scopes each token gets is checked in plain Node, test/grammar: the web workbench that runs these
 * tests cannot report tokens to an extension.)
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-review.transcript-review';

interface GrammarContribution { language?: string; scopeName: string; path: string }

describe('grammar registration', () => {
  it('contributes the transcript language with a grammar of scope text.transcript', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('transcript'), 'the transcript language is known to VS Code');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    const grammars = extension.packageJSON.contributes.grammars as GrammarContribution[];
    const grammar = grammars.find(g => g.language === 'transcript');
    assert.ok(grammar, 'a grammar is contributed for the transcript language');
    assert.strictEqual(grammar.scopeName, 'text.transcript');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
    const json = JSON.parse(new TextDecoder().decode(bytes)) as { scopeName: string; patterns: unknown[]; repository: object };
    assert.strictEqual(json.scopeName, 'text.transcript');
    assert.ok(json.patterns.length > 0 && Object.keys(json.repository).length > 0, 'the grammar has rules');
  });

  it('opens .vtt and .srt files as transcripts', async () => {
    for (const [content, name] of [['WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Ann>Hi\n', 'cues.vtt'], ['1\n00:00:00,000 --> 00:00:01,000\nAnn: Hi\n', 'cues.srt']]) {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const uri = vscode.Uri.joinPath(folder, 'tmp-' + name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        assert.strictEqual(document.languageId, 'transcript', name);
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    }
  });
});
