// The shipped grammar file and language configuration: in sync with their source, valid for
// Oniguruma, scoped under `.transcript`, and wired into package.json.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { defaultGrammarPath, repositoryRoot } from './loadGrammar';
import { grammar } from './tokenAssert';

const root = repositoryRoot();
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

type Rule = Record<string, unknown>;

/** Every object in the grammar tree, with a path for messages. */
function walk(node: unknown, where: string, visit: (rule: Rule, where: string) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    visit(node as Rule, where);
    for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`, visit);
  }
}

describe('grammar: the shipped files', () => {
  const built = readJson('syntaxes/transcript.tmLanguage.json');

  // No build step writes the JSON (scripts/build.js leaves it alone), so this compares the file as committed (or
  // as edited) with what the YAML and the conventions table make now, built in memory.
  it('the committed JSON is what scripts/build-grammar.js makes of the YAML and the conventions table', () => {
    const { buildGrammar } = require(path.join(root, 'scripts', 'build-grammar.js'));
    assert.deepStrictEqual(buildGrammar({ write: false }), built, 'run `npm run build:grammar` and commit the JSON');
  });

  it('every regular expression compiles in Oniguruma', async () => {
    await grammar();
    const failures: string[] = [];
    walk(built, '', (rule, where) => {
      for (const key of ['match', 'begin', 'end', 'while']) {
        const source = rule[key];
        if (typeof source !== 'string') continue;
        try {
          new oniguruma.OnigScanner([source]).dispose();
        } catch (err) {
          failures.push(`${where}.${key}: ${(err as Error).message}`);
        }
      }
    });
    assert.deepStrictEqual(failures, []);
  });

  it('every scope ends in .transcript and starts from a root themes colour', () => {
    const roots = ['entity', 'keyword', 'constant', 'comment', 'markup', 'meta', 'punctuation', 'string', 'variable'];
    const wrong: string[] = [];
    walk(built, '', (rule, where) => {
      for (const key of ['name', 'contentName']) {
        if (typeof rule[key] !== 'string' || where === '') continue;
        for (const scope of (rule[key] as string).split(/\s+/)) {
          if (!scope.endsWith('.transcript') || !roots.includes(scope.split('.')[0])) wrong.push(`${where}: ${scope}`);
        }
      }
    });
    assert.deepStrictEqual(wrong, []);
  });

  it('package.json contributes this grammar for the transcript language', () => {
    const contributed = readJson('package.json').contributes.grammars;
    const entry = contributed.find((g: { language: string }) => g.language === 'transcript');
    assert.strictEqual(entry.scopeName, built.scopeName);
    assert.strictEqual(path.resolve(root, entry.path), defaultGrammarPath());
  });
});

describe('grammar: language configuration', () => {
  const config = readJson('language-configuration.json');
  const words = (text: string) => text.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g'));

  it('keeps names, contractions and times together as words', () => {
    assert.deepStrictEqual(
      words('O’Rourke, DIAZ-BALART and Lavrov’s aides met at 00:12:34 with 主持人 Müller.'),
      ['O’Rourke', 'DIAZ-BALART', 'and', 'Lavrov’s', 'aides', 'met', 'at', '00:12:34', 'with', '主持人', 'Müller'],
    );
  });

  it('pairs brackets and auto-closes quotes, typographic ones included', () => {
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['()', '[]', '""', '“”', '‘’', '«»', '（）']) assert.ok(pairs.includes(pair), `missing ${pair}`);
    assert.ok(!pairs.includes("''"), 'an apostrophe must not auto-close');
    assert.deepStrictEqual(config.brackets.slice(0, 2), [['(', ')'], ['[', ']']]);
  });

  it('declares no comment syntax', () => {
    assert.strictEqual(config.comments, undefined);
  });
});
