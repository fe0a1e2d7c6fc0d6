/**
 * Finding a quote altered the ways print alters quotes, one kind at a time, on a small press conference: where it
 * is found (line, speaker, exchange), its score, the true text, and the word-level comparison a fact-checker reads.
 */
import * as assert from 'assert';
import { parseTranscript } from '../../../src/core/parse';
import { QuoteError, QuoteIndex, type QuoteMatch } from '../../../src/core/quotes';

const BRIEFING = [
  '# Briefing on the harbour bridge',
  '',
  'MODERATOR: Good morning. The minister will take questions.',
  '',
  'Question: Minister, when will the bridge reopen?',
  '',
  'MINISTER HALE: We expect the bridge to reopen to traffic on the fourth of March, provided the inspectors sign off on the cables.',
  '',
  'The repairs have cost the state a little under forty million dollars, which is less than we budgeted in the spring.',
  '',
  'Question: Are you confident the well-known problems with the cables are over?',
  '',
  'MINISTER HALE: I don’t think anybody can promise that. What I can say is that the engineers have replaced every single anchor.',
  '',
].join('\n');

const PANEL = [
  'SA：言归正传，我们今天讨论限制条款。',
  '',
  'AP：有两种类型的限制条款，我想这两个术语可能也源自那篇文章。',
  '',
  'SA：谢谢你的解释，我们继续下一个问题吧。',
  '',
].join('\n');

function indexOf(files: Record<string, string>): { index: QuoteIndex; find: (quote: string) => QuoteMatch[] } {
  const index = new QuoteIndex();
  for (const [name, text] of Object.entries(files)) index.add(name, text, parseTranscript(text, { fileName: name }));
  return { index, find: quote => index.findSync(quote, file => files[file]) };
}

function best(quote: string): QuoteMatch {
  const [match] = indexOf({ 'briefing.txt': BRIEFING, 'panel.zh.md': PANEL }).find(quote);
  assert.ok(match, `no match for ${quote}`);
  return match;
}

function kinds(match: QuoteMatch): string {
  return match.changes.map(c => c.kind === 'same' ? '=' : `${c.kind}(${c.quoteText}|${c.spokenText})`).join(' ');
}

describe('quote lookup: each way a quote gets altered', () => {
  it('finds a word-for-word quote with score 1, its line, speaker and exchange', () => {
    const m = best('We expect the bridge to reopen to traffic on the fourth of March');
    assert.strictEqual(m.file, 'briefing.txt');
    assert.strictEqual(m.range.start.line, 6);
    assert.strictEqual(m.speaker, 'MINISTER HALE');
    assert.strictEqual(m.exchange, 1);
    assert.strictEqual(m.score, 1);
    assert.strictEqual(m.text, 'We expect the bridge to reopen to traffic on the fourth of March');
    assert.strictEqual(kinds(m), '=');
  });

  it('survives lost case, punctuation and curly vs straight apostrophes', () => {
    const m = best('"i dont think anybody can promise that what i can say is"');
    assert.strictEqual(m.range.start.line, 12);
    assert.strictEqual(m.score, 1);
    assert.strictEqual(m.text, 'I don’t think anybody can promise that. What I can say is');
  });

  it('shows a word the quote leaves out', () => {
    const m = best('We expect the bridge to reopen on the fourth of March');
    assert.strictEqual(m.range.start.line, 6);
    assert.ok(m.score < 1 && m.score > 0.7, String(m.score));
    assert.ok(m.changes.some(c => c.kind === 'omitted' && c.spokenText === 'to traffic'), kinds(m));
  });

  it('shows a word the quote adds', () => {
    const m = best('We fully expect the bridge to reopen to traffic on the fourth of March');
    assert.ok(m.changes.some(c => c.kind === 'added' && c.quoteText === 'fully'), kinds(m));
  });

  it('shows a word the quote changes', () => {
    const m = best('We expect the bridge to reopen to traffic on the fifth of March');
    assert.strictEqual(m.range.start.line, 6);
    assert.ok(m.changes.some(c => c.kind === 'changed' && c.quoteText === 'fifth' && c.spokenText === 'fourth'), kinds(m));
  });

  for (const mark of ['…', '...', '[...]', '[…]', '. . .']) {
    it(`passes over an elision written ${mark}, across paragraphs of the turn`, () => {
      const m = best(`“We expect the bridge to reopen ${mark} less than we budgeted in the spring.”`);
      assert.strictEqual(m.range.start.line, 6);
      assert.strictEqual(m.range.end.line, 8);
      assert.strictEqual(m.score, 1);
      const elided = m.changes.find(c => c.kind === 'omitted');
      assert.ok(elided && elided.quoteText === mark && elided.spokenText.startsWith('to traffic on the fourth of March') && elided.spokenText.endsWith('which is'), kinds(m));
    });
  }

  it('takes a bracketed insertion as the quoter’s words, not a difference that lowers the score', () => {
    const m = best('[The engineers] have replaced every single anchor');
    assert.strictEqual(m.range.start.line, 12);
    assert.ok(m.score >= 0.9, String(m.score));
    assert.ok(m.changes.some(c => c.quoteText.startsWith('[The engineers]') || c.quoteText === '[The engineers]'), kinds(m));
  });

  it('reads hyphens and dashes as word breaks', () => {
    const m = best('Are you confident the well known problems with the cables are over');
    assert.strictEqual(m.range.start.line, 10);
    assert.strictEqual(m.score, 1);
    assert.strictEqual(m.speaker, 'Question');
  });

  it('compares in NFKC: full-width letters and ligatures match their plain forms', () => {
    const m = best('ＷＥ expect the bridge to reopen to trafﬁc');
    assert.strictEqual(m.range.start.line, 6);
    assert.strictEqual(m.score, 1);
  });

  it('finds Chinese, which has no spaces, character by character', () => {
    const m = best('我想这两个术语也源自那篇文章');
    assert.strictEqual(m.file, 'panel.zh.md');
    assert.strictEqual(m.range.start.line, 2);
    assert.strictEqual(m.speaker, 'AP');
    assert.ok(m.changes.some(c => c.kind === 'omitted' && c.spokenText === '可能'), kinds(m));
  });

  it('reports the renamed speaker when the caller passes the review’s renames', () => {
    const { index } = indexOf({ 'briefing.txt': BRIEFING });
    const [m] = index.findSync('the engineers have replaced every single anchor', () => BRIEFING, {
      speakerName: (file, speaker) => file === 'briefing.txt' && speaker === 'MINISTER HALE' ? 'Dana Hale' : undefined,
    });
    assert.strictEqual(m.speaker, 'Dana Hale');
  });
});

describe('quote lookup: no false match', () => {
  const { find } = indexOf({ 'briefing.txt': BRIEFING, 'panel.zh.md': PANEL });

  it('finds nothing for a quote nobody said, even one sharing common words', () => {
    assert.deepStrictEqual(find('We expect the weather to improve over the weekend in the north'), []);
    assert.deepStrictEqual(find('I think the people of this country deserve better'), []);
    assert.deepStrictEqual(find('The quick brown fox jumps over the lazy dog'), []);
  });

  it('finds nothing for a quote of which only half was said', () => {
    assert.deepStrictEqual(find('the engineers have replaced every single politician who ever lied to the public about it'), []);
  });

  it('refuses a quote too short to tell anything', () => {
    assert.throws(() => find('the bridge'), QuoteError);
    assert.throws(() => find('… [sic] …'), QuoteError);
  });

  it('does not report text that changed since it was indexed at the old place', () => {
    const index = new QuoteIndex();
    index.add('briefing.txt', BRIEFING, parseTranscript(BRIEFING));
    assert.deepStrictEqual(index.findSync('replaced every single anchor', () => `Inserted line\n${BRIEFING}`), []);
    index.remove('briefing.txt');
    assert.strictEqual(index.fileCount, 0);
  });
});
