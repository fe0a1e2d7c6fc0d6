/**
 * Role words in speaker labels and the words that mark a turn as asking, per language: data, not code.
 * Until the language profiles (src/core/languages/) exist these tables live here; each entry is keyed
 * by language so it can move to its profile unchanged.
 */

/**
 * What a role word says about the person: `asks` (moderators, justices, members questioning a witness,
 * interviewers, reporters), `announces` (an earnings call's operator, who hands the line to each analyst).
 */
export type RoleKind = 'asks' | 'announces';

export interface RoleWord {
  /** The word or words as they appear in a label, compared without case. */
  word: string;
  kind: RoleKind;
  /** Short name of the role for the Outline detail (`moderator`, `justice`). */
  role: string;
}

/** Role words by language (ISO 639-1). Labels are matched against every language: a French label can appear in an English file. */
export const ROLE_WORDS: Record<string, readonly RoleWord[]> = {
  en: [
    { word: 'moderator', kind: 'asks', role: 'moderator' },
    { word: 'co-moderator', kind: 'asks', role: 'moderator' },
    { word: 'host', kind: 'asks', role: 'host' },
    { word: 'co-host', kind: 'asks', role: 'host' },
    { word: 'interviewer', kind: 'asks', role: 'interviewer' },
    { word: 'anchor', kind: 'asks', role: 'anchor' },
    { word: 'presenter', kind: 'asks', role: 'presenter' },
    { word: 'justice', kind: 'asks', role: 'justice' },
    { word: 'senator', kind: 'asks', role: 'senator' },
    { word: 'sen.', kind: 'asks', role: 'senator' },
    { word: 'chairman', kind: 'asks', role: 'chair' },
    { word: 'chairwoman', kind: 'asks', role: 'chair' },
    { word: 'chairperson', kind: 'asks', role: 'chair' },
    { word: 'ranking member', kind: 'asks', role: 'ranking member' },
    { word: 'representative', kind: 'asks', role: 'representative' },
    { word: 'rep.', kind: 'asks', role: 'representative' },
    { word: 'congressman', kind: 'asks', role: 'representative' },
    { word: 'congresswoman', kind: 'asks', role: 'representative' },
    { word: 'reporter', kind: 'asks', role: 'reporter' },
    { word: 'journalist', kind: 'asks', role: 'reporter' },
    { word: 'operator', kind: 'announces', role: 'operator' },
  ],
  de: [
    { word: 'moderator', kind: 'asks', role: 'Moderator' },
    { word: 'moderatorin', kind: 'asks', role: 'Moderatorin' },
    { word: 'interviewer', kind: 'asks', role: 'Interviewer' },
    { word: 'interviewerin', kind: 'asks', role: 'Interviewerin' },
    { word: 'gastgeber', kind: 'asks', role: 'Gastgeber' },
    { word: 'gastgeberin', kind: 'asks', role: 'Gastgeberin' },
    { word: 'vorsitzender', kind: 'asks', role: 'Vorsitzender' },
    { word: 'vorsitzende', kind: 'asks', role: 'Vorsitzende' },
    { word: 'reporter', kind: 'asks', role: 'Reporter' },
    { word: 'reporterin', kind: 'asks', role: 'Reporterin' },
  ],
  es: [
    { word: 'moderador', kind: 'asks', role: 'moderador' },
    { word: 'moderadora', kind: 'asks', role: 'moderadora' },
    { word: 'entrevistador', kind: 'asks', role: 'entrevistador' },
    { word: 'entrevistadora', kind: 'asks', role: 'entrevistadora' },
    { word: 'presentador', kind: 'asks', role: 'presentador' },
    { word: 'presentadora', kind: 'asks', role: 'presentadora' },
    { word: 'periodista', kind: 'asks', role: 'periodista' },
    { word: 'senador', kind: 'asks', role: 'senador' },
    { word: 'senadora', kind: 'asks', role: 'senadora' },
    { word: 'operador', kind: 'announces', role: 'operador' },
    { word: 'operadora', kind: 'announces', role: 'operadora' },
  ],
  fr: [
    { word: 'modérateur', kind: 'asks', role: 'modérateur' },
    { word: 'modératrice', kind: 'asks', role: 'modératrice' },
    { word: 'présentateur', kind: 'asks', role: 'présentateur' },
    { word: 'présentatrice', kind: 'asks', role: 'présentatrice' },
    { word: 'animateur', kind: 'asks', role: 'animateur' },
    { word: 'animatrice', kind: 'asks', role: 'animatrice' },
    { word: 'intervieweur', kind: 'asks', role: 'intervieweur' },
    { word: 'journaliste', kind: 'asks', role: 'journaliste' },
    { word: 'sénateur', kind: 'asks', role: 'sénateur' },
    { word: 'sénatrice', kind: 'asks', role: 'sénatrice' },
    { word: 'opérateur', kind: 'announces', role: 'opérateur' },
    { word: 'opératrice', kind: 'announces', role: 'opératrice' },
  ],
  zh: [
    { word: '主持人', kind: 'asks', role: '主持人' },
    { word: '记者', kind: 'asks', role: '记者' },
    { word: '記者', kind: 'asks', role: '記者' },
    { word: '采访者', kind: 'asks', role: '采访者' },
    { word: '主席', kind: 'asks', role: '主席' },
  ],
  ja: [
    { word: '司会', kind: 'asks', role: '司会' },
    { word: '司会者', kind: 'asks', role: '司会者' },
    { word: '聞き手', kind: 'asks', role: '聞き手' },
    { word: 'インタビュアー', kind: 'asks', role: 'インタビュアー' },
  ],
};

/**
 * Front-matter keys that name the people who ask (`host: Jane Roe`) or those who answer (`guests:`).
 * Keys are compared without case.
 */
export const ASKER_KEYS: readonly string[] = ['host', 'hosts', 'moderator', 'moderators', 'interviewer', 'interviewers', 'anchor'];
export const ANSWERER_KEYS: readonly string[] = ['guest', 'guests', 'interviewee', 'interviewees', 'panelists', 'witness', 'witnesses'];

/**
 * Openings and phrases that make a turn ask even without a question mark, by language.
 * Matched at the start of a sentence (openings) or anywhere in the turn's first and last words (phrases).
 */
export interface AskingWords {
  openings: readonly string[];
  phrases: readonly string[];
}

export const ASKING_WORDS: Record<string, AskingWords> = {
  en: {
    openings: ['what', 'why', 'how', 'who', 'whom', 'whose', 'which', 'when', 'where', 'is', 'are', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'have', 'has'],
    phrases: ['i want to ask', 'i wanted to ask', 'i would like to ask', "i'd like to ask", 'my question is', 'my question was', 'let me ask', 'i have a question', 'can you tell us', 'tell us about', 'tell me about'],
  },
  de: {
    openings: ['was', 'warum', 'wieso', 'weshalb', 'wie', 'wer', 'wen', 'wem', 'welche', 'welcher', 'welches', 'wann', 'wo', 'woher', 'wohin'],
    phrases: ['ich möchte fragen', 'meine frage ist', 'meine frage lautet', 'ich frage sie'],
  },
  es: {
    openings: ['qué', 'por qué', 'cómo', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuándo', 'dónde', 'cuánto', 'cuánta'],
    phrases: ['quiero preguntar', 'quisiera preguntar', 'mi pregunta es', 'le pregunto'],
  },
  fr: {
    openings: ['que', "qu'est-ce", 'pourquoi', 'comment', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'quand', 'où', 'combien', 'est-ce'],
    phrases: ['je voudrais vous demander', 'je veux vous demander', 'ma question est', 'ma question porte'],
  },
  zh: { openings: ['为什么', '為什麼', '怎么', '怎麼', '什么', '什麼', '如何', '是否'], phrases: ['我想问', '我想問', '请问', '請問', '我的问题是', '我的問題是'] },
  ja: { openings: ['なぜ', 'どうして', 'どのように', '何'], phrases: ['お聞きしたい', '伺いたい', '質問です'] },
};

/**
 * Tags that end a statement with a question mark without asking anything ("..., right?", "you know?"), by
 * language; compared without case with the words just before the mark.
 */
export const TAG_QUESTIONS: Record<string, readonly string[]> = {
  en: ['right', 'you know', 'yeah', 'okay', 'ok', 'huh', 'no', 'correct', 'see', 'eh', 'remember'],
  de: ['oder', 'ne', 'nicht wahr', 'gell', 'ja', 'stimmt'],
  es: ['no', 'verdad', 'eh', 'vale', 'sabes'],
  fr: ['non', 'hein', "n'est-ce pas", 'voilà', 'tu vois', 'vous voyez'],
  zh: ['对吧', '是吧', '对不对', '好吗', '吧'],
  ja: ['ね', 'よね'],
};

/**
 * How a reporter's turn that asks nothing opens when it is only a courtesy (`Q Thank you, sir.`, `Q Yeah.`), by
 * language; compared without case with the start of the turn. A stage direction alone (`Q (Cross-talk.)`) is one too.
 */
export const COURTESIES: Record<string, readonly string[]> = {
  en: ['thank you', 'thanks', 'yeah', 'yes', 'okay', 'ok', 'sure', 'hi', 'hello', 'good morning', 'good afternoon', 'good evening', 'sir', "ma'am", 'mr. president', 'madam'],
  de: ['danke', 'vielen dank', 'ja', 'guten tag', 'hallo'],
  es: ['gracias', 'sí', 'buenos días', 'buenas tardes', 'hola'],
  fr: ['merci', 'oui', 'bonjour', 'bonsoir'],
  zh: ['谢谢', '好的', '是的', '你好'],
  ja: ['ありがとう', 'はい'],
};

/**
 * Frequent longer words that say nothing about a subject: a follow-up that shares only these with the question
 * is not on its topic. By language; words of five letters or more.
 */
export const FOLLOW_UP_COMMON_WORDS: Record<string, readonly string[]> = {
  en: ['about', 'would', 'could', 'should', 'there', 'their', 'where', 'which', 'these', 'those', 'other', 'think', 'going', 'really', 'people', 'right', 'being', 'because', 'something', 'anything', 'thing', 'things', 'already', 'still', 'again'],
  de: ['nicht', 'diese', 'dieser', 'dieses', 'haben', 'werden', 'wurde', 'schon', 'immer', 'etwas'],
  es: ['sobre', 'porque', 'puede', 'tiene', 'todos', 'ahora', 'entonces', 'también'],
  fr: ['cette', 'votre', 'notre', 'comme', 'aussi', 'alors', 'parce', 'toujours', 'quelque'],
};

/** Characters that end a question, in any script: `?`, full-width `？`, Spanish `¿` (which opens one), Arabic `؟`. */
export const QUESTION_MARKS = '?？¿؟';

/**
 * How an earnings call's operator hands the line to an analyst: the analyst's name and firm, per language.
 * `name` and `firm` are the capture groups' names.
 */
export const ANNOUNCEMENTS: readonly RegExp[] = [
  // "The next question comes from the line of Mark Moerdler with Bernstein Research."
  /\bquestion (?:comes |is coming )?from (?:the line of )?(?<name>[^,.;]+?) (?:with|from|of|at) (?<firm>[^.;]+?)\s*(?:\.|,|;|$)/i,
  // "Our next question is from Jane Roe, Acme Securities."
  /\bquestion (?:comes |is )?from (?:the line of )?(?<name>[^,.;]+?), (?<firm>[^.;]+?)\s*(?:\.|;|$)/i,
  // "Next up is Jane Roe with Acme." / "We'll take the next question from Jane Roe of Acme."
  /\b(?:next|first|last|final) (?:question|caller|up)[^.]*?(?:from|is) (?<name>[^,.;]+?) (?:with|from|of|at) (?<firm>[^.;]+?)\s*(?:\.|,|;|$)/i,
];

/** An operator turn that hands over a question without naming the firm ("Our next question comes from Jane Roe."). */
export const ANNOUNCEMENT_WITHOUT_FIRM = /\bquestion (?:comes |is coming |is )?from (?:the line of )?(?<name>[^,.;]+?)\s*(?:\.|$)/i;
