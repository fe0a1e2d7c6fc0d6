// Speaker, question and answer labels, and their qualifiers, in every convention the core reads.
import { SCOPE, expectNoScope, expectScope } from './tokenAssert';

const NBSP = '\u00a0';

describe('grammar: speaker labels', () => {
  it('marks a name and its colon at a line start', async () => {
    const line = 'Sergey Lavrov: I didn’t see this note.';
    await expectScope(line, 'Sergey Lavrov', SCOPE.speaker);
    await expectScope(line, ':', SCOPE.labelColon);
    await expectNoScope(line, 'I didn’t see', SCOPE.speaker);
  });

  it('marks capitalised labels with honorifics and roles', async () => {
    await expectScope(`MS. PSAKI:${NBSP} Hi, everyone.`, 'MS. PSAKI', SCOPE.speaker);
    await expectScope('THE PRESIDENT: Thank you all.', 'THE PRESIDENT', SCOPE.speaker);
    await expectScope('JUSTICE SCALIA: Why not?', 'JUSTICE SCALIA', SCOPE.speaker);
    await expectScope('WOLF BLITZER, CNN HOST: Welcome back.', 'WOLF BLITZER, CNN HOST', SCOPE.speaker);
    await expectScope('Secretary of State Blinken: Good morning.', 'Secretary of State Blinken', SCOPE.speaker);
    await expectScope('Amy E. Hood: Thank you, Satya.', 'Amy E. Hood', SCOPE.speaker);
    await expectScope("O'ROURKE: Thank you.", "O'ROURKE", SCOPE.speaker);
    await expectScope('DIAZ-BALART: Senator?', 'DIAZ-BALART', SCOPE.speaker);
    await expectScope('(UNKNOWN): Yes.', '(UNKNOWN)', SCOPE.speaker);
  });

  it('marks a label after a court line number and wide spaces', async () => {
    const line = '10                JUSTICE SCALIA:            Why aren’t those problems';
    await expectScope(line, '10', SCOPE.lineNumber);
    await expectScope(line, 'JUSTICE SCALIA', SCOPE.speaker);
    await expectNoScope(line, 'Why', SCOPE.speaker);
    await expectScope(' 3                  CHIEF JUSTICE ROBERTS:      We will', 'CHIEF JUSTICE ROBERTS', SCOPE.speaker);
  });

  it('marks names in any script and the full-width colon', async () => {
    await expectScope('主持人：欢迎大家。', '主持人', SCOPE.speaker);
    await expectScope('主持人：欢迎大家。', '：', SCOPE.labelColon);
    await expectScope('Сергей Лавров: Добрый день.', 'Сергей Лавров', SCOPE.speaker);
    await expectScope('SA：言归正传。', 'SA', SCOPE.speaker);
  });

  it('marks a full-width qualifier of initials: Shaun Apps（SA）：', async () => {
    const line = 'Shaun Apps（SA）：我先做个开场吧。';
    await expectScope(line, 'Shaun Apps', SCOPE.speaker);
    await expectScope(line, 'SA', SCOPE.qualifier);
    await expectScope(line, '：', SCOPE.labelColon);
    await expectScope(' Andrew Poelstra（AP）：当然。', 'Andrew Poelstra', SCOPE.speaker);
  });

  it('marks a label alone on its line', async () => {
    await expectScope('HOLT:', 'HOLT', SCOPE.speaker);
    await expectScope('Sergey Lavrov:', 'Sergey Lavrov', SCOPE.speaker);
  });

  it('marks Speaker N with a time on its own line', async () => {
    const line = 'Speaker 1: 00:01:17';
    await expectScope(line, 'Speaker 1', SCOPE.speaker);
    await expectScope(line, '00:01:17', SCOPE.timestamp);
  });

  it('marks a name followed by a time on its own line', async () => {
    const line = 'Chris Wallace  00:12:34';
    await expectScope(line, 'Chris Wallace', SCOPE.speaker);
    await expectScope(line, '00:12:34', SCOPE.timestamp);
  });

  it('marks a label after a leading timestamp', async () => {
    const line = '[00:12:34] Jane Doe: We began at noon.';
    await expectScope(line, '[00:12:34]', SCOPE.timestamp);
    await expectScope(line, 'Jane Doe', SCOPE.speaker);
  });

  it('marks Markdown bold labels, colon inside or outside the bold', async () => {
    const inside = '**Mark Russinovich:** Thank you.';
    await expectScope(inside, 'Mark Russinovich', SCOPE.speaker);
    await expectScope(inside, 'Mark Russinovich', SCOPE.bold);
    await expectNoScope(inside, 'Thank you.', SCOPE.bold);
    const outside = '**Jerod Santo**: Correct.';
    await expectScope(outside, 'Jerod Santo', SCOPE.speaker);
    await expectScope(outside, ':', SCOPE.labelColon);
  });

  it('marks WebVTT voice tags', async () => {
    const line = '<v Gillian>Hi Buzzsprout, Gillian here';
    await expectScope(line, 'Gillian', SCOPE.speaker);
    await expectNoScope(line, 'Hi Buzzsprout', SCOPE.speaker);
    await expectScope('<v.loud Sarah Jane>Welcome</v>', 'Sarah Jane', SCOPE.speaker);
  });

  it('marks a label at the start of an SRT cue text', async () => {
    await expectScope('1\n00:00:00,179 --> 00:00:02,399\nTravis: When you first get', { substring: 'Travis', line: 2 }, SCOPE.speaker);
  });
});

describe('grammar: question and answer labels', () => {
  it('scopes Question labels as questions, not speakers', async () => {
    for (const line of ['Question: On Wednesday, Defence News reported.', 'QUESTION: Thank you.', 'Questions: Two of them.']) {
      const word = line.slice(0, line.indexOf(':'));
      await expectScope(line, word, SCOPE.question);
      await expectNoScope(line, word, SCOPE.speaker);
    }
  });

  it('marks a question qualifier: Question (to both ministers):', async () => {
    const line = 'Question (to both ministers): In Russia, COVID-certificates will be bound.';
    await expectScope(line, 'Question', SCOPE.question);
    await expectScope(line, 'to both ministers', SCOPE.qualifier);
    await expectScope(line, ':', SCOPE.labelColon);
    await expectNoScope(line, 'In Russia', SCOPE.qualifier);
  });

  it('marks Q, Q. and Q: followed by spaces or no-break spaces', async () => {
    await expectScope(`Q${NBSP}${NBSP}${NBSP} Thank you.`, 'Q', SCOPE.question);
    await expectScope('Q    Did that come from ARP funds?', 'Q', SCOPE.question);
    await expectScope('Q. Did you see him?', 'Q', SCOPE.question);
    await expectScope('Q: ... exponential algorithms for discrete log?', 'Q', SCOPE.question);
    await expectScope('Q：我想听听你们的看法。', 'Q', SCOPE.question);
    await expectScope('12   Q    Where were you?', 'Q', SCOPE.question);
  });

  it('marks testimony answers A, A. and A: as answers, not questions', async () => {
    for (const line of ['A    Yes.', 'A. Yes, I did.', 'A: So the best algorithm takes sub-exponential time.', '13   A    No.']) {
      await expectScope(line, 'A', SCOPE.answer);
      await expectNoScope(line, 'A', SCOPE.question);
    }
    await expectScope('Answer: We do not know yet.', 'Answer', SCOPE.answer);
  });

  it('marks question and answer markers in Markdown bold', async () => {
    await expectScope('**Q:** Is it ready?', 'Q', SCOPE.question);
    await expectScope('**A:** Almost.', 'A', SCOPE.answer);
  });
});

describe('grammar: qualifiers', () => {
  it('marks a qualifier between name and colon', async () => {
    const line = 'Sergey Lavrov (speaking after Mukhtar Tleuberdi): Our sanitary authorities are dealing with this.';
    await expectScope(line, 'Sergey Lavrov', SCOPE.speaker);
    await expectScope(line, 'speaking after Mukhtar Tleuberdi', SCOPE.qualifier);
    await expectNoScope(line, 'speaking after Mukhtar Tleuberdi', SCOPE.speaker);
  });

  it('marks an interpretation note right after the colon', async () => {
    const line = 'CHANCELLOR MERKEL: (As interpreted.) Thank you very much.';
    await expectScope(line, 'CHANCELLOR MERKEL', SCOPE.speaker);
    await expectScope(line, 'As interpreted.', SCOPE.qualifier);
    await expectNoScope(line, 'Thank you', SCOPE.qualifier);
  });
});
