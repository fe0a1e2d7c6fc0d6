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
  officeParts: words('of the for state defence defense finance treasury white house executive ceo cfo affairs'),
  askingRoles: ['moderator', 'co-moderator', 'host', 'co-host', 'interviewer', 'anchor', 'presenter', 'justice', 'senator',
    'sen', 'chairman', 'chairwoman', 'chairperson', 'ranking member', 'representative', 'rep', 'congressman',
    'congresswoman', 'reporter', 'journalist'],
  announcingRoles: ['operator'],
  askingOpenings: words('what why how who whom whose which when where is are do does did can could would will should have has'),
  askingPhrases: ['i want to ask', 'i wanted to ask', 'i would like to ask', "i'd like to ask", 'my question is', 'my question was',
    'let me ask', 'i have a question', 'can you tell us', 'tell us about', 'tell me about'],
  tagQuestions: ['right', 'you know', 'yeah', 'okay', 'ok', 'huh', 'no', 'correct', 'see', 'eh', 'remember'],
  courtesies: ['thank you', 'thanks', 'yeah', 'yes', 'okay', 'ok', 'sure', 'hi', 'hello', 'good morning', 'good afternoon',
    'good evening', 'sir', "ma'am", 'mr. president', 'madam'],
  commonWords: words(`about would could should there their where which these those other think going really people right
    being because something anything thing things already still again respond response answer comment
    react reaction finish`),
  announcements: [
    // "The next question comes from the line of Mark Moerdler with Bernstein Research."
    /\bquestion (?:comes |is coming )?from (?:the line of )?(?<name>[^,.;]+?) (?:with|from|of|at) (?<firm>[^.;]+?)\s*(?:\.|,|;|$)/i,
    // "Our next question is from Jane Roe, Acme Securities."
    /\bquestion (?:comes |is )?from (?:the line of )?(?<name>[^,.;]+?), (?<firm>[^.;]+?)\s*(?:\.|;|$)/i,
    // "Next up is Jane Roe with Acme." / "We'll take the next question from Jane Roe of Acme."
    /\b(?:next|first|last|final) (?:question|caller|up)[^.]*?(?:from|is) (?<name>[^,.;]+?) (?:with|from|of|at) (?<firm>[^.;]+?)\s*(?:\.|,|;|$)/i,
    // "Our next question comes from Jane Roe." (no firm)
    /\bquestion (?:comes |is coming |is )?from (?:the line of )?(?<name>[^,.;]+?)\s*(?:\.|$)/i,
  ],
  parts: {
    first: ['first', 'firstly', 'first of all', 'one'],
    later: ['second', 'secondly', 'third', 'thirdly', 'two', 'three', 'and second', 'and secondly', 'and third'],
    continuations: ['and', 'and then', 'and also', 'and separately', 'also', 'then', 'separately', 'as well as', 'plus'],
    and: 'and',
    articles: ['the', 'a', 'an'],
  },
};
