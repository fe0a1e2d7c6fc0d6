import * as assert from 'node:assert/strict';
import { anchorPassages, followEdits, selectorsFor, settledPassage, type Passage } from '../../../src/core/review';

const TEXT = [
  'Question: Will the treaty be signed?',
  'Sergey Lavrov: We had very constructive talks. Thank you.',
  'Question: And the sanctions?',
  'Sergey Lavrov: Thank you. We have discussed them at length.',
].join('\n');

function passage(text: string, exact: string, nth = 0): Passage {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  return { id: `p-${exact}-${nth}`, tags: ['x'], ...selectorsFor(text, at, at + exact.length) };
}

describe('review: anchoring examples', () => {
  it('finds a passage at its offsets when the text is unchanged', () => {
    const [a] = anchorPassages(TEXT, [passage(TEXT, 'very constructive talks')]);
    assert.equal(a.how, 'position');
    assert.equal(TEXT.slice(a.start, a.end), 'very constructive talks');
  });

  it('tells two occurrences apart by their context after text was inserted before both', () => {
    const second = passage(TEXT, 'Thank you.', 1);
    const edited = 'Transcript, 8 April 2021\n' + TEXT;
    const [a] = anchorPassages(edited, [second]);
    assert.equal(a.how, 'quote');
    assert.equal(a.start, edited.lastIndexOf('Thank you.'));
  });

  it('finds a re-wrapped passage and takes its quote from the new text', () => {
    const p = passage(TEXT, 'We have discussed them at length.');
    const wrapped = TEXT.replace('discussed them', 'discussed\r\nthem');
    const [a] = anchorPassages(wrapped, [p]);
    assert.equal(a.how, 'whitespace');
    assert.equal(wrapped.slice(a.start, a.end), 'We have discussed\r\nthem at length.');
    assert.equal(settledPassage(a, wrapped).quote.exact, 'We have discussed\r\nthem at length.');
  });

  it('finds a passage whose text was corrected a little between its unchanged context', () => {
    const p = passage(TEXT, 'We had very constructive talks.');
    const corrected = TEXT.replace('constructive', 'constrictive');
    const [a] = anchorPassages(corrected, [p]);
    assert.equal(a.how, 'fuzzy');
    assert.equal(corrected.slice(a.start, a.end), 'We had very constrictive talks.');
  });

  it('keeps a passage whose text is gone as an orphan, unchanged', () => {
    const p = passage(TEXT, 'And the sanctions?');
    const [a] = anchorPassages(TEXT.replace('Question: And the sanctions?', 'Question: Next.'), [p]);
    assert.equal(a.how, 'orphan');
    assert.deepEqual(a.passage, p);
  });

  it('follows an edit inside a passage (its quote becomes the corrected text) and one across its edge (found by quote)', () => {
    const inside = passage(TEXT, 'We had very constructive talks.');
    const across = passage(TEXT, 'We have discussed them');
    const anchors = anchorPassages(TEXT, [inside, across]);
    // VS Code reports an event's changes last first, each in offsets of the text before it.
    const joint = TEXT.indexOf('you. We have') + 4;
    const changes = [
      { offset: joint, length: 3, text: '\n\nWe' },
      { offset: TEXT.indexOf('very '), length: 5, text: '' },
    ];
    let edited = TEXT;
    for (const c of changes) edited = edited.slice(0, c.offset) + c.text + edited.slice(c.offset + c.length);
    const followed = followEdits(anchors, changes, edited);
    const byId = new Map(followed.map(a => [a.passage.id, a]));
    assert.equal(byId.get(inside.id)?.passage.quote.exact, 'We had constructive talks.');
    assert.equal(edited.slice(byId.get(across.id)!.start, byId.get(across.id)!.end), 'We have discussed them');
  });
});

describe('review: anchoring many passages', () => {
  it('finds passages moved by text inserted above them at their shifted offsets, each where its own copy now is', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Speaker ${i % 3}: Thank you. Point number ${i} stands.`).join('\n');
    const passages: Passage[] = [];
    for (let i = 0; i < 50; i += 7) {
      const at = text.indexOf(`Thank you. Point number ${i} `);
      passages.push({ id: `p${i}`, tags: ['x'], ...selectorsFor(text, at, at + 'Thank you.'.length) });
    }
    const inserted = 'A new first line.\n';
    const anchors = anchorPassages(inserted + text, passages);
    assert.deepEqual(anchors.map(a => a.start), passages.map(p => p.position.start + inserted.length));
    assert.ok(anchors.every(a => a.how === 'quote'));
  });
});
