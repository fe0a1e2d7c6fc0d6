/** French. */
import { words, type LanguageProfile } from './profile';

export const fr: LanguageProfile = {
  code: 'fr',
  franc: ['fra'],
  months: [
    'janvier janv',
    'février fevrier févr fevr',
    'mars',
    'avril avr',
    'mai',
    'juin',
    'juillet juil',
    'août aout',
    'septembre sept',
    'octobre oct',
    'novembre nov',
    'décembre decembre déc',
  ],
  weekdays: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  stopWords: words(`le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi quel quelle quels
    quelles quand où comment pourquoi combien je j tu il elle on nous vous ils elles me m te t se s lui leur leurs
    mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces cela ça ceci est sont était étaient été
    être a ont avait avaient avoir fait faire peut peuvent pourrait doit doivent va vont aller ne pas plus moins
    non oui très aussi déjà encore toujours tout toute tous toutes autre autres même bien alors maintenant
    aujourd'hui ici là dans en sur sous avec sans pour par entre vers chez depuis pendant selon monsieur madame
    messieurs mesdames merci question questions pensez-vous pensez dire dit savoir voudrais aimerais est-ce y
    position avis opinion`),
  connectors: words('de des du la le les d'),
  topicPrepositions: words('sur concernant quant'),
  honorifics: words('m mme mlle me monsieur madame mademoiselle'),
  roles: words(`président présidente ministre premier première sénateur sénatrice député députée maire porte-parole
    ambassadeur ambassadrice secrétaire chancelier chancelière`),
  interpreted: ['interprétation', 'traduction', 'par interprète', 'via un interprète', 'traduit'],
  officeParts: words('des de du étrangères affaires finances état'),
  askingRoles: words(`modérateur modératrice présentateur présentatrice animateur animatrice intervieweur intervieweuse
    journaliste sénateur sénatrice`),
  announcingRoles: words('opérateur opératrice'),
  askingOpenings: ['que', "qu'est-ce", 'pourquoi', 'comment', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'quand', 'où', 'combien', 'est-ce'],
  askingPhrases: ['je voudrais vous demander', 'je veux vous demander', 'ma question est', 'ma question porte'],
  tagQuestions: ['non', 'hein', "n'est-ce pas", 'voilà', 'tu vois', 'vous voyez'],
  courtesies: ['merci', 'oui', 'bonjour', 'bonsoir'],
  commonWords: words('cette votre notre comme aussi alors parce toujours quelque'),
  announcements: [],
  parts: {
    first: ['premièrement', "d'abord", "tout d'abord", "d'une part", 'premier point'],
    later: ['deuxièmement', 'troisièmement', "d'autre part", 'ensuite', 'second point', 'deuxième point', 'et deuxièmement'],
    continuations: ['et', 'et puis', 'et aussi', 'puis', 'aussi', 'ensuite'],
    and: 'et',
    articles: ['le', 'la', 'les', "l'"],
  },
};
