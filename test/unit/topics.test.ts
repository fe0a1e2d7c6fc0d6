import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FALLBACK_TOPIC, topicLabel } from '../../src/core/topics';

/** A question and the label a reader would accept (one, or any of a few). */
interface Case {
  question: string;
  expected: string | string[];
}

function expectLabel({ question, expected }: Case): void {
  const accepted = typeof expected === 'string' ? [expected] : expected;
  const label = topicLabel(question);
  assert.ok(accepted.includes(label), `"${label}" is not one of ${JSON.stringify(accepted)} for: ${question}`);
}

function wordsOf(label: string): string[] {
  return label.split(/\s+/u).filter((word) => word.length > 0);
}

// Taken from the corpus's example press conference (Lavrov, Nur-Sultan, 8 April 2021).
const pressConference: Case[] = [
  {
    question: 'On Wednesday, Defence News reported that the United States had sent a diplomatic note to its partners in late March. '
      + "The document says that Washington's return to the Open Skies Treaty, which Russia allegedly continues to violate, will send "
      + 'the wrong message to Moscow and undermine the US position on arms control. What do you have say about this? '
      + 'Do you think the United States will return to the treaty?',
    expected: 'Open Skies Treaty',
  },
  {
    question: 'In Russia, COVID-certificates will be bound to foreign travel passports. Kazakhstan will also adopt electronic '
      + 'vaccination passports. Are there any plans to introduce a single vaccination passport in the EAEU countries? If not, '
      + 'will such passports of the EAEU member states be mutually recognised?',
    expected: ['vaccination passport', 'vaccination passports'],
  },
  {
    question: 'It is taking the European regulator much more than a month to register Sputnik V. Is it possible to create an '
      + 'international mechanism, for example, at the WHO, so as to avoid procrastination and to have common criteria?',
    expected: ['Sputnik V', 'international mechanism'],
  },
  {
    question: 'Victory Day is just around the corner. Do you know if the traditional parade will be held on Red Square this year? '
      + 'If so, will foreign leaders, including from Kazakhstan, be invited to attend it?',
    expected: ['Victory Day', 'traditional parade', 'Red Square'],
  },
];

// Taken from the corpus's White House briefing (hard-wrapped) and earnings call.
const briefingAndCall: Case[] = [
  { question: 'A question on Brittney Griner.  Does the White House have a response on her\ndetention being extended?', expected: 'Brittney Griner' },
  { question: 'And then I have a follow-up on Title 42.', expected: 'Title 42' },
  { question: 'Will President Biden address the abortion rally tomorrow?', expected: 'abortion rally' },
  { question: 'Back on the issue of the formula shortage.', expected: 'formula shortage' },
  {
    question: "Congrats from me as well. I had one question on Copilot, and I'm obviously a happy user here at Barclays. "
      + 'Where is the -- what are you seeing in your customer conversations, Satya, about like that understanding that '
      + 'Copilot is actually just the starting point?',
    expected: 'Copilot',
  },
];

// Written in the corpus's styles.
const ownQuestions: Case[] = [
  {
    question: 'Mr. Lavrov, could you please comment on the situation around the Nord Stream 2 pipeline? Will Germany suspend the project?',
    expected: ['Nord Stream 2 pipeline', 'Nord Stream 2'],
  },
  { question: 'My question is about vaccination passports. Do you think they will be introduced this summer?', expected: 'vaccination passports' },
  { question: 'Jen, what is the President\u2019s message to families struggling with the baby formula shortage?', expected: 'baby formula shortage' },
  { question: 'There were reports today about the so-called \u201cBuild Back Better\u201d plan. Is that dead?', expected: 'Build Back Better' },
  { question: 'Good afternoon. Thank you for the opportunity. My question is about the Caspian Sea. When will the convention be ratified?', expected: 'Caspian Sea' },
  { question: 'Mr. Minister, what will you discuss with Secretary Blinken at the Arctic Council meeting?', expected: ['Arctic Council meeting', 'Arctic Council'] },
  { question: 'Mr. Minister, the United States has announced new sanctions over the SolarWinds hack. How will Moscow respond?', expected: ['SolarWinds hack', 'sanctions'] },
  { question: 'Satya, can you talk about the demand signals you\u2019re seeing for Azure AI Foundry?', expected: 'Azure AI Foundry' },
  { question: 'Amy, maybe on margins. How should we think about operating margins next year as the Azure mix shifts?', expected: 'operating margins' },
  { question: 'Is the U.S. going to rejoin the JCPOA this year?', expected: 'JCPOA' },
  { question: 'Last week the EU extended its sanctions. Are you ready to discuss the Minsk agreements with Brussels?', expected: 'Minsk agreements' },
  { question: 'And on the debt ceiling \u2014 does the President think Congress will raise it before the deadline?', expected: 'debt ceiling' },
  { question: 'Can you give us an update on the vaccine rollout in rural areas?', expected: 'vaccine rollout' },
  { question: 'Reuters reported that the European Medicines Agency will start a rolling review of Sputnik V. Can you confirm this?', expected: ['Sputnik V', 'rolling review', 'European Medicines Agency'] },
  { question: 'Thank you, Jen. On Ukraine, is the administration considering sending additional air defense systems?', expected: ['Ukraine', 'air defense systems'] },
  // No question mark: the whole text is the asked part.
  { question: 'I wanted to follow up on the Abbott plant in Michigan', expected: ['Abbott plant', 'Michigan'] },
  // Capitals as typed by some transcribers: the label keeps them.
  { question: 'MR. PRESIDENT, WHAT IS YOUR RESPONSE TO THE NEW TARIFFS ON STEEL IMPORTS?', expected: ['TARIFFS', 'STEEL IMPORTS'] },
];

// Scripts without spaces between words.
const unspaced: Case[] = [
  { question: '你怎么使用 CAT 来分割数据呢？', expected: '使用 CAT 来分割数据' },
  { question: '一部分讨论是重新引入一个操作码，叫做 \u201cOP_CAT\u201d。你们能不能讲讲这会有什么影响？', expected: 'OP_CAT' },
  { question: '那么，你们能不能多谈谈，在设计限制条款的时候，哪些因素会导致搬起石头砸自己的脚？', expected: '在设计限制条款的时候' },
  { question: 'すみません、新しい経済対策について、どう思いますか？', expected: '新しい経済対策について' },
];

describe('topicLabel', () => {
  describe('finds the phrase a reader would recognise', () => {
    for (const item of [...pressConference, ...briefingAndCall, ...ownQuestions, ...unspaced]) {
      it(item.question.slice(0, 70), () => expectLabel(item));
    }
  });

  describe('chooses between candidates as a reader would', () => {
    it('does not take the person addressed for the topic', () => {
      assert.equal(topicLabel('Mr. Lavrov, what about the Iran nuclear deal?'), 'Iran nuclear deal');
      assert.equal(topicLabel('Satya and Amy, how durable is the cloud migration trend?'), 'cloud migration trend');
    });

    it('prefers the object of "about" to the opening small talk', () => {
      assert.equal(topicLabel('Congratulations on a great quarter. I wanted to ask about the gaming business.'), 'gaming business');
    });

    it('does not take a news source for the topic', () => {
      assert.equal(topicLabel('Bloomberg reported that the talks on grain exports have stalled. Can you comment?'), 'grain exports');
    });

    it('lowercases a common noun that only opens a sentence, keeps the casing of names', () => {
      assert.equal(topicLabel('Vaccination certificates are discussed in Brussels. Will vaccination certificates be required?'), 'vaccination certificates');
      assert.equal(topicLabel('Bloomberg News has a new owner. What do you know about Bloomberg News?'), 'Bloomberg News');
    });

    it('keeps a currency sign and an acronym\u2019s final period', () => {
      assert.equal(topicLabel('What will the $40 billion aid package for Ukraine change?'), '$40 billion aid package');
      assert.equal(topicLabel('What do you make of the U.S.?'), 'U.S.');
    });

    it('ignores stage directions', () => {
      assert.equal(topicLabel('(Cross-talk by reporters.)'), FALLBACK_TOPIC);
      assert.equal(topicLabel('Can you say more about the (inaudible) summit in Madrid?'), 'summit');
    });
  });

  describe('edge cases', () => {
    it('falls back to "question" for empty text, punctuation and pure courtesy', () => {
      for (const text of ['', '   \n ', '?!...', '\u2014 \u2014', 'What do you think?', 'Thank you.', '\uff1f\u3002']) {
        assert.equal(topicLabel(text), FALLBACK_TOPIC, JSON.stringify(text));
      }
    });

    it('falls back to the first content words when nothing stands out', () => {
      assert.equal(topicLabel('Jen?'), 'Jen');
    });

    it('respects maxWords and clamps nonsense values', () => {
      const question = 'What is the status of the Missouri General Assembly Police Funding Bill of Rights Act?';
      for (const maxWords of [1, 2, 3]) assert.ok(wordsOf(topicLabel(question, { maxWords })).length <= maxWords);
      for (const maxWords of [0, -3, Number.NaN, 2.7]) {
        const words = wordsOf(topicLabel(question, { maxWords }));
        assert.ok(words.length >= 1 && words.length <= 5, `${maxWords}: ${words.join(' ')}`);
      }
    });

    it('reads a 100,000-character question in linear time', () => {
      const sentence = 'Mr. Lavrov, what about the \u201cOpen Skies Treaty\u201d and the U.S. position on arms control? ';
      const texts = [
        sentence.repeat(Math.ceil(100_000 / sentence.length)),
        'a'.repeat(100_000),
        "'-.&".repeat(25_000),
        '\u201c'.repeat(100_000),
        'Mr. '.repeat(25_000),
        '\u9650\u5236\uff0c'.repeat(33_334),
        '\u201c\u9650'.repeat(50_000),
      ];
      for (const text of texts) {
        const started = process.hrtime.bigint();
        const label = topicLabel(text);
        const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
        assert.ok(wordsOf(label).length >= 1 && wordsOf(label).length <= 5, label);
        // Generous: a quadratic step would take seconds to minutes here.
        assert.ok(milliseconds < 1000, `${milliseconds} ms for ${JSON.stringify(text.slice(0, 20))}...`);
      }
    });

    it('gives the same label every time', () => {
      const question = pressConference[0].question;
      assert.equal(topicLabel(question), topicLabel(question));
    });

    it('prints nothing', () => {
      const saved = { log: console.log, warn: console.warn, error: console.error, write: process.stdout.write };
      const printed: unknown[] = [];
      console.log = console.warn = console.error = (...args: unknown[]) => { printed.push(args); };
      process.stdout.write = ((chunk: unknown) => { printed.push(chunk); return true; }) as typeof process.stdout.write;
      try {
        for (const item of [...pressConference, ...unspaced]) topicLabel(item.question);
        topicLabel('');
      } finally {
        Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error });
        process.stdout.write = saved.write;
      }
      assert.deepEqual(printed, []);
    });
  });

  describe('properties', () => {
    const tidy = (label: string) => label === label.trim() && !/\s\s/u.test(label) && !/^[,;:!?()"\u201c\u201d\u2014-]/u.test(label);
    const pieces = fc.constantFrom(
      'Open', 'Skies', 'Treaty', 'the', 'vaccination', 'passports', 'Mr.', 'Jen', ',', '.', '?', '!', '\u201c', '\u201d', '"',
      "don't", "Russia's", 'U.S.', '$10', 'billion', '\u2014', '(inaudible)', 'on', 'about', 'will', '\n', '\u00a0',
      '\u9650\u5236', '\u6761\u6b3e', '\uff0c', '\uff1f', '\u3002', 'CAT', '\u3059\u307f\u307e\u305b\u3093', '\u3001',
    );
    const transcriptLike = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' '));

    it('never throws and returns 1..maxWords words for any string', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), transcriptLike),
        fc.integer({ min: 1, max: 8 }),
        (text, maxWords) => {
          const label = topicLabel(text, { maxWords });
          const count = wordsOf(label).length;
          return count >= 1 && count <= maxWords && tidy(label);
        },
      ), { numRuns: 2000 });
    });

    it('uses the default of at most five words', () => {
      fc.assert(fc.property(transcriptLike, (text) => {
        const count = wordsOf(topicLabel(text)).length;
        return count >= 1 && count <= 5;
      }));
    });
  });
});
