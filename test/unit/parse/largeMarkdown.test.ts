/**
 * Markdown too large for remark is read line by line: the same turns, said to be simplified.
 */
import * as assert from 'assert';
import { MARKDOWN_TREE_LIMIT, parseTranscript, splitLines } from '../../../src/core/parse';
import { parseMarkdown } from '../../../src/core/parse/markdown';

function largeMarkdown(): string {
  const turn = (i: number) => [
    `**Question:** Will the ferry line ${i} resume this summer, and what about the fishing quotas?`, '',
    `**Anna Petrova**: It will resume in June. We are working on the quotas with our partners.`, '',
    i % 50 === 0 ? `## Part ${i / 50}\n` : '',
  ].join('\n');
  const parts: string[] = ['# Press conference', ''];
  let size = 0;
  for (let i = 0; size <= MARKDOWN_TREE_LIMIT; i++) {
    const t = turn(i);
    parts.push(t);
    size += t.length + 1;
  }
  return parts.join('\n');
}

describe('large Markdown transcripts', () => {
  it('reads them line by line with the turns the syntax tree gives, and says so', function () {
    this.timeout(60000);
    const text = largeMarkdown();
    const simplified = parseTranscript(text, { fileName: 'big.md' });
    const full = parseMarkdown(splitLines(text), 'utf-16');
    assert.ok(simplified.simplified && /line by line/.test(simplified.simplified));
    assert.strictEqual(full.simplified, undefined);
    assert.strictEqual(simplified.format, 'markdown');
    const view = (t: typeof full) => t.turns.map(x => `${x.range.start.line}:${x.labelRange?.start.character}-${x.labelRange?.end.character} ${x.speaker} ${x.isQuestion}`);
    assert.deepStrictEqual(view(simplified), view(full));
    assert.deepStrictEqual(simplified.sections.map(s => s.title), full.sections.map(s => s.title));
  });
});
