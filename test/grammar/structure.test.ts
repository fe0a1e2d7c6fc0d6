// Timestamps, cues, stage directions, header and metadata lines, separators, court furniture,
// and the Markdown that Markdown transcripts keep.
import { SCOPE, expectNoScope, expectScope } from './tokenAssert';

describe('grammar: timestamps and cues', () => {
  it('marks bracketed, parenthesised and bare times', async () => {
    await expectScope('[00:12:34] We begin.', '[00:12:34]', SCOPE.timestamp);
    await expectScope('(00:05:48) And then the vote.', '(00:05:48)', SCOPE.timestamp);
    await expectScope('Speaker 0: 00:01:17', '00:01:17', SCOPE.timestamp);
  });

  it('marks a time inside a stage direction: [crosstalk 01:07:27]', async () => {
    const line = 'Donald J Trump: You have no idea. [crosstalk 01:07:27]';
    await expectScope(line, '[crosstalk ', SCOPE.direction);
    await expectScope(line, '01:07:27', SCOPE.timestamp);
    await expectScope(line, '01:07:27', SCOPE.direction);
  });

  it('marks SRT and WebVTT cue timings', async () => {
    const srt = '00:00:00,179 --> 00:00:02,399';
    await expectScope(srt, '00:00:00,179', SCOPE.timestamp);
    await expectScope(srt, '-->', SCOPE.cueTiming);
    await expectScope(srt, '00:00:02,399', SCOPE.timestamp);
    await expectScope('00:00:00.000 --> 00:00:02.760 align:start', '00:00:02.760', SCOPE.timestamp);
  });

  it('marks the WEBVTT header and SRT cue numbers', async () => {
    await expectScope('WEBVTT\n\n00:00.000 --> 00:02.000', 'WEBVTT', SCOPE.webvtt);
    await expectScope('12\n00:00:13,111 --> 00:00:16,109', '12', SCOPE.cueNumber);
  });
});

describe('grammar: stage directions', () => {
  const cases: [string, string][] = [
    ['MAYOR LUCAS:  Among everything?  (Laughter.)', '(Laughter.)'],
    ['That was [inaudible] at the time.', '[inaudible]'],
    ['(CROSSTALK)', '(CROSSTALK)'],
    ['(APPLAUSE)         And here’s why it’s important.', '(APPLAUSE)'],
    ['**Adam Stacoviak:** Never. \\[laughs\\] I read his face...', '\\[laughs\\]'],
    ['Operator: Greetings. [Operator Instructions] As a reminder, this call is recorded.', '[Operator Instructions]'],
    ['25                 (Laughter.)', '(Laughter.)'],
    ['I think (inaudible) that is right.', '(inaudible)'],
  ];
  for (const [line, direction] of cases) {
    it(`marks ${direction}`, async () => {
      await expectScope(line, direction, SCOPE.direction);
    });
  }

  it('leaves ordinary parenthetical remarks alone', async () => {
    const line = 'Kazakh students (about 66,000 of them are studying in Russia) can resume.';
    await expectNoScope(line, '(about 66,000 of them', SCOPE.direction);
  });
});

describe('grammar: header, metadata and page furniture', () => {
  it('marks YAML front matter keys and values', async () => {
    const doc = '---\ntitle: Covenants\ndate: 2021-11-05\nspeakers:\n  - Jeremy Rubin\n---\nSA：开场。';
    await expectScope(doc, { substring: 'title', line: 1 }, SCOPE.metadataKey);
    await expectScope(doc, { substring: 'Covenants', line: 1 }, SCOPE.metadataValue);
    await expectScope(doc, { substring: 'Jeremy Rubin', line: 4 }, SCOPE.frontMatter);
    await expectNoScope(doc, { substring: 'Jeremy Rubin', line: 4 }, SCOPE.speaker);
    await expectScope(doc, { substring: 'SA', line: 6 }, SCOPE.speaker);
  });

  it('marks Markdown metadata lines, not as speakers', async () => {
    for (const line of ['**Date:** 2025-07-30', '**Date**: 2025-07-30']) {
      await expectScope(line, 'Date', SCOPE.metadataKey);
      await expectScope(line, '2025-07-30', SCOPE.metadataValue);
      await expectNoScope(line, 'Date', SCOPE.speaker);
    }
  });

  it('marks Source: and Note: lines as metadata', async () => {
    await expectScope('Source: The Ministry of Foreign Affairs', 'Source', SCOPE.metadataKey);
    await expectScope('Note: The transcript has been edited.', 'Note', SCOPE.metadataKey);
  });

  it('marks a date line with the time glued on', async () => {
    await expectScope('8 April 202114:32', '8 April 202114:32', SCOPE.date);
    await expectScope('May 13, 2022', 'May 13, 2022', SCOPE.date);
  });

  it('marks separators', async () => {
    await expectScope('* * *', '* * *', SCOPE.separator);
    await expectScope('Intro\n\n---', { substring: '---', line: 2 }, SCOPE.separator);
  });

  it('marks court line numbers, page footers and running headers', async () => {
    await expectScope(' 4   argument this morning in Case 11-398', '4', SCOPE.lineNumber);
    await expectScope('25   insurance -- do you think', '25', SCOPE.lineNumber);
    await expectNoScope('26   insurance -- do you think', '26', SCOPE.lineNumber);
    await expectScope('                                        97', '97', SCOPE.pageNumber);
    await expectScope('                          Alderson Reporting Company', 'Alderson Reporting Company', SCOPE.pageHeader);
    await expectScope('\f                        Official - Subject to Final Review', 'Official - Subject to Final Review', SCOPE.pageHeader);
  });
});

describe('grammar: Markdown basics', () => {
  it('marks headings', async () => {
    await expectScope('## Guest introductions', 'Guest introductions', SCOPE.heading);
    await expectScope('# 限制条款的概念', '限制条款的概念', SCOPE.heading);
  });

  it('marks bold, italics and inline code', async () => {
    const line = 'This is **very** important, *really*, see `npm test`.';
    await expectScope(line, 'very', SCOPE.bold);
    await expectScope(line, 'really', SCOPE.italic);
    await expectScope(line, 'npm test', SCOPE.code);
    await expectNoScope(line, 'important', SCOPE.bold);
  });

  it('marks links and bare addresses', async () => {
    const line = '[Dan Boneh](http://crypto.stanford.edu/~dabo/) (see also https://en.wikipedia.org/wiki/Dan_Boneh).';
    await expectScope(line, 'Dan Boneh', SCOPE.linkTitle);
    await expectScope(line, 'http://crypto.stanford.edu/~dabo/', SCOPE.link);
    await expectScope(line, 'https://en.wikipedia.org/wiki/Dan_Boneh', SCOPE.link);
    await expectNoScope(line, ').', SCOPE.link);
  });
});
