// Assertions on the scopes the transcript grammar gives to parts of a line.
import * as assert from 'assert';
import { LineToken, TranscriptTokenizer, loadTranscriptGrammar } from './loadGrammar';

let shared: Promise<TranscriptTokenizer> | undefined;

/** One tokenizer for all grammar tests in the process. */
export function grammar(): Promise<TranscriptTokenizer> {
  if (!shared) shared = loadTranscriptGrammar();
  return shared;
}

/** Where to look: `line` is the document's 0-based line; `occurrence` picks among repeats. */
export interface Target {
  substring: string;
  line?: number;
  occurrence?: number;
}

function describeTokens(tokens: LineToken[]): string {
  return tokens.map(t => `  ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ') || '(no scope)'}`).join('\n');
}

/** The tokens overlapping `substring` in the given line of the tokenized document. */
function tokensOf(lines: LineToken[][], target: Target): { tokens: LineToken[]; all: LineToken[] } {
  const all = lines[target.line ?? 0];
  assert.ok(all, `line ${target.line ?? 0} does not exist`);
  const text = all.map(t => t.text).join('');
  let at = -1;
  for (let i = 0; i <= (target.occurrence ?? 0); i++) {
    at = text.indexOf(target.substring, at + 1);
    assert.ok(at >= 0, `"${target.substring}" not found in ${JSON.stringify(text)}`);
  }
  const end = at + target.substring.length;
  return { tokens: all.filter(t => t.start < end && t.end > at), all };
}

const SUFFIX = /\.transcript$/;

/** True if the token has `scope` or a narrower one (`constant.numeric.timestamp.cue-start.transcript`
 * is under `constant.numeric.timestamp.transcript`). */
function hasScope(token: LineToken, scope: string): boolean {
  const wanted = scope.replace(SUFFIX, '');
  return token.scopes.some(s => {
    const base = s.replace(SUFFIX, '');
    return base === wanted || base.startsWith(wanted + '.');
  });
}

/** Asserts that every part of `substring` carries a scope equal to or under `scope`. */
export async function expectScope(document: string, target: Target | string, scope: string): Promise<void> {
  const where = typeof target === 'string' ? { substring: target } : target;
  const lines = (await grammar()).tokenizeDocument(document);
  const { tokens, all } = tokensOf(lines, where);
  const missing = tokens.filter(t => !hasScope(t, scope));
  assert.deepStrictEqual(
    missing.map(t => t.text), [],
    `"${where.substring}" should be ${scope}; tokens of the line:\n${describeTokens(all)}`,
  );
}

/** Asserts that no part of `substring` carries a scope equal to or under `scope`. */
export async function expectNoScope(document: string, target: Target | string, scope: string): Promise<void> {
  const where = typeof target === 'string' ? { substring: target } : target;
  const lines = (await grammar()).tokenizeDocument(document);
  const { tokens, all } = tokensOf(lines, where);
  const wrong = tokens.filter(t => hasScope(t, scope));
  assert.deepStrictEqual(
    wrong.map(t => t.text), [],
    `"${where.substring}" should not be ${scope}; tokens of the line:\n${describeTokens(all)}`,
  );
}

/** Asserts that no token of the whole line carries `scope`. */
export async function expectLineWithout(document: string, scope: string, line = 0): Promise<void> {
  const all = (await grammar()).tokenizeDocument(document)[line];
  const wrong = all.filter(t => hasScope(t, scope));
  assert.deepStrictEqual(wrong.map(t => t.text), [], `line should have no ${scope}:\n${describeTokens(all)}`);
}

/** The scopes used by the grammar, named once so the tests read as sentences. */
export const SCOPE = {
  speaker: 'entity.name.function.speaker.transcript',
  answer: 'entity.name.function.answer.transcript',
  question: 'keyword.other.question.transcript',
  labelColon: 'punctuation.separator.label.transcript',
  qualifier: 'variable.parameter.qualifier.transcript',
  timestamp: 'constant.numeric.timestamp.transcript',
  cueTiming: 'meta.cue-timing.transcript',
  cueNumber: 'constant.numeric.cue-number.transcript',
  lineNumber: 'constant.numeric.line-number.transcript',
  pageNumber: 'constant.numeric.page-number.transcript',
  pageHeader: 'comment.line.page-header.transcript',
  direction: 'comment.other.stage-direction.transcript',
  metadataKey: 'variable.other.metadata-key.transcript',
  metadataValue: 'string.unquoted.metadata-value.transcript',
  frontMatter: 'meta.front-matter.transcript',
  date: 'constant.numeric.date.transcript',
  time: 'constant.numeric.time.transcript',
  separator: 'comment.line.separator.transcript',
  heading: 'markup.heading.transcript',
  bold: 'markup.bold.transcript',
  italic: 'markup.italic.transcript',
  link: 'markup.underline.link.transcript',
  linkTitle: 'string.other.link.title.transcript',
  code: 'markup.inline.raw.transcript',
  webvtt: 'keyword.other.webvtt.transcript',
} as const;
