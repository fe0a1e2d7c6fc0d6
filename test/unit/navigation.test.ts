import * as assert from 'node:assert/strict';
import type { Exchange, Section, Transcript, Turn } from '../../src/core/model';
import {
  describeLocation, locate, nextQuestion, nextTopic, nextTurn, nextTurnBySameSpeaker, previousQuestion,
  previousTopic, previousTurn, questionEntries, type NavigationResult,
} from '../../src/core/navigation';
import { position, range, type Position } from '../../src/core/position';

interface TurnSpec {
  line: number;
  endLine?: number;
  speaker: string | null;
  label: string | null;
  qualifier?: string;
  isQuestion?: boolean;
}

function makeTurn(index: number, spec: TurnSpec): Turn {
  const endLine = spec.endLine ?? spec.line;
  const labelLength = spec.label === null ? 0 : spec.label.length + (spec.qualifier ? spec.qualifier.length + 3 : 0) + 1;
  return {
    index, speaker: spec.speaker, label: spec.label, qualifier: spec.qualifier ?? null,
    isQuestion: spec.isQuestion ?? false, isAnswer: false, addressees: [],
    range: range(spec.line, 0, endLine, 40),
    labelRange: spec.label === null ? null : range(spec.line, 0, spec.line, labelLength),
    paragraphs: [{ range: range(spec.line, labelLength, endLine, 40) }],
    startTime: null,
  };
}

function makeTranscript(turnSpecs: TurnSpec[], exchangeSpecs: { question: number; answers: number[]; topic: string }[],
  sections: Section[], lineCount: number): Transcript {
  const turns = turnSpecs.map((spec, i) => makeTurn(i, spec));
  const exchanges: Exchange[] = exchangeSpecs.map((e, i) => {
    const last = turns[e.answers.length ? e.answers[e.answers.length - 1] : e.question];
    return {
      number: i + 1, topic: e.topic, question: turns[e.question], answers: e.answers.map(a => turns[a]),
      range: { start: turns[e.question].range.start, end: last.range.end },
    };
  });
  return {
    format: 'plain', encoding: 'utf-8',
    metadata: { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {} },
    boilerplate: [], header: range(0, 0, 2, 20), sections, turns, exchanges, speakers: [], pageLines: null, lineCount,
  };
}

/**
 * A press conference in the example's shape:
 *   0 title, 2 date, 4-6 opening, 8 Q1, 10-11 Lavrov, 13 separator, 15 Q2 (to both ministers),
 *   17 Tleuberdi, 19 Lavrov (speaking after ...), 21 Q3, 23 Lavrov, 25 mailing-list line.
 */
function pressConference(): Transcript {
  return makeTranscript([
    { line: 4, endLine: 6, speaker: 'Sergey Lavrov', label: null },
    { line: 8, speaker: null, label: 'Question', isQuestion: true },
    { line: 10, endLine: 11, speaker: 'Sergey Lavrov', label: 'Sergey Lavrov' },
    { line: 15, speaker: null, label: 'Question', qualifier: 'to both ministers', isQuestion: true },
    { line: 17, speaker: 'Mukhtar Tleuberdi', label: 'Mukhtar Tleuberdi' },
    { line: 19, speaker: 'Sergey Lavrov', label: 'Sergey Lavrov', qualifier: 'speaking after Mukhtar Tleuberdi' },
    { line: 21, speaker: null, label: 'Question', isQuestion: true },
    { line: 23, speaker: 'SERGEY  LAVROV', label: 'SERGEY  LAVROV' },
  ], [
    { question: 1, answers: [2], topic: 'Open Skies Treaty' },
    { question: 3, answers: [4, 5], topic: 'vaccination passports' },
    { question: 6, answers: [7], topic: 'Victory Day parade' },
  ], [
    { title: '* * *', level: 0, range: range(13, 0, 24, 0), headingRange: range(13, 0, 13, 5) },
  ], 26);
}

function target(r: NavigationResult): Position {
  assert.equal(r.kind, 'target', r.kind === 'none' ? r.message : '');
  return (r as { position: Position }).position;
}

function none(r: NavigationResult, reason: string): string {
  assert.equal(r.kind, 'none');
  const n = r as { reason: string; message: string };
  assert.equal(n.reason, reason);
  return n.message;
}

describe('navigation', () => {
  const t = pressConference();

  describe('turns', () => {
    it('goes to the label of the next turn, from anywhere in the current one', () => {
      assert.deepEqual(target(nextTurn(t, position(8, 0))), position(10, 0));
      assert.deepEqual(target(nextTurn(t, position(11, 30))), position(15, 0));
      assert.deepEqual(target(nextTurn(t, position(0, 0))), position(4, 0));
    });

    it('goes back to the start of the current turn before the one above it', () => {
      assert.deepEqual(target(previousTurn(t, position(10, 5))), position(10, 0));
      assert.deepEqual(target(previousTurn(t, position(10, 0))), position(8, 0));
    });

    it('says so at the last and the first turn', () => {
      assert.match(none(nextTurn(t, position(23, 0)), 'last'), /last turn/);
      assert.match(none(previousTurn(t, position(4, 0)), 'first'), /first turn/);
      assert.match(none(previousTurn(t, position(2, 3)), 'first'), /first turn/);
    });

    it('says there are none in an empty transcript', () => {
      const empty = makeTranscript([], [], [], 3);
      assert.match(none(nextTurn(empty, position(0, 0)), 'empty'), /No turns/);
      assert.match(none(previousTurn(empty, position(2, 0)), 'empty'), /No turns/);
    });
  });

  describe('questions', () => {
    it('goes to the next and previous question label', () => {
      assert.deepEqual(target(nextQuestion(t, position(4, 0))), position(8, 0));
      assert.deepEqual(target(nextQuestion(t, position(8, 0))), position(15, 0));
      assert.deepEqual(target(previousQuestion(t, position(23, 10))), position(21, 0));
      assert.deepEqual(target(previousQuestion(t, position(21, 0))), position(15, 0));
    });

    it('says so after the last question and before the first', () => {
      assert.match(none(nextQuestion(t, position(21, 0)), 'last'), /last question/);
      assert.match(none(previousQuestion(t, position(8, 0)), 'first'), /first question/);
    });
  });

  describe('topics', () => {
    it('visits exchanges and sections in document order', () => {
      const visited: number[] = [];
      let p = position(0, 0);
      for (let r = nextTopic(t, p); r.kind === 'target'; r = nextTopic(t, p)) {
        p = r.position;
        visited.push(p.line);
      }
      assert.deepEqual(visited, [8, 13, 15, 21]);
      const back: number[] = [];
      for (let r = previousTopic(t, p); r.kind === 'target'; r = previousTopic(t, p)) {
        p = r.position;
        back.push(p.line);
      }
      assert.deepEqual(back, [15, 13, 8]);
      assert.equal(none(previousTopic(t, p), 'first'), 'No topic before this: this is the first topic');
    });

    it('counts a transcript with only sections as having topics', () => {
      const sectionsOnly = makeTranscript([{ line: 2, speaker: 'A', label: 'A' }], [], [
        { title: 'Part one', level: 1, range: range(0, 0, 3, 0), headingRange: range(0, 0, 0, 10) },
        { title: 'Part two', level: 1, range: range(4, 0, 6, 0), headingRange: range(4, 0, 4, 10) },
      ], 7);
      assert.deepEqual(target(nextTopic(sectionsOnly, position(1, 0))), position(4, 0));
      assert.equal(none(nextTopic(sectionsOnly, position(4, 0)), 'last'), 'No topic after this: this is the last topic');
    });
  });

  describe('next turn by the same speaker', () => {
    it('finds the speaker\'s next turn, whatever the case, spacing or qualifier of the label', () => {
      assert.deepEqual(target(nextTurnBySameSpeaker(t, position(10, 3))), position(19, 0));
      assert.deepEqual(target(nextTurnBySameSpeaker(t, position(19, 3))), position(23, 0));
    });

    it('starts from the opening, whose speaker comes from the title', () => {
      assert.deepEqual(target(nextTurnBySameSpeaker(t, position(5, 0))), position(10, 0));
    });

    it('goes from an unnamed question to the next unnamed question', () => {
      assert.deepEqual(target(nextTurnBySameSpeaker(t, position(8, 2))), position(15, 0));
    });

    it('says so at the speaker\'s last turn', () => {
      assert.match(none(nextTurnBySameSpeaker(t, position(17, 0)), 'last'), /Mukhtar Tleuberdi/);
      assert.match(none(nextTurnBySameSpeaker(t, position(23, 0)), 'last'), /last turn/);
    });

    it('says so outside any turn', () => {
      assert.match(none(nextTurnBySameSpeaker(t, position(0, 0)), 'noSpeaker'), /not in a turn/);
    });
  });

  describe('locate', () => {
    it('names the exchange and the speaker at the cursor', () => {
      assert.equal(describeLocation(locate(t, position(10, 20))), 'Q1 · Sergey Lavrov');
      assert.equal(describeLocation(locate(t, position(17, 0))), 'Q2 · Mukhtar Tleuberdi');
      assert.equal(describeLocation(locate(t, position(8, 0))), 'Q1 · Question');
      assert.equal(describeLocation(locate(t, position(5, 9))), 'Opening · Sergey Lavrov');
    });

    it('names a speaker by the reviewer\'s name when one is given', () => {
      const names = new Map([['Sergey Lavrov', 'S. Lavrov (Foreign Minister)']]);
      assert.equal(describeLocation(locate(t, position(10, 20)), names), 'Q1 · S. Lavrov (Foreign Minister)');
      assert.equal(describeLocation(locate(t, position(17, 0)), names), 'Q2 · Mukhtar Tleuberdi');
    });

    it('keeps the turn above on a blank line, but not across a section heading', () => {
      assert.equal(locate(t, position(9, 0)).turn?.index, 1);
      assert.equal(locate(t, position(12, 0)).turn?.index, 2);
      const onSeparator = locate(t, position(13, 2));
      assert.equal(onSeparator.turn, null);
      assert.equal(onSeparator.exchange, null);
      assert.equal(onSeparator.section?.title, '* * *');
      assert.equal(describeLocation(onSeparator), '* * *');
    });

    it('finds nothing in the header or after the last turn', () => {
      assert.deepEqual(locate(t, position(0, 3)), { section: null, exchange: null, turn: null });
      assert.equal(describeLocation(locate(t, position(0, 3))), '');
      assert.equal(locate(t, position(25, 0)).turn, null);
    });

    it('finds the innermost of nested sections', () => {
      const nested = makeTranscript([], [], [
        { title: 'Hearing', level: 1, range: range(0, 0, 20, 0), headingRange: range(0, 0, 0, 9) },
        { title: 'Opening statements', level: 2, range: range(2, 0, 8, 0), headingRange: range(2, 0, 2, 20) },
        { title: 'Witnesses', level: 2, range: range(10, 0, 20, 0), headingRange: range(10, 0, 10, 20) },
      ], 21);
      assert.equal(locate(nested, position(5, 0)).section?.title, 'Opening statements');
      assert.equal(locate(nested, position(9, 0)).section?.title, 'Hearing');
      assert.equal(locate(nested, position(15, 0)).section?.title, 'Witnesses');
    });

    it('is quick on thousands of turns', () => {
      const specs: TurnSpec[] = [];
      for (let i = 0; i < 20000; i++) specs.push({ line: i * 2, speaker: i % 2 ? 'B' : 'A', label: i % 2 ? 'B' : 'A' });
      const big = makeTranscript(specs, [], [], 40001);
      const started = process.hrtime.bigint();
      for (let line = 0; line < 40000; line += 7) locate(big, position(line, 0));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.equal(locate(big, position(30001, 0)).turn?.index, 15000);
      assert.ok(ms < 2000, `5,700 lookups took ${ms} ms`);
    });
  });

  describe('question entries', () => {
    it('lists number, topic, asker (or qualifier) and where each question starts', () => {
      assert.deepEqual(questionEntries(t), [
        { number: 1, topic: 'Open Skies Treaty', asker: null, position: position(8, 0) },
        { number: 2, topic: 'vaccination passports', asker: 'to both ministers', position: position(15, 0) },
        { number: 3, topic: 'Victory Day parade', asker: null, position: position(21, 0) },
      ]);
    });
  });
});
