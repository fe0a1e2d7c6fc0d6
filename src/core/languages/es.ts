/** Spanish. */
import { words, type LanguageProfile } from './profile';

export const es: LanguageProfile = {
  code: 'es',
  franc: ['spa'],
  months: [
    'enero ene',
    'febrero feb',
    'marzo mar',
    'abril abr',
    'mayo may',
    'junio jun',
    'julio jul',
    'agosto ago',
    'septiembre setiembre sep sept set',
    'octubre oct',
    'noviembre nov',
    'diciembre dic',
  ],
  weekdays: words('lunes martes miércoles miercoles jueves viernes sábado sabado domingo'),
  stopWords: words(`el la los las un una unos unas lo al del de y e o u ni pero sino que qué quien quién quienes cual
    cuál cuales cuáles cuando cuándo donde dónde como cómo cuanto cuánto por porque para con sin sobre entre hasta
    desde hacia en a ante bajo tras yo tú usted ustedes él ella ellos ellas nosotros nosotras vosotros me te se nos
    os le les mi mis tu tus su sus nuestro nuestra este esta estos estas ese esa esos esas aquel aquella esto eso es
    son era eran fue fueron ser sido está están estaba estar estado ha han había hay haber hecho hace hacer puede
    pueden podría debe deben va van ir tiene tienen tener no sí ya muy más menos también tampoco solo sólo todo toda
    todos todas otro otra otros otras mismo misma bien entonces ahora hoy aquí allí así usted señor señora señores
    gracias pregunta preguntas quisiera querría quiero saber decir dice dijo piensa cree opina respecto
    posición opinión valoración postura`),
  connectors: words('de del la las los el para'),
  topicPrepositions: words('sobre acerca respecto'),
  honorifics: words('sr sra srta don doña d dña señor señora'),
  roles: words(`presidente presidenta vicepresidente vicepresidenta ministro ministra secretario secretaria diputado
    diputada senador senadora alcalde alcaldesa canciller portavoz gobernador gobernadora consejero consejera
    embajador embajadora`),
  interpreted: ['traducción', 'interpretación', 'mediante intérprete', 'a través de intérprete', 'vía intérprete', 'traducido'],
  officeParts: words('de del asuntos exteriores hacienda estado'),
  askingRoles: words(`moderador moderadora entrevistador entrevistadora presentador presentadora periodista senador
    senadora magistrado magistrada`),
  announcingRoles: words('operador operadora'),
  askingOpenings: ['qué', 'por qué', 'cómo', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuándo', 'dónde', 'cuánto', 'cuánta'],
  askingPhrases: ['quiero preguntar', 'quisiera preguntar', 'mi pregunta es', 'le pregunto'],
  tagQuestions: ['no', 'verdad', 'eh', 'vale', 'sabes'],
  courtesies: ['gracias', 'sí', 'buenos días', 'buenas tardes', 'hola'],
  commonWords: words('sobre porque puede tiene todos ahora entonces también'),
  announcements: [],
  parts: {
    first: ['primero', 'en primer lugar', 'por un lado', 'la primera'],
    later: ['segundo', 'en segundo lugar', 'por otro lado', 'la segunda', 'tercero', 'en tercer lugar', 'y segundo'],
    continuations: ['y', 'y luego', 'y también', 'también', 'además', 'luego'],
    and: 'y',
    articles: words('el la los las'),
  },
};
