/**
 * Question and answer markers and label habits of each language in the conventions table
 * (src/core/conventions/table.ts), read as a reader would: who speaks, and which turns ask.
 */
import * as assert from 'assert';
import { parseTranscript } from '../../../src/core/parse';

function read(text: string, fileName = 'doc.txt') {
  return parseTranscript(text, { fileName }).turns.map(t => [t.label, t.isQuestion ? 'Q' : t.isAnswer ? 'A' : 'speaker']);
}

describe('question and answer markers in many languages', () => {
  it('reads Spanish Pregunta/Respuesta in any case, and a question naming its asker', () => {
    assert.deepStrictEqual(read('PREGUNTA: ¿Habrá subida?\nRESPUESTA: No.\nPregunta de Ana Ruiz (El País): ¿Cuándo?\nRespuesta: En otoño.\n'),
      [['PREGUNTA', 'Q'], ['RESPUESTA', 'A'], ['Pregunta de Ana Ruiz (El País)', 'Q'], ['Respuesta', 'A']]);
  });

  it('reads the Spanish press style P. and R., and keeps P: (a research interview’s Participant) a speaker', () => {
    assert.deepStrictEqual(read('P. ¿Cómo valora los datos?\nR. Son buenos.\n'), [['P.', 'Q'], ['R.', 'A']]);
    assert.deepStrictEqual(read('I: How did you start?\nP: By accident.\n'), [['I', 'speaker'], ['P', 'speaker']]);
  });

  it('reads French markers with a space before the colon, in plain text and in bold', () => {
    assert.deepStrictEqual(read('Question : Pourquoi ?\nRéponse : Parce que.\n'), [['Question', 'Q'], ['Réponse', 'A']]);
    const md = parseTranscript('**Question :** Pourquoi ?\n\n**Dupont :** Un mot.\n', { fileName: 'doc.md' });
    assert.deepStrictEqual(md.turns.map(t => [t.speaker, t.isQuestion]), [[null, true], ['Dupont', false]]);
  });

  it('reads German, Italian, Portuguese and Russian markers, and Russian initials as a name', () => {
    assert.deepStrictEqual(read('Frage: Wie?\nAntwort: So.\nDomanda: Quando?\nRisposta: Presto.\nPergunta: Quem?\nResposta: Ele.\n'),
      [['Frage', 'Q'], ['Antwort', 'A'], ['Domanda', 'Q'], ['Risposta', 'A'], ['Pergunta', 'Q'], ['Resposta', 'A']]);
    const ru = parseTranscript('Вопрос: Как переговоры?\nС.В.Лавров: Конструктивно.\nОтвет: Продолжим.\n');
    assert.deepStrictEqual(ru.turns.map(t => [t.speaker, t.isQuestion, t.isAnswer]), [[null, true, false], ['С.В.Лавров', false, false], [null, false, true]]);
  });

  it('reads Chinese (simplified and traditional) and Japanese markers, a reporter as the asker', () => {
    assert.deepStrictEqual(read('问：有何评论？\n答：我们已表明立场。\n法新社记者：是否出席？\n問：如何回應？\n記者：下一步？\n回答：适时发布。\n質問：見通しは？\n'),
      [['问', 'Q'], ['答', 'A'], ['法新社记者', 'Q'], ['問', 'Q'], ['記者', 'Q'], ['回答', 'A'], ['質問', 'Q']]);
  });

  it('reads metadata keys in other languages as metadata, not speakers', () => {
    const t = parseTranscript('Fecha: 12 de marzo de 2024\nTítulo: La ministra defiende el presupuesto\nURL: https://example.org/e\n\nP. ¿Y la inflación?\nR. Baja.\n');
    assert.deepStrictEqual(t.turns.map(x => x.label), ['P.', 'R.']);
    assert.strictEqual(t.metadata.title, 'La ministra defiende el presupuesto');
    assert.strictEqual(t.metadata.url, 'https://example.org/e');
  });
});

describe('label shapes and the traps beside them', () => {
  it('reads Congressional Record labels ending in a full stop, not a sentence about a senator', () => {
    const t = parseTranscript('  Mr. HOLLAND. Mr. President, I rise today.\n  The PRESIDING OFFICER (Ms. Reyes). The Senator from Ohio.\n  Mr. HOLLAND addressed the Chair.\n  Ms. PARK of Ohio. Madam President.\n  Dear Chairman Holt:\n  The SPEAKER pro tempore. Without objection.\n');
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.qualifier, x.range.start.line]),
      [['Mr. HOLLAND', null, 0], ['The PRESIDING OFFICER', 'Ms. Reyes', 1], ['Ms. PARK of Ohio', null, 3], ['The SPEAKER pro tempore', null, 5]]);
    assert.strictEqual(t.turns[0].paragraphs[0].range.start.character, '  Mr. HOLLAND. '.length, 'the speech starts after the label');
  });

  it('reads (UNKNOWN), [*] NAME and two (no-break) spaces inside a label', () => {
    assert.deepStrictEqual(read('[*] MARSH: Good morning.\n\n(UNKNOWN): Thank you.\n\nMS.\u00a0\u00a0PSAKI: Hi.\n\nMS.  PSAKI: Again.\n\n>> ANNA LEE: Hello.\n'),
      [['MARSH', 'speaker'], ['(UNKNOWN)', 'speaker'], ['MS. PSAKI', 'speaker'], ['MS. PSAKI', 'speaker'], ['ANNA LEE', 'speaker']]);
  });

  it('reads a name line without colon where the transcript does so throughout, and not elsewhere', () => {
    const layout = '----------\nPRESIDENTA MARÍA TORRES\nSe abre la sesión.\n----------\nSEÑOR JUAN GÓMEZ\nGracias, presidenta.\n';
    const t = parseTranscript(layout);
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.range.start.line, x.range.end.line]), [['PRESIDENTA MARÍA TORRES', 1, 2], ['SEÑOR JUAN GÓMEZ', 4, 5]]);
    assert.deepStrictEqual(t.sections, [], 'the separators only open the names');
    // Once only, a line in capitals after a rule is a heading of the text, not a speaker.
    const once = parseTranscript('Ann Lee: Intro text here.\n----------\nCHAPTER TWO\nIt was late.\n');
    assert.deepStrictEqual(once.turns.map(x => x.label), ['Ann Lee', null]);
  });

  it('reads a name and party alone on its line, and not an interjection inside a stage direction', () => {
    const t = parseTranscript('Karl Brenner (SPD):\nDer Haushalt ist solide.\n(Beifall bei der SPD – Karl Brenner [SPD]: Richtig!)\nWir investieren.\n');
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.qualifier, x.range.end.line]), [['Karl Brenner', 'SPD', 3]]);
  });

  it('reads a bold name with company over timed paragraphs, the first time as the turn’s', () => {
    const t = parseTranscript('**Ana Ruiz - Northwind, Investor Relations**\n\n(00:00:12) Good morning.\n\n(00:00:31) With me today.\n', { fileName: 'call.md' });
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.qualifier, x.startTime, x.paragraphs.length]),
      [['Ana Ruiz', 'Northwind, Investor Relations', '00:00:12', 2]]);
  });

  it('takes none of these as labels: Inhalt, Beginn, agenda items, Fecha, Título, URL, a letter, a sentence before a quote', () => {
    const text = 'Opening remarks by the chair.\nInhalt:\nBeginn: 9.00 Uhr\nTagesordnungspunkt 4: Haushalt\nFecha: hoy\nTítulo: Algo\nURL: https://example.org\nDear Chairman Holt:\n他接着说：\n';
    assert.deepStrictEqual(parseTranscript(text).turns.map(x => x.label), [null]);
  });
});
