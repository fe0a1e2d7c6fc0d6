/**
 * Inferred askers and exchanges on the small made-up transcripts in test/fixtures/parse (one per kind: debate,
 * hearing, interview podcast, earnings call, briefing, a Spanish interview), and where the inference falls back.
 * The fixture snapshots hold the whole model; these tests state what a reader sees.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toOutlineJson } from '../../../src/cli/outlineJson';
import { TranscriptDocument } from '../../../src/core/incremental/document';
import { LANGUAGE_PROFILES } from '../../../src/core/languages';
import type { Transcript } from '../../../src/core/model';
import { nextQuestion, questionEntries } from '../../../src/core/navigation';
import { buildOutline, type OutlineNode } from '../../../src/core/outline';
import { parseTranscript, splitLines } from '../../../src/core/parse';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/parse');

function read(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

function parse(name: string): Transcript {
  return parseTranscript(read(name), { fileName: name });
}

function askers(t: Transcript): string[] {
  return t.exchanges.map(e => `${e.inferred ? 'inferred' : 'marked'}: ${e.asker ?? e.question.speaker ?? 'Q'}`);
}

function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap(n => [n, ...flatten(n.children)]);
}

describe('inferred askers and exchanges', () => {
  it('debate: the moderator who opens and asks most starts each exchange; the candidates do not', () => {
    const t = parse('inferred-debate.txt');
    assert.deepStrictEqual(askers(t), ['inferred: Dana Whitfield', 'inferred: Dana Whitfield', 'inferred: Dana Whitfield']);
    // "Let her finish, please?" is an interjection in crosstalk: it stays in the exchange on rent caps.
    const caps = t.exchanges[1];
    assert.deepStrictEqual(caps.answers.map(a => a.speaker), ['Irene Castillo', 'Marcus Hale', 'Dana Whitfield', 'Irene Castillo']);
    // The topic a moderator announces ("The first topic tonight is housing") names the exchange, not the welcome before it.
    assert.deepStrictEqual(t.exchanges.map(e => e.topic), ['housing', 'rent increases', 'water supply']);
  });

  it('debate: a hand-over that names no subject ("Mr. President?", "you want to respond?") stays in the exchange', () => {
    const text = [
      'Dana Whitfield: Good evening. Mr. Hale, rents have risen faster than wages for six years. What would you do about it?', '',
      'Marcus Hale: Build more homes near the jobs, and change the zoning rules in the first month.', '',
      'Dana Whitfield: Ms. Castillo, you want to respond?', '',
      'Irene Castillo: The zoning rules are not the problem; enforcement is.', '',
      'Dana Whitfield: Mr. Hale?', '',
      'Marcus Hale: Enforcement without homes does nothing.', '',
      'Dana Whitfield: Our second topic is the water supply. Would you ration water this summer?', '',
      'Marcus Hale: Only as a last resort.', '',
      'Dana Whitfield: And the farms?', '',
      'Irene Castillo: They use most of it.',
    ].join('\n');
    const t = parseTranscript(text, { fileName: 'debate.txt' });
    assert.deepStrictEqual(t.exchanges.map(e => [e.topic, e.answers.length]), [['rents', 5], ['water supply', 1], ['farms', 1]]);
    // A title in mid-turn is no address: a short question of its own still starts an exchange.
    const argument = [
      'JUSTICE HALE: Counsel, is the penalty collected by the revenue service?', '', 'MR. ROSS: It is, Your Honor.', '',
      'JUSTICE HALE: Is it a levy or not? The President said it was not.', '', 'MR. ROSS: It is a levy for this purpose.',
    ].join('\n');
    assert.strictEqual(parseTranscript(argument, { fileName: 'argument.txt' }).exchanges.length, 2);
  });

  it('hearing: members named by role ask, the witness answers, and a round groups one senator\'s exchanges', () => {
    const t = parse('inferred-hearing.txt');
    assert.deepStrictEqual(askers(t), [
      'inferred: CHAIRMAN GRANT', 'inferred: SENATOR OKAFOR', 'inferred: SENATOR OKAFOR', 'inferred: SENATOR LINDQVIST',
    ]);
    // Lindqvist's second question shares its subject ("allowed") with the first: a follow-up in the same exchange.
    assert.deepStrictEqual(t.exchanges[3].answers.map(a => a.speaker), ['MS. REYES', 'SENATOR LINDQVIST', 'MS. REYES', 'CHAIRMAN GRANT']);
    const outline = buildOutline(t);
    const round = outline.find(n => n.kind === 'round');
    assert.ok(round, 'a round node');
    assert.strictEqual(round.name, 'SENATOR OKAFOR');
    assert.strictEqual(round.detail, 'Q2–Q3');
    assert.deepStrictEqual(round.children.map(c => c.name.split(' · ')[0]), ['Q2', 'Q3']);
    assert.ok(!outline.some(n => n.kind === 'exchange' && /^Q[23] /.test(n.name)), 'Q2 and Q3 only under the round');
  });

  it('deposition: each examination (EXAMINATION / BY MR. ROSS:) groups its questions under the counsel who asks', () => {
    const t = parse('deposition-examinations.txt');
    const outline = buildOutline(t);
    const groups = outline.filter(n => n.kind === 'section').map(n => [n.name, n.children.map(c => c.name.split(' · ')[0]).join(' ')]);
    assert.deepStrictEqual(groups, [
      ['EXAMINATION BY MR. ROSS', 'Q1 Q2 Q3'],
      ['CROSS-EXAMINATION BY MS. PARK', 'Q4 Q5'],
      ['FURTHER EXAMINATION BY MR. ROSS', 'Q6'],
    ]);
    // The heading is no answer: the last answer before it ends on its own line.
    assert.deepStrictEqual([t.exchanges[2].range.end.line, t.exchanges[4].range.end.line], [11, 19]);
    // An index line with a page number is no examination.
    const index = parseTranscript('INDEX\n\nEXAMINATION BY MR. ROSS ........ 4\n\nQ. Your name?\nA. Jane Hale.\n', { fileName: 'depo.txt' });
    assert.strictEqual(index.sections.length, 0);
  });

  it('interview podcast: the front matter\'s host asks, matched to a first-name label', () => {
    const t = parse('inferred-interview.md');
    assert.deepStrictEqual(askers(t), ['inferred: Priya', 'inferred: Priya', 'inferred: Priya']);
    const [q1] = buildOutline(t).filter(n => n.kind === 'exchange');
    assert.strictEqual(q1.detail, '— Priya', 'the detail names the inferred asker after a dash');
  });

  it('earnings call: one exchange per analyst, named by analyst and firm, with prepared remarks and Q&A as sections', () => {
    const t = parse('inferred-earnings.md');
    assert.deepStrictEqual(t.exchanges.map(e => e.topic), ['Sam Ortiz, Harbor Securities', 'Julia Brandt, Keller and Lowe']);
    assert.deepStrictEqual(t.sections.map(s => s.title), ['Prepared remarks', 'Q&A session']);
    // Sam Ortiz's follow-up stays in his exchange; the operator's hand-overs are in none.
    assert.deepStrictEqual(t.exchanges[0].answers.map(a => a.speaker), ['Omar Haddad', 'Sam Ortiz', 'Eva Lindgren']);
    const names = flatten(buildOutline(t)).filter(n => n.kind === 'exchange').map(n => `${n.name} ${n.detail}`);
    assert.deepStrictEqual(names, ['Q1 · Sam Ortiz, Harbor Securities — analyst', 'Q2 · Julia Brandt, Keller and Lowe — analyst']);
  });

  it('briefing: a bare courtesy Q and its reply belong to the exchange of the question that follows', () => {
    const t = parse('briefing-courtesy.txt');
    assert.strictEqual(t.exchanges.length, 2);
    const [first] = t.exchanges;
    assert.ok(!first.inferred, 'marked questions stay marked');
    assert.strictEqual(first.question.range.start.line, 2, 'the exchange starts at "Q Thank you, sir."');
    assert.match(first.topic, /tariff|border/i, 'the topic comes from the question that asks');
  });

  it('a Spanish interview: MODERADORA is a role word, ¿…? questions start exchanges', () => {
    const t = parse('inferred-interview.es.txt');
    assert.deepStrictEqual(askers(t), ['inferred: MODERADORA', 'inferred: MODERADORA', 'inferred: MODERADORA']);
  });

  it('role words of other languages and scripts: 主持人, Moderatorin, Présentateur, 司会', () => {
    for (const label of ['主持人', 'Moderatorin', 'Présentateur', '司会']) {
      const text = [
        `${label}: Erste Frage? Première question? 第一个问题？`, '', 'Gast: Antwort eins, eine längere Antwort.', '',
        `${label}: Zweite Frage?`, '', 'Gast: Antwort zwei, eine längere Antwort.',
      ].join('\n');
      const t = parseTranscript(text, { fileName: 'roles.txt' });
      assert.deepStrictEqual(t.exchanges.map(e => e.asker), [label, label], label);
    }
  });

  it('every language profile names roles that ask, and a label with any of them asks (one list, in src/core/languages)', () => {
    for (const profile of LANGUAGE_PROFILES) {
      assert.ok(profile.askingRoles.length > 0, profile.code);
      for (const role of profile.askingRoles) {
        const label = role.toUpperCase();
        const text = [
          'Gast: Guten Abend.', '', `${label}: Erste Frage? Première question? 第一个问题？`, '',
          'Gast: Antwort eins, eine längere Antwort.', '', `${label}: Zweite Frage?`, '', 'Gast: Antwort zwei, eine längere Antwort.',
        ].join('\n');
        const t = parseTranscript(text, { fileName: 'roles.txt' });
        // A reporter's label (`记者：`) is a question marker of its own: marked questions, not inferred ones.
        const asker = (e: Transcript['exchanges'][number]) => (e.inferred ? e.asker : e.question.isQuestion && e.question.label);
        assert.deepStrictEqual(t.exchanges.map(asker), [label, label], `${profile.code}: ${label}`);
      }
    }
  });

  it('an operator in another language announces rather than asks (announcing roles are profile data too)', () => {
    const text = [
      'OPERADORA: Bienvenidos a la conferencia de resultados.', '', 'Ana Ruiz: Gracias. Los ingresos crecieron un diez por ciento.', '',
      'OPERADORA: The next question comes from the line of Jon Park with Acme Securities.', '',
      'Jon Park: How much of that growth came from the new plant?', '', 'Ana Ruiz: About half of it.',
    ].join('\n');
    const t = parseTranscript(text, { fileName: 'call.txt' });
    assert.deepStrictEqual(t.exchanges.map(e => e.topic), ['Jon Park, Acme Securities']);
  });

  it('falls back to the plain outline when nobody stands apart: a panel where everyone asks as often', () => {
    const lines: string[] = [];
    for (let i = 0; i < 4; i++) {
      for (const who of ['Ana', 'Ben', 'Cleo']) lines.push(`${who}: I think the answer is more subtle than that, but what do you think?`, '');
    }
    const t = parseTranscript(lines.join('\n'), { fileName: 'panel.txt' });
    assert.deepStrictEqual(t.exchanges, []);
  });

  it('keeps a transcript with marked questions as it was: the marked questions only, none inferred', () => {
    const t = parse('qa-markers.txt');
    assert.ok(t.exchanges.length > 0);
    assert.ok(t.exchanges.every(e => !e.inferred && e.question.isQuestion));
  });

  it('a statement that ends with a tag ("..., right?") does not ask', () => {
    const text = [
      'Host: What brought you here?', '', 'Guest: The boats, right? I grew up by the harbour, you know?', '',
      'Host: And what keeps you here?', '', 'Guest: The people. I never wanted to leave, no?', '',
      'Host: Would you ever go back?', '', 'Guest: Maybe one day, when the work is done here, you know?',
    ].join('\n');
    const t = parseTranscript(text, { fileName: 'tags.txt' });
    assert.deepStrictEqual(t.exchanges.map(e => e.asker), ['Host', 'Host', 'Host']);
  });

  it('outline --json marks inferred exchanges, and only those', () => {
    const inferred = toOutlineJson(parse('inferred-debate.txt')).topics.filter(x => x.kind === 'exchange');
    assert.ok(inferred.length > 0 && inferred.every(x => x.inferred === true));
    const marked = toOutlineJson(parse('qa-markers.txt')).topics;
    assert.ok(marked.every(x => !('inferred' in x)), 'no inferred field where nothing is inferred');
  });

  it('Next Question and Go to Question reach inferred exchanges, with their asker', () => {
    const t = parse('inferred-hearing.txt');
    const next = nextQuestion(t, { line: 2, character: 0 });
    assert.deepStrictEqual(next, { kind: 'target', position: { line: 4, character: 0 } });
    assert.deepStrictEqual(questionEntries(t).map(e => e.asker), ['CHAIRMAN GRANT', 'SENATOR OKAFOR', 'SENATOR OKAFOR', 'SENATOR LINDQVIST']);
  });

  it('turn rows carry the turn\'s first words when the outline is given the lines', () => {
    const t = parse('inferred-hearing.txt');
    const lines = splitLines(read('inferred-hearing.txt'));
    const rows = flatten(buildOutline(t, undefined, { turnPreview: l => lines[l] ?? '' }));
    const reyes = rows.find(n => n.kind === 'answer');
    assert.strictEqual(reyes?.name, 'MS. REYES — It was, Mr. Chairman. Four companies bid, and the lowest…');
    const long = rows.find(n => n.name.startsWith('CHAIRMAN GRANT — '));
    assert.strictEqual(long?.name, 'CHAIRMAN GRANT — The committee will come to order. Today we hear from…');
    const plain = flatten(buildOutline(t)).find(n => n.kind === 'answer');
    assert.strictEqual(plain?.name, 'MS. REYES', 'without the lines, the speaker alone');
  });

  it('an edit that turns a statement into a question gives the same exchanges as a fresh parse', () => {
    const text = read('inferred-debate.txt');
    const doc = new TranscriptDocument(text, { fileName: 'inferred-debate.txt' });
    const at = splitLines(text).findIndex(l => l.startsWith('Dana Whitfield: That is our time.'));
    const line = splitLines(text)[at];
    doc.update([{ range: { start: { line: at, character: line.length - 1 }, end: { line: at, character: line.length } }, text: '?' }]);
    const fresh = parseTranscript(text.split('\n').map((l, i) => (i === at ? `${l.slice(0, -1)}?` : l)).join('\n'), { fileName: 'inferred-debate.txt' });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(doc.transcript.exchanges)), JSON.parse(JSON.stringify(fresh.exchanges)));
  });
});

describe('inferred askers in a list of thousands of names', () => {
  const SUBJECTS = ['harbour', 'railway', 'schools', 'hospitals', 'taxes', 'budget', 'prisons', 'farming', 'fishing', 'housing',
    'energy', 'water', 'roads', 'police', 'courts', 'libraries', 'museums', 'forests', 'rivers', 'airports', 'tourism', 'pensions'];
  /** `WITNESS AA`, `WITNESS AB` ...: a different name for each number. */
  const nameOf = (i: number) => `WITNESS ${String.fromCharCode(65 + Math.floor(i / 26 / 26) % 26, 65 + Math.floor(i / 26) % 26, 65 + i % 26)}`;
  /** A moderator asking about a new subject every 100 turns of `others` different speakers, each speaking once. */
  function moderatedList(others: number): Transcript {
    const lines: string[] = [];
    for (let i = 0; i < others; i++) {
      if (i % 100 === 0) lines.push(`MODERATOR: What do you say about the ${SUBJECTS[i / 100]}?`, '');
      lines.push(`${nameOf(i)}: I say what I have said before, at length and for the record: the committee has heard this from me twice, and the minutes of both sittings show it. Nothing has changed since then.`, '');
    }
    const t = parseTranscript(lines.join('\n'), { fileName: 'list.txt' });
    assert.strictEqual(t.turns.length, others + Math.ceil(others / 100));
    return t;
  }

  it('infers the moderator among a few hundred speakers', () => {
    const t = moderatedList(500);
    assert.deepStrictEqual(t.exchanges.map(e => `${e.inferred ? 'inferred' : 'marked'}: ${e.asker}`), Array(5).fill('inferred: MODERATOR'));
  });

  it('infers nobody past 2,000 different speakers: such a file is a list, not a conversation', () => {
    const t = moderatedList(2100);
    assert.strictEqual(t.exchanges.length, 0);
  });
});
