// A WAV file of tones, written from scratch: 8-bit unsigned PCM, mono, so that a recording of a minute stays
// small. Used to give caption files a recording to play (samples/ and the integration workspace).
'use strict';

/** 3 kHz is the lowest rate Chromium's audio output accepts; tones stay well below its 1.5 kHz limit. */
const SAMPLE_RATE = 3000;

/**
 * `tones`: [{ start, end, frequency }] in seconds and hertz; silence elsewhere, `duration` seconds in all.
 * Each tone fades in and out over 20 ms so it does not click.
 */
function toneWav(tones, duration, sampleRate = SAMPLE_RATE) {
  const samples = Math.ceil(duration * sampleRate);
  const data = Buffer.alloc(samples, 128);
  const fade = Math.round(0.02 * sampleRate);
  for (const { start, end, frequency } of tones) {
    const from = Math.max(0, Math.round(start * sampleRate));
    const to = Math.min(samples, Math.round(end * sampleRate));
    for (let i = from; i < to; i++) {
      const envelope = Math.min(1, (i - from) / fade, (to - 1 - i) / fade);
      const value = Math.sin((2 * Math.PI * frequency * (i - from)) / sampleRate) * 90 * Math.max(0, envelope);
      data[i] = 128 + Math.round(value);
    }
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // size of the fmt chunk
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // bytes per second: one byte per sample
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** The cue times of a WebVTT or SRT text, in seconds, with the voice (`<v Name>`) of each cue's first line. */
function cueTimes(text) {
  const cues = [];
  const lines = text.split(/\r\n|\r|\n/);
  const timing = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/;
  for (let i = 0; i < lines.length; i++) {
    const match = timing.exec(lines[i]);
    if (!match) continue;
    const voice = /^<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(lines[i + 1] ?? '');
    cues.push({ start: seconds(match[1]), end: seconds(match[2]), voice: voice ? voice[1].trim() : null });
  }
  return cues;
}

function seconds(clock) {
  const parts = clock.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** A recording for a caption text: each cue a tone, one pitch per voice, a short pause before the next cue. */
function captionRecording(text) {
  const cues = cueTimes(text);
  const pitches = [440, 587, 330, 494, 392];
  const voices = [];
  const tones = cues.map(cue => {
    let v = voices.indexOf(cue.voice);
    if (v < 0) v = voices.push(cue.voice) - 1;
    return { start: cue.start, end: Math.max(cue.start, cue.end - 0.15), frequency: pitches[v % pitches.length] };
  });
  const duration = cues.reduce((last, cue) => Math.max(last, cue.end), 0) + 0.5;
  return toneWav(tones, duration);
}

module.exports = { SAMPLE_RATE, captionRecording, cueTimes, toneWav };
