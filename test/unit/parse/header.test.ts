/**
 * The header ends with a clock line or a roster block: neither is the opening statement, and a roster heading
 * is no speaker, in any language the roster table knows.
 */
import * as assert from 'assert';
import { parseTranscript } from '../../../src/core/parse';
import { clockLine, matchRosterHeading } from '../../../src/core/parse/roster';

function read(text: string, fileName = 'doc.txt') {
  const t = parseTranscript(text, { fileName });
  return { t, speakers: t.turns.map(turn => turn.speaker), labels: t.turns.map(turn => turn.label) };
}

describe('header: roster blocks and clock lines', () => {
  it('keeps a roster heading and its names (one per line) out of the speech', () => {
    const { t, labels } = read('Hearing on Energy Policy\n\nWITNESSES:\nJane Doe, Acme Corp.\nJohn Roe\n\nSENATOR WARREN: Order.\n\nMS. DOE: Thanks.\n');
    assert.deepStrictEqual(labels, ['SENATOR WARREN', 'MS. DOE']);
    assert.strictEqual(t.metadata.title, 'Hearing on Energy Policy');
    assert.strictEqual(t.metadata.extra['witnesses'], 'Jane Doe, John Roe');
    assert.deepStrictEqual([t.header?.start.line, t.header?.end.line], [0, 4]);
  });

  it('reads comma-separated rosters in other languages', () => {
    for (const [heading, names] of [['TEILNEHMER', 'Olaf Scholz, Robert Habeck'], ['PARTICIPANTES', 'Ana Ruiz y Pedro Gómez'],
      ['INTERVENANTS', 'Marie Dupont, Jean Martin'], ['Partecipanti', 'Anna Rossi, Luca Bianchi'], ['УЧАСТНИКИ', 'Сергей Лавров, Анна Иванова'],
      ['与会者', '王毅、李明']]) {
      const colon = /[\u4e00-\u9fff]/.test(heading) ? '：' : ': ';
      const { labels, t } = read(`Title of the event\n\n${heading}${colon}${names}\n\nAnna Lee: Good morning.\n\nBo Chen: Hello.\n`);
      assert.deepStrictEqual(labels, ['Anna Lee', 'Bo Chen'], heading);
      assert.strictEqual(t.turns[0].range.start.line, 4, heading);
    }
  });

  it('treats a clock line as header, whatever stands above it', () => {
    const text = 'THE WHITE HOUSE\nOffice of the Press Secretary\n\nRemarks by President Biden in Joint Press Conference\n\nEast Room\n\n5:16 P.M. EDT\n\nTHE PRESIDENT: Good afternoon.\n';
    const { t, labels } = read(text);
    assert.deepStrictEqual(labels, ['THE PRESIDENT']);
    assert.strictEqual(t.metadata.title, 'Remarks by President Biden in Joint Press Conference');
    assert.strictEqual(t.metadata.time, '17:16');
    assert.strictEqual(t.metadata.place, 'East Room');
    assert.strictEqual(t.header?.end.line, 7);
  });

  it('leaves an unlabelled opening statement alone when a clock line follows it', () => {
    const long = 'This is a long opening statement that goes on about the policy and the budget and more. '.repeat(3);
    const { t, labels } = read(`Statement by the Mayor\n\n${long}\n\nAt 10:30 AM EST\n\nWe will start.\n\nQ: Why?\n`);
    assert.deepStrictEqual(labels, [null, 'Q']);
    assert.strictEqual(t.turns[0].range.start.line, 2);
    assert.strictEqual(t.metadata.title, 'Statement by the Mayor');
  });

  it('reads a roster and a clock line in Markdown as header', () => {
    const { t, labels } = read('# Energy Hearing\n\n**WITNESSES:**\n\n- Jane Doe, Acme Corp.\n- John Roe\n\n10:02 a.m.\n\n**SENATOR WARREN:** Order.\n', 'h.md');
    assert.deepStrictEqual(labels, ['SENATOR WARREN']);
    assert.strictEqual(t.metadata.time, '10:02');
    assert.strictEqual(t.metadata.extra['witnesses'], 'Jane Doe, John Roe');
    const inSpeech = t.turns.flatMap(turn => turn.paragraphs.map(p => p.range.start.line));
    assert.deepStrictEqual(inSpeech, [9]);
  });

  it('reads a Markdown roster heading with a list of names as header, and keeps it a section otherwise', () => {
    const { t, speakers } = read('# Panel\n\n## Speakers\n\n- Ann Lee\n- Bo Chen\n\n**Ann Lee:** Welcome.\n\n**Bo Chen:** Thanks.\n', 'p.md');
    assert.deepStrictEqual(speakers, ['Ann Lee', 'Bo Chen']);
    assert.deepStrictEqual(t.sections.map(s => s.title), []);
    assert.strictEqual(t.metadata.extra['speakers'], 'Ann Lee, Bo Chen');
    const prose = read('# T\n\n## Speakers\n\nWe talked about speakers for an hour, which was long.\n\n**Ann Lee:** Hi.\n', 'q.md');
    assert.deepStrictEqual(prose.t.sections.map(s => s.title), ['Speakers']);
  });

  it('knows clock lines from timestamps and roster headings from speech', () => {
    assert.strictEqual(clockLine('5:16 P.M. EDT'), '17:16');
    assert.strictEqual(clockLine('10:02 a.m.'), '10:02');
    assert.strictEqual(clockLine('14:30 Uhr'), '14:30');
    assert.strictEqual(clockLine('00:05:48'), null);
    assert.strictEqual(clockLine('10:00'), null);
    assert.strictEqual(matchRosterHeading('PRESENT:')?.heading, 'PRESENT');
    assert.strictEqual(matchRosterHeading('Présents : Marie Dupont')?.names[0], 'Marie Dupont');
    assert.strictEqual(matchRosterHeading('With: the President, I am honoured to be here today as your guest and friend.'), null);
    assert.strictEqual(matchRosterHeading('MODERATOR: Welcome.'), null);
  });
});

describe('header: the speaker a title names', () => {
  it('takes the offices and forms of address of the English profile off the name, and only those', () => {
    const opening = (title: string) => {
      const t = parseTranscript(`${title}\n\nWe met today to talk about the harbour.\n\nQuestion: When will it open?\n`, { fileName: 'doc.txt' });
      return t.turns[0].speaker;
    };
    assert.strictEqual(opening("Foreign Minister Anna Varga's statement at a news conference, Valmora, March 3, 2022"), 'Anna Varga');
    assert.strictEqual(opening('Remarks by White House Press Secretary Jen Psaki'), 'Jen Psaki');
    assert.strictEqual(opening('Remarks by Speaker Mike Lowell on the budget'), 'Mike Lowell');
    // `Don` is a Spanish form of address, not an English one: the title is read with English words.
    assert.strictEqual(opening("Don Lemon's interview with the mayor"), 'Don Lemon');
  });
});
