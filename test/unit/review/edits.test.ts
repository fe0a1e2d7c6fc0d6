import * as assert from 'node:assert/strict';
import {
  addTag, anchorPassages, anchorsTouching, findSpeakerVariants, removeNote, removeTag, renameTag, resolveSpeaker, setNote, speakerNameMap, tagCounts,
} from '../../../src/core/review';

const TEXT = 'Q: Will you run again?\nSENATOR SMITH: I have not decided. My family comes first.\n';
const start = TEXT.indexOf('I have');
const end = TEXT.indexOf(' My family');

describe('review: tags, notes and speakers', () => {
  it('tags a range (one passage, several tags), adds a note, removes them; a passage with neither goes', () => {
    let anchors = addTag([], TEXT, start, end, 'undecided', 'id1');
    anchors = addTag(anchors, TEXT, start, end, 'campaign', 'id2');
    anchors = addTag(anchors, TEXT, start, end, 'campaign', 'id3');
    assert.equal(anchors.length, 1);
    assert.deepEqual(anchors[0].passage.tags, ['campaign', 'undecided']);
    assert.equal(anchors[0].passage.quote.exact, 'I have not decided.');
    anchors = setNote(anchors, TEXT, start, end, '  Ask again in May. ', 'id4');
    assert.equal(anchors[0].passage.note, 'Ask again in May.');
    assert.deepEqual(anchorsTouching(anchors, start + 3, start + 3).map(a => a.passage.id), ['id1']);
    anchors = removeTag(anchors, 'id1', 'campaign');
    anchors = removeTag(anchors, 'id1', 'undecided');
    assert.equal(anchors.length, 1, 'the note keeps it');
    anchors = removeNote(anchors, 'id1');
    assert.equal(anchors.length, 0);
  });

  it('renames a tag everywhere, merging it into an existing one', () => {
    let anchors = addTag([], TEXT, start, end, 'undecided', 'a');
    anchors = addTag(anchors, TEXT, 0, 22, 'Undecided ', 'b');
    anchors = addTag(anchors, TEXT, 0, 22, 'undecided', 'b');
    const passages = renameTag(anchors.map(a => a.passage), 'Undecided ', 'undecided');
    assert.deepEqual([...tagCounts(passages)], [['undecided', 2]]);
    assert.deepEqual(passages.find(p => p.id === 'b')?.tags, ['undecided']);
    assert.equal(anchorPassages(TEXT, passages).filter(a => a.how === 'position').length, 2);
  });

  it('resolves renamed and merged speakers, roles included, without looping', () => {
    const speakers = {
      'SENATOR SMITH': { name: 'Jon Smith', role: 'witness' },
      'Jon Smtih': { sameAs: 'SENATOR SMITH' },
      A: { sameAs: 'B' },
      B: { sameAs: 'A', role: 'host' },
    };
    assert.deepEqual(resolveSpeaker(speakers, 'Jon Smtih'), { name: 'Jon Smith', role: 'witness' });
    assert.deepEqual(resolveSpeaker(speakers, 'A'), { name: 'A', role: 'host' });
    assert.deepEqual(resolveSpeaker(speakers, 'Q'), { name: 'Q', role: null });
    assert.deepEqual([...speakerNameMap(speakers)], [['SENATOR SMITH', 'Jon Smith'], ['Jon Smtih', 'Jon Smith']]);
  });

  it('offers variants it can see, and not numbered speakers or short labels', () => {
    const labels = new Map([
      ['Shaun Apps（SA）', 12], ['SA', 3], ['WOLF BLITZER', 20], ['BLITZER', 40], ['Jon Smith', 9], ['Jon Smtih', 1],
      ['Speaker 1', 5], ['Speaker 2', 5], ['Q', 4], ['A', 4],
    ]);
    const found = findSpeakerVariants(labels).map(v => `${v.variant} → ${v.of} (${v.reason})`);
    assert.deepEqual(found.sort(), ['BLITZER → WOLF BLITZER (surname)', 'Jon Smtih → Jon Smith (spelling)', 'SA → Shaun Apps（SA） (initials)']);
  });
});
