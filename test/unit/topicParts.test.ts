/**
 * Questions with several parts keep every part's subject in their topic (`tariffs and the border`), in each language
 * with a profile; questions with one subject, and words that only look like parts, keep the one topic they had.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGE_PROFILES } from '../../src/core/languages';
import { parseTranscript } from '../../src/core/parse';
import { topicLabel } from '../../src/core/topics';

const SEVERAL_PARTS: { language: string; question: string; topic: string }[] = [
  { language: 'en', question: 'Mr. President, on tariffs, and then on the border: what will you tell the Prime Minister tomorrow?', topic: 'tariffs and the border' },
  { language: 'en', question: 'I have two questions. First, on tariffs — will you raise them on Canadian steel? Second, what is your plan for the border?', topic: 'tariffs and the border' },
  { language: 'en', question: 'Did you agree on the price and on the timetable for the pipeline?', topic: 'price and the timetable' },
  { language: 'de', question: 'Herr Minister, eine Frage zu den Zöllen und dann zu der Grenze: Was sagen Sie?', topic: 'Zöllen und der Grenze' },
  { language: 'de', question: 'Zwei Fragen: Erstens, wie hoch werden die Zölle auf Stahl? Zweitens, wann öffnet die Grenze wieder?', topic: 'Zölle und die Grenze' },
  { language: 'es', question: 'Dos preguntas: primero, ¿subirán los aranceles del acero? Segundo, ¿cuándo se abrirá la frontera?', topic: 'aranceles y la frontera' },
  { language: 'es', question: 'Señor ministro, sobre los aranceles, y luego sobre la frontera, ¿qué dirá usted mañana?', topic: 'aranceles y la frontera' },
  { language: 'fr', question: 'Monsieur le ministre, sur les tarifs douaniers, et puis sur la frontière, que direz-vous ?', topic: 'tarifs douaniers et la frontière' },
  { language: 'it', question: 'Signor ministro, sui dazi, e poi sul confine: che cosa dirà domani?', topic: 'dazi e confine' },
  { language: 'pt', question: 'Duas perguntas: primeiro, as tarifas sobre o aço vão subir? Segundo, quando a fronteira vai reabrir?', topic: 'tarifas e a fronteira' },
  { language: 'ru', question: 'Два вопроса. Во-первых, о пошлинах на сталь. Во-вторых, о границе: когда её откроют?', topic: 'пошлинах и границе' },
  { language: 'zh', question: '我有两个问题。第一，关于关税，美国会提高钢铁关税吗？第二，关于边境，什么时候重新开放？', topic: '关税和边境' },
  { language: 'ja', question: 'まず、関税について伺います。引き上げるのでしょうか。次に、国境についてです。いつ再開しますか。', topic: '関税と国境' },
];

describe('topics of questions with several parts', () => {
  for (const { language, question, topic } of SEVERAL_PARTS) {
    it(`${language}: ${question.slice(0, 60)} → ${topic}`, () => assert.equal(topicLabel(question, { language }), topic));
  }

  it('covers every language with a profile, and each profile says how to join two topics', () => {
    for (const profile of LANGUAGE_PROFILES) {
      assert.ok(SEVERAL_PARTS.some(c => c.language === profile.code), profile.code);
      assert.ok(profile.parts.and.length > 0 && profile.parts.first.length > 0 && profile.parts.later.length > 0, profile.code);
    }
  });

  it('keeps one topic where the words only look like parts', () => {
    // One subject; `on` twice without a second subject; a `second` with no `first` (Italian `secondo lei` is "in your view").
    assert.equal(topicLabel('What is your position on the price of electricity?'), 'price of electricity');
    assert.equal(topicLabel('We will go on and on about this. What about the deficit?'), 'deficit');
    assert.equal(topicLabel('Secondo lei, il governo cadrà?', { language: 'it' }), 'governo cadrà');
    // The first subject must follow the first preposition: "work on the protocol and on nodes" is one clause, not two subjects.
    const aside = [
      'Yeah, that is great. You will not need a lightning wallet inside every app.',
      'You just connect to a wallet, and it feels to the user like an integrated wallet.',
      'So, as people who work on the protocol and on nodes a lot, are you following this stuff? Is this on your radar?',
    ].join('\n');
    assert.match(topicLabel(aside), /^lightning wallet/);
    assert.doesNotMatch(topicLabel(aside), / and /);
  });

  it('gives both parts when the label may have three words or more, never a cut-off join', () => {
    const question = 'On tariffs, and then on the border: what will you tell the Prime Minister?';
    assert.equal(topicLabel(question, { maxWords: 3 }), 'tariffs and border');
    assert.equal(wordsOf(topicLabel(question, { maxWords: 2 })).length <= 2, true);
    assert.doesNotMatch(topicLabel(question, { maxWords: 2 }), / and$/);
  });

  it('names both subjects of the fixtures\' questions with parts, and one of the question with one subject', () => {
    const topics = (name: string) => {
      const text = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/parse', name), 'utf8');
      return parseTranscript(text, { fileName: name }).exchanges.map(e => e.topic);
    };
    assert.deepEqual(topics('multi-part-questions.txt'), ['tariffs and the border', 'harbour tunnel and rail link', 'price of electricity']);
    assert.deepEqual(topics('multi-part-questions.zh.txt'), ['关税和边境', '港口隧道和铁路']);
  });

  it('names both subjects in the outline of a press conference, for marked and inferred questions alike', () => {
    const marked = parseTranscript([
      'Question: Prime Minister, two questions. First, on tariffs: will you raise them? Second, on the border: when will it reopen?', '',
      'Elena Marsh: Not this year, and in the spring.',
    ].join('\n'), { fileName: 'press.txt' });
    assert.deepEqual(marked.exchanges.map(e => e.topic), ['tariffs and the border']);
    const inferred = parseTranscript([
      'MODERATOR: Good evening. On tariffs, and then on the border: what will you do in your first month?', '',
      'Marcus Hale: Lower the first and open the second.', '',
      'MODERATOR: And what about the water supply?', '', 'Marcus Hale: We will build a reservoir.',
    ].join('\n'), { fileName: 'debate.txt' });
    assert.deepEqual(inferred.exchanges.map(e => e.topic), ['tariffs and the border', 'water supply']);
  });
});

function wordsOf(label: string): string[] {
  return label.split(/\s+/u).filter(word => word.length > 0);
}
