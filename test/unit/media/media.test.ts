/**
 * The recording beside a transcript, in core: finding it, the time at a line (cue or interpolated turn), the
 * lines at a playback time, and addresses with a time fragment.
 */
import * as assert from 'node:assert/strict';
import {
  buildTimeline, formatClock, isVideoName, linesAtTime, mediaFromMetadata, mediaUrlAt, parseClock, siblingMediaNames, timeAtLine,
} from '../../../src/core/media';
import { cite } from '../../../src/core/citation';
import { parseTranscript, splitLines } from '../../../src/core/parse';
import { range } from '../../../src/core/position';

const VTT = [
  'WEBVTT', '',
  '00:00:00.000 --> 00:00:02.400', '<v Nadia>Welcome back to the harbour podcast.', '',
  '00:00:02.400 --> 00:00:05.100', '<v Nadia>Today we talk about the new ferry pier.', '',
  '00:00:05.100 --> 00:00:08.700', '<v Jon>Thanks, Nadia. The pier opens in June,', '',
  '00:00:09.000 --> 00:00:12.300', '<v Jon>two weeks later than planned.', '',
].join('\n');

// Anna's turn: lines 0-3 (42 and 9 characters, two blank lines); Ben's turn at line 4.
const TURNS = [
  '[00:00:10] ANNA: abcdefghijklmnopqrstuvwxy',
  'abcdefghi',
  '',
  '',
  '[00:00:30] BEN: Thank you.',
].join('\n');

function setup(text: string, fileName: string) {
  const transcript = parseTranscript(text, { fileName });
  return { transcript, lines: splitLines(text), timeline: buildTimeline(transcript) };
}

describe('media: finding the recording', () => {
  it('reads media:, audio: or video: from the front matter, media: first', () => {
    const { transcript } = setup('---\ntitle: Ep 4\naudio: ep4.mp3\nmedia: https://example.org/ep4.ogg\n---\n\nANNA: Hello.\n\nBEN: Hi.\n', 'ep4.md');
    assert.equal(mediaFromMetadata(transcript.metadata), 'https://example.org/ep4.ogg');
    const { transcript: audioOnly } = setup('---\ntitle: Ep 4\nvideo: clips/ep4.webm\n---\n\nANNA: Hello.\n\nBEN: Hi.\n', 'ep4.md');
    assert.equal(mediaFromMetadata(audioOnly.metadata), 'clips/ep4.webm');
  });

  it('gives nothing when the front matter names no recording', () => {
    const { transcript } = setup('---\ntitle: Ep 4\n---\n\nANNA: Hello.\n\nBEN: Hi.\n', 'ep4.md');
    assert.equal(mediaFromMetadata(transcript.metadata), null);
  });

  it('tries files of the same base name, whole transcript extensions cut', () => {
    assert.deepEqual(siblingMediaNames('episode.vtt'), ['episode.mp3', 'episode.m4a', 'episode.wav', 'episode.ogg', 'episode.oga', 'episode.webm', 'episode.mp4']);
    assert.equal(siblingMediaNames('hearing.transcript.txt')[0], 'hearing.mp3');
    assert.equal(siblingMediaNames('notes.v2.srt')[2], 'notes.v2.wav');
    assert.equal(siblingMediaNames('README')[0], 'README.mp3');
  });

  it('tells a video from audio by its name', () => {
    assert.equal(isVideoName('talk.mp4'), true);
    assert.equal(isVideoName('https://example.org/talk.webm?x=1'), true);
    assert.equal(isVideoName('talk.wav'), false);
  });
});

describe('media: times', () => {
  it('reads clock times with and without hours and fractions', () => {
    assert.equal(parseClock('00:12:34'), 754);
    assert.equal(parseClock('01:02:03.5'), 3723.5);
    assert.equal(parseClock('00:00:08,700'), 8.7);
    assert.equal(parseClock('12:34'), 754);
    assert.equal(parseClock('soon'), null);
    assert.equal(parseClock(null), null);
  });

  it('writes times for people', () => {
    assert.equal(formatClock(8.7), '0:08');
    assert.equal(formatClock(754), '12:34');
    assert.equal(formatClock(3723.5), '1:02:03');
  });
});

describe('media: time at a line', () => {
  it('gives the start of the cue at the line, from its timing line to its text', () => {
    const { timeline, lines } = setup(VTT, 'talk.vtt');
    const text = lines.indexOf('<v Jon>two weeks later than planned.');
    assert.deepEqual(timeAtLine(timeline, text, lines)?.seconds, 9);
    assert.equal(timeAtLine(timeline, text - 1, lines)?.seconds, 9, 'the timing line');
    assert.equal(timeAtLine(timeline, text, lines)?.interpolated, false);
    assert.equal(timeAtLine(timeline, 0, lines)?.seconds, 0, 'the header plays from the first cue');
  });

  it('interpolates inside a timed turn by characters and says so', () => {
    const { timeline, lines } = setup(TURNS, 'call.transcript');
    assert.deepEqual(timeAtLine(timeline, 0, lines), { seconds: 10, span: timeline.spans[0], interpolated: false });
    // The turn runs over lines 0-3: 43 + 10 + 1 + 1 characters with their line breaks; line 1 starts after 43.
    const at = timeAtLine(timeline, 1, lines);
    assert.ok(at);
    assert.equal(at.interpolated, true);
    assert.equal(at.seconds, 10 + 20 * (43 / 55));
    assert.equal(timeAtLine(timeline, 4, lines)?.seconds, 30);
  });

  it('interpolates in the last turn only when the recording\'s length is known', () => {
    const { timeline, lines } = setup(`${TURNS}\nMore from Ben on the same turn.`, 'call.transcript');
    assert.deepEqual(timeAtLine(timeline, 5, lines)?.interpolated, false);
    const known = timeAtLine(timeline, 5, lines, 40);
    assert.equal(known?.interpolated, true);
    assert.ok(known && known.seconds > 30 && known.seconds < 40);
  });

  it('has no time for a transcript without times', () => {
    const { timeline, lines } = setup('ANNA: Hello.\n\nBEN: Hi.\n', 'a.transcript');
    assert.equal(timeAtLine(timeline, 0, lines), null);
    assert.equal(linesAtTime(timeline, 3, lines), null);
  });
});

describe('media: lines at a time', () => {
  it('finds the cue being played, and none in a gap or before the first', () => {
    const { timeline, lines } = setup(VTT, 'talk.vtt');
    const jon = lines.indexOf('00:00:05.100 --> 00:00:08.700');
    assert.equal(linesAtTime(timeline, 6, lines)?.line, jon);
    assert.equal(linesAtTime(timeline, 5.1, lines)?.line, jon);
    assert.equal(linesAtTime(timeline, 8.8, lines), null, 'between 8.7 and 9.0 no cue plays');
    assert.equal(linesAtTime(timeline, 12.3, lines), null, 'after the last cue');
    assert.equal(linesAtTime(timeline, 0, lines)?.line, 2);
  });

  it('inverts the interpolation inside a timed turn', () => {
    const { timeline, lines } = setup(TURNS, 'call.transcript');
    assert.deepEqual(linesAtTime(timeline, 10, lines)?.line, 0);
    const second = linesAtTime(timeline, 10 + 20 * (44 / 55), lines);
    assert.equal(second?.line, 1);
    assert.equal(second?.interpolated, true);
    assert.equal(linesAtTime(timeline, 31, lines)?.line, 4);
    assert.equal(linesAtTime(timeline, 9, lines), null);
  });

  it('agrees with the time at a line for every cue of a longer file', () => {
    const cues = Array.from({ length: 500 }, (_, i) => `${clock(i * 3)} --> ${clock(i * 3 + 2.5)}\nCue number ${i}.\n`);
    const text = `WEBVTT\n\n${cues.join('\n')}`;
    const { timeline, lines } = setup(text, 'long.vtt');
    assert.equal(timeline.spans.length, 500);
    for (const span of timeline.spans) {
      assert.equal(linesAtTime(timeline, timeAtLine(timeline, span.lastLine, lines)?.seconds ?? -1, lines)?.span, span);
    }
  });
});

describe('media: addresses with a time', () => {
  it('adds #t= to files and replaces an earlier fragment', () => {
    assert.equal(mediaUrlAt('https://example.org/ep4.mp3', 754.9), 'https://example.org/ep4.mp3#t=754');
    assert.equal(mediaUrlAt('https://example.org/ep4.mp3#t=10', 20), 'https://example.org/ep4.mp3#t=20');
    assert.equal(mediaUrlAt('file:///home/me/ep4.wav', 0), 'file:///home/me/ep4.wav#t=0');
  });

  it('uses t=SSs for YouTube links, with ? or &', () => {
    assert.equal(mediaUrlAt('https://youtu.be/abc123', 75), 'https://youtu.be/abc123?t=75s');
    assert.equal(mediaUrlAt('https://www.youtube.com/watch?v=abc123', 75), 'https://www.youtube.com/watch?v=abc123&t=75s');
    assert.equal(mediaUrlAt('https://www.youtube.com/watch?v=abc123&t=10s', 75), 'https://www.youtube.com/watch?v=abc123&t=75s');
  });
});

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const ms = Math.round((seconds - whole) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}.${String(ms).padStart(3, '0')}`;
}

describe('media: {mediaUrl} in citation templates', () => {
  const episode = (media: string) => `---\ntitle: Ep 4\nmedia: ${media}\n---\n\n[00:12:34] ANNA: The pier opens in June.\n\n[00:12:50] BEN: Two weeks late.\n`;
  function citeLine(text: string, fileName: string, needle: string, template: string, overrides = {}): string {
    const transcript = parseTranscript(text, { fileName });
    const lines = splitLines(text);
    const line = lines.findIndex(l => l.includes(needle));
    return cite(transcript, lines, range(line, 0, line, lines[line].length), 'custom', { template, overrides });
  }

  it('gives the front matter\'s recording at the quoted turn\'s time', () => {
    assert.equal(citeLine(episode('https://example.org/ep4.mp3'), 'ep4.md', 'Two weeks', '{quote} {mediaUrl}'), 'Two weeks late. https://example.org/ep4.mp3#t=770');
    assert.equal(citeLine(episode('https://youtu.be/abc123'), 'ep4.md', 'pier opens', '<{mediaUrl}>'), '<https://youtu.be/abc123?t=754s>');
  });

  it('gives the linked recording (an override) at a cue\'s time, over the front matter\'s', () => {
    assert.equal(citeLine(VTT, 'talk.vtt', 'two weeks later', '{mediaUrl}', { mediaUrl: 'https://cdn.example.org/talk.ogg' }), 'https://cdn.example.org/talk.ogg#t=9');
    assert.equal(citeLine(episode('https://example.org/ep4.mp3'), 'ep4.md', 'pier opens', '{mediaUrl}', { mediaUrl: 'file:///home/me/ep4.wav' }), 'file:///home/me/ep4.wav#t=754');
  });

  it('leaves the field out, with its punctuation, when there is no address', () => {
    assert.equal(citeLine(episode('ep4.mp3'), 'ep4.md', 'pier opens', '"{quote}" ({time}, {mediaUrl})'), '"The pier opens in June." (00:12:34)');
  });
});
