/**
 * Language profiles: the transcript's language (declared in front matter, else detected by franc), and topic
 * labels read with that language's stop words, accented words and other scripts included.
 */
import * as assert from 'node:assert/strict';
import { detectLanguage, LANGUAGE_PROFILES, languageProfile } from '../../src/core/languages';
import { parseTranscript } from '../../src/core/parse';
import { topicLabel } from '../../src/core/topics';

const GERMAN = [
  'Pressekonferenz zur Energiepolitik', '',
  'Olaf Scholz: Guten Tag, meine Damen und Herren. Die Bundesregierung hat heute beschlossen, dass die Maßnahmen zur Sicherung der Energieversorgung bis zum Frühjahr verlängert werden.', '',
  'Frage: Herr Bundeskanzler, wie geht es weiter mit den Gaspreisen und der Energieversorgung im Winter?', '',
  'Olaf Scholz: Wir werden die Entwicklung sehr genau beobachten und rechtzeitig handeln.', '',
].join('\n');

describe('language profiles', () => {
  it('has a profile for each language the issue names, found by code, region, franc code or name', () => {
    assert.deepEqual(LANGUAGE_PROFILES.map(p => p.code), ['en', 'de', 'es', 'fr', 'it', 'pt', 'ru', 'zh', 'ja']);
    assert.equal(languageProfile('de-AT')?.code, 'de');
    assert.equal(languageProfile('cmn')?.code, 'zh');
    assert.equal(languageProfile('Español')?.code, 'es');
    assert.equal(languageProfile('xx'), undefined);
    for (const profile of LANGUAGE_PROFILES) assert.ok(profile.stopWords.every(w => w === w.toLowerCase()), profile.code);
  });

  it('detects the language of speech, and says nothing about a sample too short to tell', () => {
    assert.equal(detectLanguage('Die Bundesregierung hat heute beschlossen, dass die Maßnahmen zur Energieversorgung im Winter verlängert werden.'), 'de');
    assert.equal(detectLanguage('¿Cuál es la posición del gobierno sobre la reforma de las pensiones? Muchas gracias por la pregunta, señor ministro.'), 'es');
    assert.equal(detectLanguage('这是一个关于比特币的问题，我们应该怎么办？我认为这个问题非常重要，需要仔细考虑一下各种各样的因素。'), 'zh');
    assert.equal(detectLanguage('Hello.'), null);
    // Unaccented text is taken as English without franc only when English function words fill it.
    assert.equal(detectLanguage('Il governo ha deciso di aumentare le tasse per le imprese che non rispettano le regole sul lavoro nel paese, e il ministro ha detto che la misura sara votata domani.'), 'it');
    assert.equal(detectLanguage('We had very constructive and fruitful talks. The ministers discussed the situation in the region and the plans for the next year.'), 'en');
  });

  it('puts the language in the model: front matter first, else detected from the turns', () => {
    assert.equal(parseTranscript(GERMAN, { fileName: 'pk.txt' }).metadata.language, 'de');
    const declared = parseTranscript(`---\nlang: fr-FR\n---\n\n${GERMAN}`, { fileName: 'pk.md' });
    assert.equal(declared.metadata.language, 'fr');
    assert.equal(parseTranscript('A: Hi.\n', { fileName: 'x.txt' }).metadata.language, null);
  });

  it("labels a German question's topic with German stop words, not with the addressee", () => {
    const t = parseTranscript(GERMAN.replace('Frage:', 'Q:'), { fileName: 'pk.txt' });
    assert.equal(t.exchanges.length, 1);
    assert.equal(t.exchanges[0].topic, 'Energieversorgung');
  });

  it('labels questions in Spanish, French, Italian, Portuguese and Russian by their subject', () => {
    const cases: Array<[string, string, string]> = [
      ['es', 'Señor ministro, ¿cuál es la posición del gobierno sobre la reforma de las pensiones?', 'reforma de las pensiones'],
      ['fr', 'Monsieur le Président, que pensez-vous de la réforme des retraites ?', 'réforme des retraites'],
      ['it', 'Ministro, qual è la posizione del governo sulla riforma delle pensioni?', 'riforma delle pensioni'],
      ['pt', 'Senhor ministro, o que acha da reforma da previdência?', 'reforma da previdência'],
      ['ru', 'Сергей Викторович, как вы оцениваете ситуацию с зерновой сделкой?', 'зерновой сделкой'],
      ['de', 'Was ist Ihre Meinung über die Reform der Schuldenbremse?', 'Reform der Schuldenbremse'],
    ];
    for (const [language, question, topic] of cases) assert.equal(topicLabel(question, { language }), topic, language);
  });

  it('keeps English topics as they were, with or without the language given', () => {
    assert.equal(topicLabel('Will the United States return to the Open Skies Treaty?', { language: 'en' }), 'Open Skies Treaty');
    assert.equal(topicLabel('Will the United States return to the Open Skies Treaty?'), 'Open Skies Treaty');
  });
});
