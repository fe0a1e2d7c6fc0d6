import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { beginningLooksLikeTranscript, DETECT_LINES, looksLikeTranscript } from '../../src/core/detect';
import type { Speaker, Transcript, Turn } from '../../src/core/model';
import { parseTranscript } from '../../src/core/parse';
import { range } from '../../src/core/position';

// Hand-built models: what the parser would find in each kind of document.

interface Said {
  who: string | null;
  label?: string | null;
  question?: boolean;
  words?: number;
}

function transcriptOf(turns: Said[], format: Transcript['format'] = 'plain'): Transcript {
  const built: Turn[] = turns.map((s, index) => ({
    index,
    speaker: s.who,
    label: s.label === undefined ? s.who : s.label,
    qualifier: null,
    isQuestion: s.question ?? false,
    isAnswer: false,
    addressees: [],
    range: range(index * 2, 0, index * 2, 60),
    labelRange: null,
    paragraphs: [],
    startTime: null,
  }));
  const speakers = new Map<string, Speaker>();
  turns.forEach(s => {
    if (!s.who) return;
    const speaker = speakers.get(s.who) ?? { name: s.who, turns: 0, words: 0 };
    speaker.turns += 1;
    speaker.words += s.words ?? 20;
    speakers.set(s.who, speaker);
  });
  const exchanges = built
    .filter(turn => turn.isQuestion)
    .map((question, i) => {
      const next = built[question.index + 1];
      const answers = next && !next.isQuestion ? [next] : [];
      return { number: i + 1, topic: '', question, answers, range: question.range };
    });
  return {
    format, encoding: 'utf-16',
    metadata: { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {} },
    boilerplate: [], header: null, sections: [], turns: built, exchanges, speakers: [...speakers.values()],
    pageLines: null, lineCount: turns.length * 2 + 1,
  };
}

const question = (): Said => ({ who: null, label: 'Question', question: true });

describe('looksLikeTranscript', () => {
  it('recognises an interview: labelled turns by two people who each speak more than once', () => {
    const t = transcriptOf([{ who: 'Host' }, { who: 'Guest' }, { who: 'Host' }, { who: 'Guest' }]);
    assert.strictEqual(looksLikeTranscript(t), true);
  });

  it('recognises a press conference by its question markers and answers', () => {
    const t = transcriptOf([{ who: null, label: null }, question(), { who: 'Sergey Lavrov' }, question(), { who: 'Sergey Lavrov' }]);
    assert.strictEqual(looksLikeTranscript(t), true);
  });

  it('recognises a debate of many speakers', () => {
    const names = ['HOLT', 'WARREN', 'GUTHRIE', 'O\'ROURKE', 'HOLT', 'BOOKER', 'WARREN', 'HOLT'];
    assert.strictEqual(looksLikeTranscript(transcriptOf(names.map(who => ({ who })))), true);
  });

  it('rejects prose without labels', () => {
    const t = transcriptOf([{ who: null, label: null }]);
    assert.strictEqual(looksLikeTranscript(t), false);
  });

  it('rejects a README whose only labels are a couple of stray ones', () => {
    const t = transcriptOf([{ who: null, label: null }, { who: 'Maintainer' }, { who: null, label: null }, { who: 'Contributors' }]);
    assert.strictEqual(looksLikeTranscript(t), false);
  });

  it('rejects one person speaking: a monologue with a label is not a conversation', () => {
    const t = transcriptOf([{ who: 'Narrator' }, { who: 'Narrator' }, { who: 'Narrator' }, { who: 'Narrator' }]);
    assert.strictEqual(looksLikeTranscript(t), false);
  });

  it('rejects four labels by four people once each: attributions, not a conversation', () => {
    const t = transcriptOf([{ who: 'Alice' }, { who: 'Bob' }, { who: 'Carol' }, { who: 'Dave' }]);
    assert.strictEqual(looksLikeTranscript(t), false);
  });

  it('rejects settings documentation that repeats short field labels', () => {
    const fields: Said[] = [];
    for (let i = 0; i < 6; i++) fields.push({ who: 'Scope', words: 1 }, { who: 'Since', words: 2 });
    assert.strictEqual(looksLikeTranscript(transcriptOf(fields)), false);
  });

  it('does not count documentation labels such as Usage and Default as speakers', () => {
    const fields: Said[] = [];
    for (let i = 0; i < 4; i++) fields.push({ who: 'Usage', words: 12 }, { who: 'Default', words: 8 });
    assert.strictEqual(looksLikeTranscript(transcriptOf(fields)), false);
  });

  it('wants an answer to the questions, not a list of questions alone', () => {
    const t = transcriptOf([question(), question(), question()]);
    assert.strictEqual(looksLikeTranscript(t), false);
  });

  it('takes caption files with cues as transcripts, even without speakers', () => {
    const t = transcriptOf([{ who: null, label: null }, { who: null, label: null }], 'srt');
    assert.strictEqual(looksLikeTranscript(t), true);
    assert.strictEqual(looksLikeTranscript(transcriptOf([], 'webvtt')), false);
  });
});

describe('looksLikeTranscript on parsed documents', () => {
  // Each document is judged both ways: from the full parse, and from its beginning read line by line (as the
  // editor's detection does, issue 13). The two must agree.
  const looks = (lines: string[], fileName: string) => {
    const full = looksLikeTranscript(parseTranscript(lines.join('\n'), { fileName }));
    assert.strictEqual(beginningLooksLikeTranscript(lines.join('\n'), fileName), full, 'the beginning read line by line says the same');
    return full;
  };

  it('recognises a short interview in plain text', () => {
    assert.strictEqual(looks([
      'Interviewer: Thank you for joining us today.', '',
      'Dr. Amara Singh: It is a pleasure to be here.', '',
      'Interviewer: What changed in the harbour since the storm?', '',
      'Dr. Amara Singh: The sea wall held, but the north pier lost most of its decking.', '',
    ], 'interview.txt'), true);
  });

  it('recognises audience questions in a lecture', () => {
    assert.strictEqual(looks([
      'So the pairing gives us a bilinear map, and that is all we need for today.', '',
      'Q: Does this work over any elliptic curve?', '',
      'A: No, only over curves with a small embedding degree.', '',
      'Q: And what about the discrete log on those curves?', '',
      'A: It becomes a discrete log in a finite field, which is the point.', '',
    ], 'lecture.md'), true);
  });

  it('leaves an ordinary README as it is', () => {
    assert.strictEqual(looks([
      '# harbour-tools', '',
      'Small utilities for tide tables.', '',
      '## Install', '',
      'Run `npm install harbour-tools` and import it.', '',
      'Note: Node 20 or newer is required.', '',
      '## Options', '',
      '**Default:** `false`', '',
      '**Type:** `boolean`', '',
      '**Default:** `"north"`', '',
      '**Type:** `string`', '',
      'Usage: harbour-tools tide --port Kelby', '',
    ], 'README.md'), false);
  });

  it('leaves prose with a colon here and there as it is', () => {
    assert.strictEqual(looks([
      'The meeting began late. There were three items on the agenda: the budget, the ferry and the pier.', '',
      'Everyone agreed on one thing: the pier needs repair before winter.', '',
      'The ratio of votes was 3:1 in favour. The meeting ended at 17:30.', '',
    ], 'notes.txt'), false);
  });
});

describe('detection from the beginning of a document (issue 13)', () => {
  const root = path.join(__dirname, '..', '..', '..');

  it('agrees with the full parse on the samples and the parser fixtures', () => {
    for (const dir of ['samples', path.join('test', 'fixtures', 'parse')]) {
      for (const file of fs.readdirSync(path.join(root, dir)).filter(f => /\.(md|txt|vtt|srt)$/.test(f))) {
        const text = fs.readFileSync(path.join(root, dir, file), 'utf8');
        assert.strictEqual(beginningLooksLikeTranscript(text, file), looksLikeTranscript(parseTranscript(text, { fileName: file })), file);
      }
    }
  });

  it('reads only the first lines: a transcript after thousands of lines of prose is not seen, quickly', () => {
    const prose = Array.from({ length: DETECT_LINES }, (_, i) => `Line ${i} of the notes, without any speaker in it.`);
    const talk = Array.from({ length: 20 }, (_, i) => (i % 2 ? `Bo Chen: Answer number ${i} is long enough.` : `Ann Lee: Question number ${i}, is it?`));
    const text = [...prose, ...talk].join('\n');
    assert.strictEqual(looksLikeTranscript(parseTranscript(text, { fileName: 'notes.txt' })), true);
    assert.strictEqual(beginningLooksLikeTranscript(text, 'notes.txt'), false);
  });

  it('recognises a Markdown transcript whose later part would be hostile to remark', () => {
    const talk = Array.from({ length: 8 }, (_, i) => (i % 2 ? `**Bo Chen:** Answer number ${i} is long enough.` : `**Ann Lee:** Question number ${i}, is it?`));
    const text = [...talk, '', '**Bo Chen:** ' + '*a '.repeat(50_000) + 'x' + ' a*'.repeat(50_000)].join('\n\n');
    assert.strictEqual(beginningLooksLikeTranscript(text, 'talk.md'), true);
  });
});
