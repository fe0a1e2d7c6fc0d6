/** Portuguese. */
import { words, type LanguageProfile } from './profile';

export const pt: LanguageProfile = {
  code: 'pt',
  franc: ['por'],
  months: [
    'janeiro jan',
    'fevereiro fev',
    'março marco mar',
    'abril abr',
    'maio mai',
    'junho jun',
    'julho jul',
    'agosto ago',
    'setembro set',
    'outubro out',
    'novembro nov',
    'dezembro dez',
  ],
  weekdays: words('segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado sabado domingo'),
  stopWords: words(`o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas
    para com sem sobre entre até desde e ou mas nem que quem qual quais quando onde como porque porquê quanto eu tu
    você vocês ele ela eles elas nós me te se lhe lhes meu minha seu sua nosso nossa este esta estes estas esse essa
    isso isto aquele aquela é são era eram foi foram ser sido está estão estava estar há têm tem ter tinha pode
    podem poderia deve devem vai vão ir não sim já muito mais menos também só todo toda todos todas outro outra
    mesmo bem então agora hoje aqui ali assim senhor senhora obrigado obrigada pergunta perguntas gostaria saber
    dizer acha
    posição opinião`),
  connectors: words('de do da dos das'),
  topicPrepositions: words('sobre acerca respeito'),
  honorifics: words('sr sra srta dr dra dom dona senhor senhora'),
  roles: words('presidente presidenta ministro ministra senador senadora deputado deputada prefeito prefeita governador governadora'),
  interpreted: ['tradução', 'interpretação', 'via intérprete', 'por intérprete', 'traduzido'],
  officeParts: words('dos das de do da negócios estrangeiros fazenda estado'),
  askingRoles: words('moderador moderadora apresentador apresentadora entrevistador entrevistadora jornalista senador senadora'),
  announcingRoles: words('operador operadora'),
  askingOpenings: ['que', 'o que', 'por que', 'porque', 'como', 'quem', 'qual', 'quais', 'quando', 'onde', 'quanto', 'quantos'],
  askingPhrases: ['quero perguntar', 'gostaria de perguntar', 'minha pergunta é', 'a minha pergunta é', 'pergunto'],
  tagQuestions: ['não', 'né', 'certo', 'verdade'],
  courtesies: ['obrigado', 'obrigada', 'sim', 'bom dia', 'boa tarde', 'olá'],
  commonWords: words('sobre porque pode todos agora então também'),
  announcements: [],
  parts: {
    first: ['primeiro', 'em primeiro lugar', 'primeira', 'por um lado'],
    later: ['segundo', 'em segundo lugar', 'segunda', 'terceiro', 'por outro lado', 'e segundo'],
    continuations: ['e', 'e depois', 'e também', 'também', 'além disso', 'depois'],
    and: 'e',
    articles: ['o', 'a', 'os', 'as'],
  },
};
