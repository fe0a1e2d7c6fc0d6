// Lines that look like labels but are not: none of them may be coloured as a speaker or question.
import { SCOPE, expectLineWithout, expectNoScope, expectScope } from './tokenAssert';

const NNBSP = '\u202f';

async function expectNoLabel(document: string, line = 0): Promise<void> {
  await expectLineWithout(document, SCOPE.speaker, line);
  await expectLineWithout(document, SCOPE.question, line);
  await expectLineWithout(document, SCOPE.answer, line);
}

describe('grammar: false positives are not speakers', () => {
  it('a clock time line: 1:18 P.M. EDT', async () => {
    const line = `1:18 P.M. EDT${NNBSP}${NNBSP}\u00a0`;
    await expectNoLabel(line);
    await expectScope(line, '1:18 P.M. EDT', SCOPE.time);
  });

  it('a bare time: 17:30', async () => {
    await expectNoLabel('17:30');
    await expectNoLabel('17:30 The meeting resumed.');
  });

  it('a URL at a line start', async () => {
    await expectNoLabel('https://x');
    await expectNoLabel('Https://example.org/a:b');
  });

  it('ratios and scores', async () => {
    await expectNoLabel('3:1 is the ratio they settled on.');
    await expectNoLabel('Final score 3:1');
  });

  it('metadata lines', async () => {
    await expectNoLabel('**Date:** 2025-07-30');
    await expectNoLabel('Source: Reuters');
    await expectNoLabel('Note: Audio was unavailable for part of the call.');
    await expectNoLabel('Date: 2021-04-08');
  });

  it('a colon in the middle of a sentence', async () => {
    await expectNoLabel('We met him at noon: it was fine.');
    await expectNoLabel('He said this: we will respond to unfriendly steps.');
    await expectNoScope('The result was clear: a new treaty.', 'The result was clear', SCOPE.speaker);
  });

  it('a "label" longer than a name and role can be', async () => {
    await expectNoLabel('The Very Long Title Of Some Great Organisation Here: text');
    await expectNoLabel('Aaaaaaaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbb Ccccccccccccccccc: text');
  });

  it('a function-like call with a colon: Sign(sk, m):', async () => {
    await expectNoLabel('Sign(sk, m):  output  sigma <--- H(m)^alpha');
  });

  it('word-index lines of court transcripts', async () => {
    await expectNoLabel('ability 20:1,12       25:14 30:11,20        46:21 81:16');
    await expectNoLabel('         A            24:5 25:10,12         9:13 25:24');
    await expectNoLabel('        Q           rating 4:22 8:17 redeemed80:15');
    await expectNoLabel('Alito 7:12,15,16');
    await expectNoScope('ability 20:1,12       25:14 30:11,20', '20:1,12', SCOPE.timestamp);
  });

  it('court caption lines with a far-away colon', async () => {
    await expectNoLabel(' 7   FLORIDA, ET AL.                                     :');
    await expectNoLabel(' 5                  Petitioners                          :    No. 11-398');
  });

  it('a single A or Q opening an ordinary sentence', async () => {
    await expectNoLabel('A Missouri General Assembly just passed a bill.');
    await expectNoLabel('A lot of people have been waiting for this night.');
    await expectNoLabel('Q and A sessions follow each talk.');
  });

  it('a Markdown list or quote of a sentence with a colon', async () => {
    await expectNoLabel('- we said this: no');
    await expectNoLabel('> as he put it: never');
  });

  it('a clock time inside speech is not a timestamp or speaker', async () => {
    const line = 'Chris Wallace: We start at 9:00 tonight and end at 10:30.';
    await expectNoScope(line, '9:00', SCOPE.speaker);
    await expectNoScope(line, '10:30', SCOPE.timestamp);
  });
});
