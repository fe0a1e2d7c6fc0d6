/** English. Topic stop words for English live with the English topic extractor (src/core/topics/stopwords.ts). */
import { words, type LanguageProfile } from './profile';

export const en: LanguageProfile = {
  code: 'en',
  franc: ['eng', 'sco'],
  months: [
    'january jan',
    'february feb',
    'march mar',
    'april apr',
    'may',
    'june jun',
    'july jul',
    'august aug',
    'september sep sept',
    'october oct',
    'november nov',
    'december dec',
  ],
  weekdays: words('monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun'),
  stopWords: words(`a an the this that these those i me my we us our you your he him his she her it its they them their
    what which who whom whose when where why how whether is am are was were be been being do does did have has had
    will would shall should can could may might must not no and or but if then than so because as of in on at by for
    with about to from into over there here all any some more most very just also please thank thanks question`),
  connectors: words('of for on and the'),
  topicPrepositions: words('about regarding concerning on'),
  honorifics: words('mr mrs ms miss mx dr prof sir dame rev hon lord lady madam mister'),
  roles: words(`president vice senator sen governor gov mayor secretary minister prime deputy foreign chancellor justice
    judge chief general chairman chairwoman chair speaker ambassador commissioner representative rep congressman
    congresswoman councilmember councilman councilwoman director admiral colonel captain lieutenant sergeant officer
    agent attorney detective king queen prince princess pope professor press first lady leader majority minority
    spokesperson spokesman spokeswoman premier`),
  interpreted: ['as interpreted', 'interpreted', 'interpretation', 'via interpreter', 'via an interpreter',
    'through an interpreter', 'through interpreter', 'through a translator', 'via translator', 'as translated',
    'translated', 'translation', 'speaking through an interpreter', 'in translation'],
};
