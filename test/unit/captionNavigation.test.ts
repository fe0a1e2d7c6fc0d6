/**
 * Finding one's way in caption files: time sections for files without speakers (Outline, Next/Previous Topic),
 * and the cue time at the cursor (the status item's text).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTranscript, splitLines } from '../../src/core/parse';
import { buildOutline } from '../../src/core/outline';
import { describeLocation, locate, nextTopic, previousTopic } from '../../src/core/navigation';
import { position } from '../../src/core/position';
import { toOutlineJson } from '../../src/cli/outlineJson';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/parse');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** Speakerless captions running `minutes` long, one cue every 20 seconds. */
function longCaptions(minutes: number): string {
  const cues: string[] = [];
  for (let s = 0, n = 1; s < minutes * 60; s += 20, n++) {
    const stamp = (t: number) => `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')},000`;
    cues.push(`${n}\n${stamp(s)} --> ${stamp(s + 20)}\nwords said at second ${s}\n`);
  }
  return cues.join('\n');
}

describe('caption navigation: time sections for a file without speakers', () => {
  const text = longCaptions(12);
  const transcript = parseTranscript(text, { fileName: 'talk.srt' });
  const lines = splitLines(text);

  it('makes one section per five minutes, titled with its time span and first words, headed by its first timing line', () => {
    assert.deepEqual(transcript.sections.map(s => s.title), [
      '00:00:00–00:05:00 · words said at second 0 words…',
      '00:05:00–00:10:00 · words said at second 300 words…',
      '00:10:00–00:12:00 · words said at second 600 words…',
    ]);
    assert.equal(lines[transcript.sections[1].headingRange.start.line], '00:05:00,000 --> 00:05:20,000');
    assert.deepEqual(transcript.sections[2].time, { start: '00:10:00', end: '00:12:00' });
  });

  it('shows the sections, not the one unlabelled turn, in the Outline and in outline --json', () => {
    const outline = buildOutline(transcript);
    assert.deepEqual(outline.map(n => [n.kind, n.name.slice(0, 17)]), [
      ['section', '00:00:00–00:05:00'], ['section', '00:05:00–00:10:00'], ['section', '00:10:00–00:12:00'],
    ]);
    assert.deepEqual(toOutlineJson(transcript).topics.map(t => t.kind), ['section', 'section', 'section']);
  });

  it('moves between sections with Next and Previous Topic', () => {
    const second = transcript.sections[1].headingRange.start;
    assert.deepEqual(nextTopic(transcript, position(3, 0)), { kind: 'target', position: second });
    assert.deepEqual(previousTopic(transcript, position(second.line + 5, 0)), { kind: 'target', position: second });
  });

  it('has no time sections when the captions name their speakers', () => {
    assert.deepEqual(parseTranscript(read('captions.vtt'), { fileName: 'a.vtt' }).sections, []);
  });
});

describe('caption navigation: the cue time at the cursor', () => {
  it('gives the time of the cue under the cursor, on its number, timing and text lines', () => {
    const text = read('captions-rolling.srt');
    const transcript = parseTranscript(text, { fileName: 'a.srt' });
    const cue = transcript.cues![6];
    for (const line of [cue.timingLine - 1, cue.timingLine, cue.firstLine, cue.lastLine]) {
      assert.equal(describeLocation(locate(transcript, position(line, 0))), '00:05:01', `line ${line + 1}`);
    }
  });

  it('names the speaker after the time in captions with voices', () => {
    const text = read('captions.vtt');
    const transcript = parseTranscript(text, { fileName: 'a.vtt' });
    const cue = transcript.cues![2];
    const where = describeLocation(locate(transcript, position(cue.firstLine, 3)));
    assert.match(where, new RegExp(`^${cue.start.slice(0, 8)} · \\S`));
  });
});
