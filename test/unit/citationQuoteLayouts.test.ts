import * as assert from 'node:assert/strict';
import { extractQuote } from '../../src/core/citation';
import { range } from '../../src/core/position';
import { lineSpan, makeTranscript, makeTurns, pageLineMap, wholeLine } from './citationModel';

describe('extractQuote: a court transcript with page:line numbers', () => {
  // Double-spaced, numbered lines, a page footer and header with a form feed between pages 12 and 13.
  const lines = [
    '                         Official - Subject to Final Review',
    '',
    '',
    '22               JUSTICE SCALIA:              Why do you -- why do you',
    '',
    '23   define the market that broadly?                  Health care.   It may',
    '',
    '24   well be that everybody needs health care sooner or',
    '',
    '25   later, but not everybody needs a heart transplant, not',
    '',
    '                                       12',
    '',
    '                         Alderson Reporting Company',
    '\f                         Official - Subject to Final Review',
    '',
    '',
    ' 1   everybody needs a liver transplant.                      Why\u00A0--',
    '',
    ' 2                  GENERAL VERRILLI:              That\'s correct, Justice',
    '',
    ' 3   Scalia, but you never know whether you\'re going to be',
    '',
    ' 4   that person.',
  ];
  const pageLines = pageLineMap({ 3: [12, 22], 5: [12, 23], 7: [12, 24], 9: [12, 25], 17: [13, 1], 19: [13, 2], 21: [13, 3], 23: [13, 4] });
  const turns = makeTurns(lines, [
    { speaker: 'JUSTICE SCALIA', label: 'JUSTICE SCALIA', firstLine: 3, lastLine: 17 },
    // As parsers see double-spaced court lines: one "paragraph" per numbered line.
    { speaker: 'GENERAL VERRILLI', label: 'GENERAL VERRILLI', firstLine: 19, lastLine: 23, paragraphStarts: [19, 21, 23] },
  ]);
  const transcript = makeTranscript(lines, {
    turns, pageLines, metadata: { title: 'Department of Health and Human Services v. Florida' },
  });

  it('drops line numbers, spacing lines, headers, footers and form feeds across a page break', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 3, 17));
    assert.equal(quote.text, 'Why do you -- why do you define the market that broadly? Health care. It may well be that everybody '
      + 'needs health care sooner or later, but not everybody needs a heart transplant, not everybody needs a liver transplant. Why --');
    assert.equal(quote.pinpoint, '12:22-13:1');
    assert.equal(quote.speaker, 'JUSTICE SCALIA');
    assert.deepEqual(quote.lines, { start: 4, end: 18 });
  });

  it('gives a page:line pinpoint within one page', () => {
    const quote = extractQuote(transcript, lines, range(5, 0, 7, lines[7].length));
    assert.equal(quote.text, 'define the market that broadly? Health care. It may well be that everybody needs health care sooner or');
    assert.equal(quote.pinpoint, '12:23-24');
    assert.equal(extractQuote(transcript, lines, wholeLine(lines, 9)).pinpoint, '12:25');
  });

  it('starts a paragraph at each speaker when several turns are quoted', () => {
    const quote = extractQuote(transcript, lines, range(17, 0, 21, lines[21].length));
    assert.equal(quote.text, 'everybody needs a liver transplant. Why --\n\n'
      + 'GENERAL VERRILLI: That\'s correct, Justice Scalia, but you never know whether you\'re going to be');
    assert.equal(quote.pinpoint, '13:1-3');
    assert.equal(quote.multipleSpeakers, true);
  });

  it('takes the numbered lines of the current paragraph for an empty selection', () => {
    const quote = extractQuote(transcript, lines, range(21, 5, 21, 5));
    assert.equal(quote.text, 'That\'s correct, Justice Scalia, but you never know whether you\'re going to be that person.');
    assert.equal(quote.pinpoint, '13:2-4');
    assert.equal(quote.speaker, 'GENERAL VERRILLI');
    assert.equal(quote.paragraph, 1);
    assert.equal(quote.paragraphScope, 'turn');
    assert.equal(quote.documentParagraph, 2);
  });

  it('starts a paragraph where a numbered line is indented like a new paragraph', () => {
    const indented = [
      '16   purchased.   That is the way this Act works.',
      '',
      '17                Under the Commerce Clause, what, what',
      '',
      '18   Congress has done is to enact reforms.',
    ];
    const model = makeTranscript(indented, { pageLines: pageLineMap({ 0: [3, 16], 2: [3, 17], 4: [3, 18] }) });
    assert.equal(extractQuote(model, indented, lineSpan(indented, 0, 4)).text,
      'purchased. That is the way this Act works.\n\nUnder the Commerce Clause, what, what Congress has done is to enact reforms.');
    assert.equal(extractQuote(model, indented, range(4, 6, 4, 6)).text,
      'Under the Commerce Clause, what, what Congress has done is to enact reforms.');
  });
});

describe('extractQuote: WebVTT captions', () => {
  const lines = [
    'WEBVTT',
    '',
    'NOTE produced by hand',
    'for this test',
    '',
    '00:00:00.000 --> 00:00:02.760',
    '<v Sarah>In today\'s episode, you\'ll learn whether or not you',
    '',
    '00:00:02.760 --> 00:00:06.090',
    '<v Sarah>should have a podcast trailer. Welcome to Podcasting Q&amp;A.',
    '',
    '00:00:19.080 --> 00:00:21.450',
    '<v Gillian>Hi Buzzsprout, <i>Gillian</i> here.',
  ];
  const turns = makeTurns(lines, [
    { speaker: 'Sarah', firstLine: 5, lastLine: 9, startTime: '00:00:00.000' },
    { speaker: 'Gillian', firstLine: 11, lastLine: 12, startTime: '00:00:19.080' },
  ]);
  // The voice tag is the label, on the cue's text line; the turn starts at its timing line.
  Object.assign(turns[0], { label: 'Sarah', labelRange: range(6, 0, 6, 9) });
  Object.assign(turns[1], { label: 'Gillian', labelRange: range(12, 0, 12, 11) });
  const transcript = makeTranscript(lines, { format: 'webvtt', turns });

  it('joins cues of one voice into one paragraph without timings, tags or entities', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 5, 9));
    assert.equal(quote.text, 'In today\'s episode, you\'ll learn whether or not you should have a podcast trailer. Welcome to Podcasting Q&A.');
    assert.equal(quote.time, '00:00:00');
    assert.equal(quote.speaker, 'Sarah');
  });

  it('writes each voice as a label when several turns are quoted', () => {
    const quote = extractQuote(transcript, lines, lineSpan(lines, 0, 12));
    assert.equal(quote.text, 'Sarah: In today\'s episode, you\'ll learn whether or not you should have a podcast trailer. '
      + 'Welcome to Podcasting Q&A.\n\nGillian: Hi Buzzsprout, Gillian here.');
    assert.deepEqual(quote.lines, { start: 7, end: 13 });
  });

  it('gives the start time of the turn the quote is in', () => {
    assert.equal(extractQuote(transcript, lines, range(12, 11, 12, 24)).time, '00:00:19');
  });
});

describe('extractQuote: a document without turns', () => {
  const lines = ['Title line', '', 'First paragraph, line one', 'and line two.', '', '', 'Second paragraph.', ''];
  const transcript = makeTranscript(lines, { header: wholeLine(lines, 0) });

  it('takes the run of non-blank lines around the cursor and numbers it in the document', () => {
    const quote = extractQuote(transcript, lines, range(3, 2, 3, 2));
    assert.equal(quote.text, 'First paragraph, line one and line two.');
    assert.equal(quote.paragraph, 1);
    assert.equal(quote.paragraphScope, 'document');
    assert.equal(quote.speaker, null);
    assert.equal(quote.time, null);
  });

  it('takes the next paragraph when the cursor is on a blank line', () => {
    const quote = extractQuote(transcript, lines, range(5, 0, 5, 0));
    assert.equal(quote.text, 'Second paragraph.');
    assert.equal(quote.documentParagraph, 2);
    assert.deepEqual(quote.lines, { start: 7, end: 7 });
  });

  it('treats a selection ending at the start of a line as ending on the line before', () => {
    const quote = extractQuote(transcript, lines, range(2, 0, 4, 0));
    assert.equal(quote.text, 'First paragraph, line one and line two.');
    assert.deepEqual(quote.lines, { start: 3, end: 4 });
  });
});
