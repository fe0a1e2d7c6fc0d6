/**
 * The word-level comparison a fact-checker reads (Markdown beside the transcript) and the words both sides are
 * compared as: Thai read with the runtime's word segmenter, Japanese by character, varint paragraph lists.
 */
import * as assert from 'assert';
import { parseTranscript } from '../../../src/core/parse';
import { comparisonMarkdown, QuoteIndex } from '../../../src/core/quotes';
import { tokenize } from '../../../src/core/quotes/tokens';
import { decodeSorted, encodeSorted } from '../../../src/core/quotes/varint';

const HEARING = [
  'CHAIR: The committee will come to order.',
  '',
  'HARBOUR MASTER: The inspectors found corrosion on four of the anchors. We told the ministry in writing the same week.',
  '',
].join('\n');

describe('quote comparison document', () => {
  const index = new QuoteIndex();
  index.add('hearing.txt', HEARING, parseTranscript(HEARING));
  const quote = 'the inspectors found *corrosion* on four anchors … in writing the next week';
  const [match] = index.findSync(quote, () => HEARING);

  it('names where and by whom, and marks words left out, changed and elided', () => {
    const md = comparisonMarkdown(quote, match, 'hearing.txt');
    assert.match(md, /^# Quote check: hearing\.txt\n\nHARBOUR MASTER · line 3 · score 0\.\d\d\n/);
    assert.match(md, /## Quoted\n\n> the inspectors found \\\*corrosion\\\* on four anchors … in writing the next week\n/);
    assert.match(md, /\*\*⟦left out: of the⟧\*\* anchors/);
    assert.match(md, /\*\*⟦… elided: We told the ministry⟧\*\*/);
    assert.match(md, /~~next~~ \*\*⟦said: same⟧\*\*/);
    assert.deepStrictEqual(md.split('## Differences\n\n')[1].trim().split('\n'), [
      '- Left out: “of the”',
      '- Elided (…): “We told the ministry”',
      '- Changed: quoted “next”, said “same”',
    ]);
  });

  it('says so when the quote is word for word', () => {
    const [exact] = index.findSync('We told the ministry in writing the same week', () => HEARING);
    const md = comparisonMarkdown('We told the ministry in writing the same week', exact, 'hearing.txt');
    assert.match(md, /score 1\.00 · word for word/);
    assert.match(md, /None: the quote gives the words as said/);
  });
});

describe('quote words', () => {
  it('reads Japanese by character and Thai by word where the runtime segments words', () => {
    assert.deepStrictEqual(tokenize('東京へ行きます').map(t => t.key), ['東', '京', 'へ', '行', 'き', 'ま', 'す']);
    const thai = tokenize('ฉันไม่ชอบกาแฟ').map(t => t.key);
    assert.ok(thai.length >= 3 && thai.length < 'ฉันไม่ชอบกาแฟ'.length, thai.join('|'));
    assert.strictEqual(thai.join(''), 'ฉันไม่ชอบกาแฟ');
  });

  it('keys words in lower case, NFKC, without apostrophes, hyphens splitting', () => {
    assert.deepStrictEqual(tokenize('Don’t RE-OPEN ﬁnance').map(t => t.key), ['dont', 're', 'open', 'finance']);
  });

  it('codes paragraph lists as varint differences and reads them back', () => {
    const out: number[] = [];
    encodeSorted([0, 1, 130, 20000, 2 ** 31], out);
    const back: number[] = [];
    decodeSorted(Uint8Array.from(out), 0, out.length, n => back.push(n));
    assert.deepStrictEqual(back, [0, 1, 130, 20000, 2 ** 31]);
    assert.strictEqual(out[0], 0);
  });
});
