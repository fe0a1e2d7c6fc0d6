import * as assert from 'node:assert/strict';
import { extractQuote } from '../../src/core/citation';
import { range } from '../../src/core/position';
import { lineSpan, makeExchange, makeTranscript, makeTurns, wholeLine } from './citationModel';

const NBSP = '\u00A0';

describe('extractQuote: a hard-wrapped briefing', () => {
  const lines = [
    'Press Briefing by Press Secretary Jen Psaki',
    '',
    `MS. PSAKI:${NBSP} Hi, everyone.${NBSP} Okay.${NBSP} It would not be a briefing without`,
    'some special guests.  So I have some with me today.   ',
    '',
    'Today, President Biden is welcoming mayors, chiefs of police, a county',
    'commissioner, and a community violence intervention expert to the well-',
    'known White House to talk about the Rescue Plan.',
    '',
    `Q${NBSP}${NBSP}${NBSP} Thank you.  Mayor, is it good to be back?`,
    '',
    'MAYOR LUCAS:  It is.',
  ];
  const turns = makeTurns(lines, [
    { speaker: 'MS. PSAKI', label: 'MS. PSAKI', firstLine: 2, lastLine: 7, paragraphStarts: [2, 5] },
    { speaker: null, label: 'Q', firstLine: 9, lastLine: 9, paragraphStarts: [9], isQuestion: true },
    { speaker: 'MAYOR LUCAS', label: 'MAYOR LUCAS', firstLine: 11, lastLine: 11, paragraphStarts: [11] },
  ]);
  const transcript = makeTranscript(lines, { turns, exchanges: [makeExchange(1, turns[1], [turns[2]])], header: wholeLine(lines, 0) });

  it('joins wrapped lines with one space, drops the label, makes no-break spaces plain', () => {
    const quote = extractQuote(transcript, lines, range(2, 0, 4, 0));
    assert.equal(quote.text, 'Hi, everyone. Okay. It would not be a briefing without some special guests. So I have some with me today.');
    assert.equal(quote.speaker, 'MS. PSAKI');
    assert.deepEqual(quote.lines, { start: 3, end: 4 });
    assert.equal(quote.paragraph, 1);
    assert.equal(quote.paragraphScope, 'turn');
    assert.equal(quote.question, null);
    assert.equal(quote.pinpoint, null);
  });

  it('keeps paragraph breaks as one blank line and a hyphenated break as written', () => {
    const quote = extractQuote(transcript, lines, range(3, 21, 7, lines[7].length));
    assert.equal(quote.text, 'So I have some with me today.\n\nToday, President Biden is welcoming mayors, chiefs of police, a county '
      + 'commissioner, and a community violence intervention expert to the well-known White House to talk about the Rescue Plan.');
    assert.deepEqual(quote.lines, { start: 4, end: 8 });
  });

  it('quotes a part of a line exactly', () => {
    const quote = extractQuote(transcript, lines, range(5, 7, 6, 13));
    assert.equal(quote.text, 'President Biden is welcoming mayors, chiefs of police, a county commissioner,');
    assert.equal(quote.paragraph, 2);
  });

  it('keeps the labels when the selection spans several turns, and cites the one answering', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 9, 11));
    assert.equal(quote.text, 'Q Thank you. Mayor, is it good to be back?\n\nMAYOR LUCAS: It is.');
    assert.equal(quote.speaker, 'MAYOR LUCAS');
    assert.equal(quote.multipleSpeakers, false);
    assert.equal(quote.question, 1);
  });

  it('takes the current paragraph for an empty selection, without its label', () => {
    assert.equal(extractQuote(transcript, lines, range(6, 3, 6, 3)).text,
      'Today, President Biden is welcoming mayors, chiefs of police, a county commissioner, and a community violence '
      + 'intervention expert to the well-known White House to talk about the Rescue Plan.');
    const first = extractQuote(transcript, lines, range(2, 0, 2, 0));
    assert.equal(first.text, 'Hi, everyone. Okay. It would not be a briefing without some special guests. So I have some with me today.');
    assert.deepEqual(first.lines, { start: 3, end: 4 });
  });

  it('accepts a selection made backwards', () => {
    assert.equal(extractQuote(transcript, lines, range(11, 20, 11, 14)).text, 'It is.');
  });
});

describe('extractQuote: the example press conference', () => {
  const title = "Foreign Minister Sergey Lavrov's statement and answers to media questions at a joint news conference with "
    + 'Deputy Prime Minister – Foreign Minister of Kazakhstan Mukhtar Tleuberdi, Nur-Sultan, April 8, 2021';
  const lines = [
    'UNITED24 - Make a charitable donation in support of Ukraine!',
    '',
    'The Ministry of Foreign Affairs of the Russian Federation',
    '',
    title,
    '',
    '8 April 202114:32',
    '',
    'Ladies and gentlemen,',
    '',
    'We had very constructive and fruitful talks with Deputy Prime Minister – Foreign Minister of Kazakhstan Mukhtar Tleuberdi.',
    '',
    'Question (to both ministers): How do you assess the prospects of the Open Skies Treaty?',
    '',
    'Mukhtar Tleuberdi (speaking after Sergey Lavrov): We share this view.',
    '',
    'Sergey Lavrov: I agree with my colleague.',
    '',
    'We will continue to work on this.',
    'Join the mailing list',
  ];
  const turns = makeTurns(lines, [
    { speaker: 'Sergey Lavrov', firstLine: 8, lastLine: 10, paragraphStarts: [8, 10] },
    { speaker: null, label: 'Question', firstLine: 12, lastLine: 12, paragraphStarts: [12], isQuestion: true },
    { speaker: 'Mukhtar Tleuberdi', label: 'Mukhtar Tleuberdi', firstLine: 14, lastLine: 14, paragraphStarts: [14] },
    { speaker: 'Sergey Lavrov', label: 'Sergey Lavrov', firstLine: 16, lastLine: 18, paragraphStarts: [16, 18] },
  ]);
  const transcript = makeTranscript(lines, {
    turns,
    exchanges: [makeExchange(3, turns[1], [turns[2], turns[3]], 'Open Skies Treaty')],
    sections: [{ title: 'Open Skies Treaty', level: 2, range: lineSpan(lines, 12, 18), headingRange: wholeLine(lines, 12) }],
    boilerplate: [wholeLine(lines, 0), wholeLine(lines, 19)],
    header: lineSpan(lines, 2, 6),
    metadata: { title, date: '2021-04-08', place: 'Nur-Sultan', publisher: 'The Ministry of Foreign Affairs of the Russian Federation' },
  });

  it('quotes one answer with its question number and paragraph numbers', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 16, 18));
    assert.equal(quote.text, 'I agree with my colleague.\n\nWe will continue to work on this.');
    assert.equal(quote.speaker, 'Sergey Lavrov');
    assert.equal(quote.question, 3);
    assert.equal(quote.paragraph, 1);
    assert.equal(quote.documentParagraph, 5);
    assert.equal(quote.section, 'Open Skies Treaty');
    assert.deepEqual(quote.lines, { start: 17, end: 19 });
  });

  it('drops the label with its qualifier when quoting inside one turn', () => {
    const quote = extractQuote(transcript, lines, wholeLine(lines, 12));
    assert.equal(quote.text, 'How do you assess the prospects of the Open Skies Treaty?');
    assert.equal(quote.speaker, null);
    assert.equal(extractQuote(transcript, lines, wholeLine(lines, 14)).text, 'We share this view.');
  });

  it('names the first speaker and flags several when turns of different speakers are quoted', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 14, 16));
    assert.equal(quote.text, 'Mukhtar Tleuberdi (speaking after Sergey Lavrov): We share this view.\n\nSergey Lavrov: I agree with my colleague.');
    assert.equal(quote.speaker, 'Mukhtar Tleuberdi');
    assert.deepEqual(quote.speakers, ['Mukhtar Tleuberdi', 'Sergey Lavrov']);
    assert.equal(quote.multipleSpeakers, true);
  });

  it('leaves boilerplate out of the quote', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 18, 19));
    assert.equal(quote.text, 'We will continue to work on this.');
    assert.deepEqual(quote.lines, { start: 19, end: 19 });
  });

  it('quotes the opening paragraph around the cursor with its number', () => {
    const quote = extractQuote(transcript, lines, range(10, 5, 10, 5));
    assert.match(quote.text, /^We had very constructive .* Mukhtar Tleuberdi\.$/);
    assert.equal(quote.speaker, 'Sergey Lavrov');
    assert.equal(quote.paragraph, 2);
    assert.equal(quote.question, null);
    assert.equal(quote.section, null);
  });
});

describe('extractQuote: timestamped labels', () => {
  const lines = [
    '[00:12:34] Sergey Lavrov: We will continue.',
    '',
    'Speaker 1: 00:01:17',
    'So the best algorithm takes',
    'sub-exponential time.',
  ];
  const turns = makeTurns(lines, [
    { speaker: 'Sergey Lavrov', label: 'Sergey Lavrov', firstLine: 0, lastLine: 0, startTime: '00:12:34' },
    { speaker: 'Speaker 1', label: 'Speaker 1', firstLine: 2, lastLine: 4, startTime: '00:01:17' },
  ]);
  const transcript = makeTranscript(lines, { turns });

  it('leaves the timestamp around a label out of a one-turn quote and keeps it as the time', () => {
    const quote = extractQuote(transcript, lines, wholeLine(lines, 0));
    assert.equal(quote.text, 'We will continue.');
    assert.equal(quote.time, '00:12:34');
    assert.equal(extractQuote(transcript, lines, lineSpan(lines, 2, 4)).text, 'So the best algorithm takes sub-exponential time.');
  });
});
