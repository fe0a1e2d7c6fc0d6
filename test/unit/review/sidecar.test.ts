import * as assert from 'node:assert/strict';
import { parseReview, serializeReview, SidecarError, selectorsFor, type Review } from '../../../src/core/review';

const TEXT = 'MS. PSAKI: Good afternoon.\nQ: What about the summit?\nMS. PSAKI: It is on Tuesday.\n';

function review(): Review {
  return {
    passages: [
      { id: 'b', tags: ['summit', 'dates'], note: 'check the day', ...selectorsFor(TEXT, 64, 80) },
      { id: 'a', tags: ['greeting'], ...selectorsFor(TEXT, 11, 26) },
    ],
    speakers: { 'MS. PSAKI': { name: 'Jen Psaki', role: 'press secretary' }, Q: { role: 'reporter' } },
  };
}

describe('review: sidecar format', () => {
  it('writes keys sorted, passages by offset, tags sorted, one small object per passage', () => {
    const text = serializeReview(review(), 'briefing.txt');
    const json = JSON.parse(text);
    assert.deepEqual(Object.keys(json), ['format', 'passages', 'speakers', 'transcript', 'version']);
    assert.deepEqual(json.passages.map((p: { id: string }) => p.id), ['a', 'b']);
    assert.deepEqual(Object.keys(json.passages[1]), ['id', 'note', 'position', 'quote', 'tags']);
    assert.deepEqual(json.passages[1].tags, ['dates', 'summit']);
    assert.deepEqual(json.passages[1].quote, { exact: 'It is on Tuesday', prefix: TEXT.slice(32, 64), suffix: '.\n', type: 'TextQuoteSelector' });
    assert.deepEqual(json.passages[1].position, { end: 80, start: 64, type: 'TextPositionSelector' });
    assert.ok(text.endsWith('}\n'));
  });

  it('reads back what it writes, and writing again gives the same bytes', () => {
    const once = serializeReview(review(), 'briefing.txt');
    const parsed = parseReview(once);
    assert.equal(serializeReview(parsed, 'briefing.txt'), once);
    assert.equal(parsed.passages[1].note, 'check the day');
    assert.deepEqual(parsed.speakers['MS. PSAKI'], { name: 'Jen Psaki', role: 'press secretary' });
  });

  it('the same review in another order writes the same bytes (merges stay small)', () => {
    const r = review();
    const shuffled: Review = { passages: [...r.passages].reverse(), speakers: { Q: r.speakers.Q, 'MS. PSAKI': r.speakers['MS. PSAKI'] } };
    assert.equal(serializeReview(shuffled, 'x.txt'), serializeReview(r, 'x.txt'));
  });

  it('says what is wrong with a sidecar it cannot read', () => {
    const cases: Array<[string, RegExp]> = [
      ['{ "version": 1, "passages": [', /not valid JSON/],
      ['[]', /the file is not an object/],
      ['{ "passages": [] }', /"version" is missing/],
      ['{ "version": 7, "passages": [] }', /version 7 was written by a newer Transcript Review/],
      ['{ "version": 1, "passages": [{ "id": "a", "quote": { "exact": "x" }, "position": { "start": 5, "end": 2 } }] }', /passage 1: "position.end" is before/],
      ['{ "version": 1, "passages": [{ "id": "a", "quote": { "exact": "" }, "position": { "start": 0, "end": 0 } }] }', /passage 1: "quote.exact" is empty/],
      ['{ "version": 1, "passages": [{ "id": "a", "quote": { "exact": "x" }, "position": { "start": 0, "end": 1 }, "tags": [3] }] }', /passage 1: a tag is not a string/],
    ];
    for (const [text, message] of cases) assert.throws(() => parseReview(text), (e: unknown) => e instanceof SidecarError && message.test(e.message), text);
  });
});

describe('review: sidecar speakers', () => {
  it('keeps the labels marked as other people (notSameAs), sorted, through a round trip', () => {
    const text = serializeReview({ passages: [], speakers: { SA: { notSameAs: ['Sam Adams', 'Shaun Apps'] }, X: {} } }, 't.txt');
    assert.deepEqual(JSON.parse(text).speakers, { SA: { notSameAs: ['Sam Adams', 'Shaun Apps'] }, X: {} });
    assert.deepEqual(parseReview(text).speakers.SA, { notSameAs: ['Sam Adams', 'Shaun Apps'] });
  });
});
