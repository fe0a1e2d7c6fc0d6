// Question and answer markers of each language in the conventions table, and the label shapes and traps of
// issue 7 §3, as the editor colours them (the same rows the parser reads).
import { SCOPE, expectNoScope, expectScope } from './tokenAssert';

const NBSP = '\u00a0';

describe('grammar: markers in many languages', () => {
  it('marks Spanish, German, Italian, Portuguese and Russian questions and answers', async () => {
    for (const word of ['Pregunta', 'PREGUNTA', 'Frage', 'Domanda', 'Pergunta', 'Вопрос']) await expectScope(`${word}: ¿Sí?`, word, SCOPE.question);
    for (const word of ['Respuesta', 'RESPUESTA', 'Antwort', 'Risposta', 'Resposta', 'Ответ']) await expectScope(`${word}: Sí.`, word, SCOPE.answer);
    await expectScope('Pregunta de Ana Ruiz (El País): ¿Cuándo?', 'Pregunta de Ana Ruiz', SCOPE.question);
  });

  it('marks Spanish P. and R., and leaves P: a speaker', async () => {
    await expectScope('P. ¿Cómo valora los datos?', 'P', SCOPE.question);
    await expectScope('R. Son buenos datos.', 'R', SCOPE.answer);
    await expectScope('P: By accident.', 'P', SCOPE.speaker);
    await expectNoScope('P: By accident.', 'P', SCOPE.question);
  });

  it('marks French markers with a space before the colon, also in bold', async () => {
    await expectScope('Question : Pourquoi ?', 'Question', SCOPE.question);
    await expectScope('Réponse : Parce que.', 'Réponse', SCOPE.answer);
    await expectScope('**Question :** Pourquoi ?', 'Question', SCOPE.question);
    await expectScope('**Dupont :** Un mot.', 'Dupont', SCOPE.speaker);
  });

  it('marks Chinese and Japanese markers and a reporter as a question, Russian initials as a speaker', async () => {
    for (const word of ['问', '問', '記者', '质问'.slice(1), '質問']) await expectScope(`${word}：请问？`, word, SCOPE.question);
    await expectScope('法新社记者：是否出席？', '法新社记者', SCOPE.question);
    await expectScope('答：我们已表明立场。', '答', SCOPE.answer);
    await expectScope('回答：适时发布。', '回答', SCOPE.answer);
    await expectScope('С.В.Лавров: Конструктивно.', 'С.В.Лавров', SCOPE.speaker);
  });

  it('marks metadata keys of other languages as metadata', async () => {
    for (const key of ['Fecha', 'Título', 'URL', 'Beginn', 'Datum', '日期']) await expectScope(`${key}: 2024`, key, SCOPE.metadataKey);
  });
});

describe('grammar: label shapes and traps', () => {
  it('marks Congressional Record labels ending in a full stop, not a sentence', async () => {
    await expectScope('  Mr. HOLLAND. Mr. President, I rise today.', 'Mr. HOLLAND', SCOPE.speaker);
    await expectScope('  The PRESIDING OFFICER (Ms. Reyes). The Senator.', 'The PRESIDING OFFICER', SCOPE.speaker);
    await expectScope('  The PRESIDING OFFICER (Ms. Reyes). The Senator.', 'Ms. Reyes', SCOPE.qualifier);
    await expectScope('  Ms. PARK of Ohio. Madam President.', 'Ms. PARK of Ohio', SCOPE.speaker);
    await expectNoScope('  Mr. HOLLAND addressed the Chair.', 'Mr. HOLLAND', SCOPE.speaker);
  });

  it('marks (UNKNOWN), [*] NAME and two no-break spaces inside a label', async () => {
    await expectScope('(UNKNOWN): Thank you.', '(UNKNOWN)', SCOPE.speaker);
    await expectScope('[*] MARSH: Good morning.', 'MARSH', SCOPE.speaker);
    await expectScope('>> ANNA LEE: Hello there.', 'ANNA LEE', SCOPE.speaker);
    await expectScope(`MS.${NBSP}${NBSP}PSAKI: Hi.`, `MS.${NBSP}${NBSP}PSAKI`, SCOPE.speaker);
  });

  it('marks a name with party alone on its line and a bold name with company', async () => {
    await expectScope('Karl Brenner (SPD):', 'Karl Brenner', SCOPE.speaker);
    await expectScope('**Ana Ruiz - Northwind, Investor Relations**', 'Ana Ruiz', SCOPE.speaker);
    await expectScope('**Ana Ruiz - Northwind, Investor Relations**', 'Northwind, Investor Relations', SCOPE.qualifier);
  });

  it('marks none of the traps as a speaker', async () => {
    for (const line of ['(Beifall bei der SPD – Karl Brenner [SPD]: Richtig!)', '他接着说：', 'Inhalt:', 'Beginn: 9.00 Uhr',
      'Tagesordnungspunkt 4: Haushalt', 'Dear Chairman Holt:', 'Fecha: hoy', 'Título: Algo', 'URL: https://example.org']) {
      const target = line.startsWith('(') ? 'Karl Brenner' : line.replace(/[:：].*$/, '');
      await expectNoScope(line, target, SCOPE.speaker);
      await expectNoScope(line, target, SCOPE.question);
    }
  });
});
