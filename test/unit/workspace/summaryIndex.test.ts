import * as assert from 'node:assert/strict';
import { parseTranscript } from '../../../src/core/parse';
import { parseReview } from '../../../src/core/review';
import { SummaryIndex } from '../../../src/core/workspace/summaryIndex';

const APRIL = [
  'Joint news conference, Kestrel Bay', '', '8 April 2021', '',
  'Lena Varga: Good afternoon. We talked about the ferry and the health certificates travellers will need.', '',
  'Question: When will the ferry crossing reopen?', '',
  'Lena Varga: The crossing reopens on June 1, with three sailings a day.', '',
  'Question (to both ministers): Will the two countries recognise each other\'s vaccination passports?', '',
  'Tomas Brandt: Our health authorities are working on common rules.', '',
  'Lena Varga: We agree.', '',
].join('\n');

const MAY = [
  '---', 'title: Harbour briefing', 'date: 2021-05-12', 'place: Kestrel Bay', '---', '',
  '**L. VARGA:** The first ferry sailed this morning.', '',
  '**Question:** How many passengers crossed?', '',
  '**LENA VARGA:** Four hundred and twelve.', '',
  '**T. BRANDT:** And the customs posts were open all day.', '',
].join('\n');

const COUNCIL = [
  'Port council, special session', '',
  'CHAIR: The session is open. Ms Ortiz, you have the floor.', '',
  'ORTIZ: Thank you. The channel has silted faster than the survey predicted.', '',
  'CHAIR: How long would the dredging take?', '',
  'ORTIZ: Six weeks.', '',
].join('\n');

/** A sidecar as Transcript Review writes it: `L. VARGA` merged into `LENA VARGA`, renamed `Lena Varga`; `T. BRANDT` renamed. */
const MAY_SIDECAR = JSON.stringify({
  format: 'transcript-review/review', version: 1, transcript: 'may.transcript.md', passages: [],
  speakers: { 'L. VARGA': { sameAs: 'LENA VARGA' }, 'LENA VARGA': { name: 'Lena Varga' }, 'T. BRANDT': { name: 'Tomas Brandt', role: 'minister' } },
});

function indexOf(files: Record<string, string>): SummaryIndex {
  const index = new SummaryIndex();
  for (const [file, text] of Object.entries(files)) index.add(file, text, parseTranscript(text, { fileName: file }));
  return index;
}

describe('workspace: the summary index', () => {
  it('keeps title, date, format, speakers and questions of each transcript, oldest first and undated last', () => {
    const index = indexOf({ 'council.txt': COUNCIL, 'may.transcript.md': MAY, 'april.transcript': APRIL });
    assert.deepEqual(index.entries('date').map(e => [e.title, e.date, e.format, e.speakers.map(s => `${s.name} ${s.turns}/${s.words}`), e.questions]), [
      ['Joint news conference, Kestrel Bay', '2021-04-08', 'plain', ['Lena Varga 3/27', 'Tomas Brandt 1/8'], 2],
      ['Harbour briefing', '2021-05-12', 'markdown', ['L. VARGA 1/6', 'LENA VARGA 1/4', 'T. BRANDT 1/8'], 1],
      ['Port council, special session', null, 'plain', ['CHAIR 2/16', 'ORTIZ 2/13'], 0],
    ]);
  });

  it('sorts by title, whatever the case, numbers in numeric order', () => {
    const index = indexOf({ a: 'Briefing 10\n\nA: One two three four.\n\nB: One two three four.\n', b: 'briefing 9\n\nA: x\n', c: 'Address\n\nA: x\n' });
    assert.deepEqual(index.entries('title').map(e => e.title), ['Address', 'briefing 9', 'Briefing 10']);
  });

  it('counts marked and inferred questions apart', () => {
    const debate = [
      'Debate, 3 March 2020', '',
      'MODERATOR: Senator, what would you do about the harbour?', '',
      'SMITH: Dredge it.', '',
      'MODERATOR: And you, Governor, on the harbour?', '',
      'JONES: Leave it.', '',
      'MODERATOR: Senator, what about the ferry fares?', '',
      'SMITH: Lower them.', '',
    ].join('\n');
    const [entry] = indexOf({ 'debate.txt': debate }).entries('date');
    const parsed = parseTranscript(debate, { fileName: 'debate.txt' });
    assert.equal(entry.questions, parsed.exchanges.length);
    assert.equal(entry.inferredQuestions, parsed.exchanges.filter(e => e.inferred).length);
  });

  it('names speakers as the review sidecar does: renamed labels under their names, merged labels together', () => {
    const index = indexOf({ 'april.transcript': APRIL, 'may.transcript.md': MAY });
    index.setSpeakerMap('may.transcript.md', parseReview(MAY_SIDECAR).speakers);
    const may = index.entries('date')[1];
    assert.deepEqual(may.speakers, [{ name: 'Lena Varga', turns: 2, words: 10 }, { name: 'Tomas Brandt', turns: 1, words: 8 }]);
    assert.deepEqual(index.speakers().map(s => [s.name, s.turns, s.words, s.transcripts]), [
      ['Lena Varga', 5, 37, 2],
      ['Tomas Brandt', 2, 16, 2],
    ]);
    const lena = index.turnsOf('lena  varga');
    assert.equal(lena.name, 'Lena Varga');
    assert.deepEqual(lena.turns.map(t => [t.file, t.startLine + 1, t.label, t.firstWords, t.words, t.exchange?.number ?? null]), [
      ['april.transcript', 5, 'Lena Varga', 'Good afternoon. We talked about…', 14, null],
      ['april.transcript', 9, 'Lena Varga', 'The crossing reopens on June…', 11, 1],
      ['april.transcript', 15, 'Lena Varga', 'We agree.', 2, 2],
      ['may.transcript.md', 7, 'L. VARGA', 'The first ferry sailed this…', 6, null],
      ['may.transcript.md', 11, 'LENA VARGA', 'Four hundred and twelve.', 4, 1],
    ]);
    assert.deepEqual(lena.shares.map(s => [s.file, s.turns, s.words, Math.round(s.share * 100)]), [
      ['april.transcript', 3, 27, 54],
      ['may.transcript.md', 2, 10, 45],
    ]);
    // Without the sidecar the labels are counted as written again (case aside, as the parser counts speakers).
    index.setSpeakerMap('may.transcript.md', undefined);
    assert.deepEqual(index.turnsOf('Lena Varga').turns.map(t => t.label), ['Lena Varga', 'Lena Varga', 'Lena Varga', 'LENA VARGA']);
    assert.deepEqual(index.speakers().map(s => s.name), ['Lena Varga', 'L. VARGA', 'T. BRANDT', 'Tomas Brandt']);
  });

  it('a speaker map set before the transcript is read applies once it is', () => {
    const index = new SummaryIndex();
    index.setSpeakerMap('may.transcript.md', parseReview(MAY_SIDECAR).speakers);
    index.add('may.transcript.md', MAY, parseTranscript(MAY, { fileName: 'may.transcript.md' }));
    assert.deepEqual(index.speakers().map(s => s.name), ['Lena Varga', 'Tomas Brandt']);
  });

  it('offers speakers and exchanges as symbols named with date and place, best match first', () => {
    const index = indexOf({ 'april.transcript': APRIL, 'may.transcript.md': MAY, 'council.txt': COUNCIL });
    const passports = index.symbols('vacc pass');
    assert.deepEqual(passports[0], {
      name: 'Q2 · vaccination passports — 2021-04-08 Joint news conference, Kestrel Bay', kind: 'exchange', file: 'april.transcript', line: 10,
    });
    assert.deepEqual(index.symbols('passengers').map(s => s.name), ['Q1 · passengers — 2021-05-12 Kestrel Bay']);
    assert.deepEqual(index.symbols('ORTIZ').map(s => [s.name, s.kind, s.line]), [['ORTIZ — Port council, special session', 'speaker', 4]]);
    // The whole word before a scattered match; the characters must come in order.
    assert.equal(index.symbols('ferry')[0]?.name, 'Q1 · ferry crossing reopen — 2021-04-08 Joint news conference, Kestrel Bay');
    assert.deepEqual(index.symbols('zzz'), []);
    assert.deepEqual(index.symbols('sinzeo'), [], 'letters out of order do not match');
    // Every symbol for an empty query (VS Code filters and sorts them itself), within the limit.
    const all = index.symbols('');
    assert.equal(all.length, 2 + 2 + 3 + 1 + 2);
    assert.equal(index.symbols('', 3).length, 3);
  });

  it('replaces a transcript read again, and forgets a removed one', () => {
    const index = indexOf({ 'april.transcript': APRIL });
    index.add('april.transcript', COUNCIL, parseTranscript(COUNCIL, { fileName: 'april.transcript' }));
    assert.deepEqual(index.entries('date').map(e => e.title), ['Port council, special session']);
    index.remove('april.transcript');
    assert.equal(index.size, 0);
    assert.deepEqual(index.speakers(), []);
  });

  it('keeps at most half the size of the text it indexes (its arrays and strings, counted as the engine stores them)', () => {
    // Turns as short as the densest real transcript of the shared corpus (a debate with cross-talk, about 140 bytes
    // a turn): 3 to 40 words, questions among them, three speakers, 200 turns a transcript, 20 transcripts.
    const words = 'the harbour ferry will reopen in june and customs posts on both sides are being rebuilt now'.split(' ');
    const sentence = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(seed + i * 7) % words.length]).join(' ');
    const index = new SummaryIndex();
    let textBytes = 0;
    for (let f = 0; f < 20; f++) {
      const turns = Array.from({ length: 200 }, (_, i) => {
        const length = [3, 8, 15, 25, 40][(i + f) % 5];
        if (i % 6 === 1) return `Question: ${sentence(length, i)}?`;
        return `${['Lena Varga', 'Tomas Brandt', 'MODERATOR'][i % 3]}: ${sentence(length, i + f)}.`;
      });
      const text = [`Briefing ${f}`, '', `${(f % 28) + 1} May 2021`, '', ...turns.flatMap(t => [t, ''])].join('\n');
      index.add(`briefing-${f}.txt`, text, parseTranscript(text, { fileName: `briefing-${f}.txt` }));
      textBytes += Buffer.byteLength(text);
    }
    assert.ok(textBytes / (20 * 200) < 150, `turns of ${Math.round(textBytes / 4000)} bytes`);
    const ratio = index.retainedBytes() / textBytes;
    assert.ok(ratio <= 0.5, `the index keeps ${index.retainedBytes()} bytes for ${textBytes} bytes of text (${ratio.toFixed(2)})`);
  });

});
