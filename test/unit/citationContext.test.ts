import * as assert from 'node:assert/strict';
import { buildCitationContext, cite, extractQuote } from '../../src/core/citation';
import { apaDate, longDate, mlaDate } from '../../src/core/citation/dates';
import { apaAuthor, familyName, invertedName } from '../../src/core/citation/names';
import { range } from '../../src/core/position';
import { lineSpan, makeExchange, makeTranscript, makeTurns } from './citationModel';

const lines = [
  'Question: Will the talks continue?',
  '',
  'Sergey Lavrov: We will continue to work on this,',
  'as we agreed.',
];
const turns = makeTurns(lines, [
  { speaker: null, label: 'Question', firstLine: 0, lastLine: 0, paragraphStarts: [0], isQuestion: true },
  { speaker: 'Sergey Lavrov', label: 'Sergey Lavrov', firstLine: 2, lastLine: 3, paragraphStarts: [2] },
]);
const metadata = { title: 'Joint news conference ', date: '2021-04-08', place: 'Nur-Sultan,', publisher: null, url: null };
const transcript = makeTranscript(lines, { turns, exchanges: [makeExchange(3, turns[0], [turns[1]])], metadata });

describe('buildCitationContext', () => {
  const quote = extractQuote(transcript, lines, lineSpan(lines, 2, 3));

  it('names every field from the quote and the metadata, tidied', () => {
    assert.deepEqual(buildCitationContext(transcript, quote), {
      quote: 'We will continue to work on this, as we agreed.', speaker: 'Sergey Lavrov', title: 'Joint news conference',
      date: '2021-04-08', place: 'Nur-Sultan', publisher: null, url: null, question: 'Q3', paragraph: '2', lines: '3-4',
      time: null, page: null, section: null, mediaUrl: null,
    });
  });

  it('lets overrides fill what the file lacks, and only that', () => {
    const context = buildCitationContext(transcript, quote, { url: 'https://example.org/x', publisher: 'MFA', title: 'Other', date: '  ' });
    assert.equal(context.url, 'https://example.org/x');
    assert.equal(context.publisher, 'MFA');
    assert.equal(context.title, 'Joint news conference');
    assert.equal(context.date, '2021-04-08');
  });

  it('lets overrides win when told to, blank overrides still not', () => {
    const context = buildCitationContext(transcript, quote, { title: 'Other', date: '' }, { overridesWin: true });
    assert.equal(context.title, 'Other');
    assert.equal(context.date, '2021-04-08');
  });
});

describe('cite', () => {
  it('quotes the selection and formats it in one call', () => {
    assert.equal(cite(transcript, lines, range(2, 15, 3, 13), 'markdown', { overrides: { url: 'https://example.org/x' } }),
      '> We will continue to work on this, as we agreed.\n>\n'
      + '> — Sergey Lavrov, *[Joint news conference](<https://example.org/x>)*, Nur-Sultan, April 8, 2021 (Q3, lines 3-4)');
  });
  it('takes the current paragraph for an empty selection', () => {
    assert.equal(cite(transcript, lines, range(3, 0, 3, 0), 'mla'),
      '“We will continue to work on this, as we agreed.” (Lavrov)\n\nLavrov, Sergey. “Joint news conference.” 8 Apr. 2021, Nur-Sultan.');
  });
});

describe('citation dates and names', () => {
  it('prints each style’s date form, partial dates and dates as written', () => {
    assert.deepEqual(['2021-04-08', '2021-09', '2021', 'Spring 2021'].map(longDate), ['April 8, 2021', 'September 2021', '2021', 'Spring 2021']);
    assert.deepEqual(['2021-04-08', '2021-09', '2021', 'Spring 2021'].map(mlaDate), ['8 Apr. 2021', 'Sept. 2021', '2021', 'Spring 2021']);
    assert.deepEqual(['2021-04-08', '2021-09', null].map(apaDate), ['2021, April 8', '2021, September', 'n.d.']);
  });

  it('turns names around only where they read as given names and a family name', () => {
    assert.deepEqual(['Sergey Lavrov', 'Jean-Paul Sartre', 'Martin Luther King Jr.', 'Ursula von der Leyen'].map(apaAuthor),
      ['Lavrov, S.', 'Sartre, J.-P.', 'King, M. L., Jr.', 'von der Leyen, U.']);
    assert.equal(invertedName('Sergey Lavrov'), 'Lavrov, Sergey');
    assert.deepEqual(['MS. PSAKI', 'JUSTICE SCALIA', 'The President', 'Speaker 1', '主持人'].map(familyName),
      ['Psaki', 'Scalia', 'The President', 'Speaker 1', '主持人']);
  });

  it('writes names from labels as a reader does: offices and honorifics go, in any language; capitals are re-cased', () => {
    const labels = ['PRESIDENT LINCOLN', 'MS. PSAKI', 'SENATOR WARREN', 'CHANCELLOR MERKEL', 'THE PRESIDENT', "O'ROURKE",
      'CHIEF JUSTICE ROBERTS', 'Sra. García', 'Herr Scholz', 'M. Macron', 'Mme Dupont', 'Bundeskanzlerin Angela Merkel',
      'Foreign Minister Sergey Lavrov', 'MODERATOR', 'SA'];
    assert.deepEqual(labels.map(familyName), ['Lincoln', 'Psaki', 'Warren', 'Merkel', 'THE PRESIDENT', "O'Rourke",
      'Roberts', 'García', 'Scholz', 'Macron', 'Dupont', 'Merkel', 'Lavrov', 'MODERATOR', 'SA']);
    assert.equal(apaAuthor('Dr. Jane Q. Smith'), 'Smith, J. Q.');
    assert.equal(apaAuthor('SENATOR ELIZABETH WARREN'), 'Warren, E.');
    assert.equal(invertedName('WOLF BLITZER'), 'Blitzer, Wolf');
    assert.equal(apaAuthor('Sergey Lavrov, Foreign Minister'), 'Lavrov, S.');
  });

  it('leaves an outlet that opens with an article as written: it names no person', () => {
    for (const outlet of ['Le Monde', 'El País', 'Die Zeit', 'La Repubblica']) assert.equal(apaAuthor(outlet), outlet);
    assert.equal(apaAuthor('Ursula von der Leyen'), 'von der Leyen, U.');
  });
});
