/**
 * Front matter read as YAML: what a title, a date and a list of speakers become, and what a citation shows
 * when the YAML is folded, quoted over several lines, escaped, or broken.
 */
import * as assert from 'assert';
import { cite } from '../../../src/core/citation';
import { parseTranscript, splitLines } from '../../../src/core/parse';
import { readFrontMatter } from '../../../src/core/parse/frontMatter';

function front(yaml: string) {
  return readFrontMatter(splitLines(`---\n${yaml}\n---\nBODY\n`));
}

function titleOf(yaml: string, fileName = 'doc.md'): string | null {
  return parseTranscript(`---\n${yaml}\n---\n\nMS. PSAKI: Hello.\n`, { fileName }).metadata.title;
}

/** No quote marks at the ends, no backslashes, no line breaks: what raw YAML would leave in a citation. */
function assertNoRawYaml(text: string | null): void {
  assert.ok(text !== null);
  assert.ok(!/^["']|["']$|\\|\n|^[>|]-?\s/.test(text), `raw YAML in ${JSON.stringify(text)}`);
}

describe('front matter (YAML)', () => {
  it('reads a folded multi-line title as one line', () => {
    const title = titleOf('title: >-\n  Press Briefing by Press Secretary\n  Jen Psaki, May 13, 2022\ndate: 2022-05-13');
    assert.strictEqual(title, 'Press Briefing by Press Secretary Jen Psaki, May 13, 2022');
  });

  it('reads a double-quoted title that runs over two lines, with escapes', () => {
    const title = titleOf('title: "Remarks on the \\"Open Skies\\" Treaty,\n  Vienna"\n');
    assert.strictEqual(title, 'Remarks on the "Open Skies" Treaty, Vienna');
  });

  it("reads single-quoted titles with doubled quotes, and literal blocks", () => {
    assert.strictEqual(titleOf("title: 'Minister''s statement'"), "Minister's statement");
    assert.strictEqual(titleOf('title: |\n  Line one\n  Line two\n'), 'Line one Line two');
  });

  it('reads block and flow lists, and lists of maps by their name', () => {
    const block = front('speakers:\n  - Jen Psaki\n  - "Mayor Quinton Lucas"\ntags: [briefing, "white house"]');
    assert.deepStrictEqual(block?.lists['speakers'], ['Jen Psaki', 'Mayor Quinton Lucas']);
    assert.strictEqual(block?.fields['tags'], 'briefing, white house');
    const maps = front('speakers:\n  - name: Ann Lee\n    role: host\n  - name: Bo Chen\n');
    assert.deepStrictEqual(maps?.lists['speakers'], ['Ann Lee', 'Bo Chen']);
  });

  it('reads dates as YAML dates and nested maps as flat keys', () => {
    const t = parseTranscript('---\ndate: 2022-05-13\nsource:\n  name: The White House\n  url: https://example.gov/b\n---\n\nQ: Hi?\n', { fileName: 'b.md' });
    assert.strictEqual(t.metadata.date, '2022-05-13');
    assert.strictEqual(t.metadata.publisher, 'The White House');
    assert.strictEqual(t.metadata.extra['source_url'], 'https://example.gov/b');
  });

  it('falls back key by key on malformed YAML, never showing its quoting', () => {
    const broken = 'title: "Unclosed quote: the \\"budget\\" hearing\ndate: 2024-03-01\nspeakers:\n  - Ann Lee\n  - [Bo';
    assert.doesNotThrow(() => front(broken));
    const title = titleOf(broken);
    assertNoRawYaml(title);
    assert.strictEqual(title, 'Unclosed quote: the "budget" hearing');
    assert.strictEqual(parseTranscript(`---\n${broken}\n---\n\nQ: Hi?\n`, { fileName: 'x.md' }).metadata.date, '2024-03-01');
  });

  it('reads an unquoted title with a colon in it (not valid YAML) as written', () => {
    assert.strictEqual(titleOf('title: Briefing: Q&A with the Mayor\ndate: 2022-05-13'), 'Briefing: Q&A with the Mayor');
  });

  it('never shows raw YAML in a citation, whatever the title holds', () => {
    const titles = [
      'title: >\n  Folded\n  title\n', 'title: "Quoted \\"word\\" \\t tab"\n', "title: 'It''s'\n",
      'title: "broken\n', 'title: [a, b\n', 'title: &anchor Anchored\nalias: *anchor\n', 'title: "\\u00e9t\\u00e9"\n',
    ];
    for (const yaml of titles) {
      const text = `---\n${yaml}---\n\nANN LEE: Hello there.\n`;
      const t = parseTranscript(text, { fileName: 'doc.md' });
      const lines = splitLines(text);
      const at = { line: lines.findIndex(l => l.startsWith('ANN LEE')), character: 12 };
      const citation = cite(t, lines, { start: at, end: at }, 'plain');
      assert.ok(citation.startsWith('"Hello there." — ANN LEE, '), citation);
      assertNoRawYaml(t.metadata.title);
      assert.ok(!citation.includes('\\'), citation);
    }
  });
});
