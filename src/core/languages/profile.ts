/**
 * What a language profile holds: the word lists the parser, the topics and the citations need for one language.
 * All words are lower case. Profiles are data; the files next to this one hold one language each.
 */
export interface LanguageProfile {
  /** ISO 639-1 code (`de`), the form front matter `lang` uses and `metadata.language` reports. */
  code: string;
  /** ISO 639-3 codes franc reports for this language (`deu`; Chinese is `cmn`). */
  franc: readonly string[];
  /** Twelve entries, January first: each month's names and abbreviations, space-separated, as dates write them
   * (`marzo mar`; Russian in the genitive a date uses, `марта`). Empty for languages that write dates in numbers. */
  months: readonly string[];
  /** Names of the days of the week (and their abbreviations) that may open a date line. */
  weekdays: readonly string[];
  /** Calendar eras whose years a date may count (`令和6年2月1日` is 2024-02-01): the era's name and its first year. */
  eras?: readonly { name: string; firstYear: number }[];
  /** Words that never make a topic: articles, pronouns, prepositions, auxiliaries, common verbs, filler. */
  stopWords: readonly string[];
  /** Small words allowed inside a topic phrase between two content words (`reforma de las pensiones`). */
  connectors: readonly string[];
  /** Words after which the topic of a question follows (`sobre`, `über`). */
  topicPrepositions: readonly string[];
  /** Forms of address before a name (`Herr`, `Sra.`, `M.`), without the period. */
  honorifics: readonly string[];
  /** Offices and roles written before a name in labels (`Bundeskanzlerin`, `ministro`). */
  roles: readonly string[];
  /** A speaker's note that the words are an interpreter's (`as interpreted`, `traducción`), without punctuation. */
  interpreted: readonly string[];
  /**
   * Words inside an office's name that are no office alone (`Secretary of State`, `White House Press Secretary`,
   * `Chief Executive Officer`): read with `roles` and `honorifics` where a title names its speaker.
   */
  officeParts: readonly string[];
  /**
   * Roles in speaker labels whose holder asks (`moderator`, `justice`, `senator`, `Moderatorin`, `主持人`): with
   * front matter and the structure, how the askers of a transcript without `Question:` labels are found. A word
   * may also be an office in `roles` (what precedes a name there, what the role does here).
   */
  askingRoles: readonly string[];
  /** Roles whose holder hands the line to the askers without asking (an earnings call's `operator`). */
  announcingRoles: readonly string[];
  /** Openings of a sentence that asks (`what`, `warum`): read only where a transcript writes no question marks. */
  askingOpenings: readonly string[];
  /** Phrases that make a turn ask without a question mark (`my question is`, `ich möchte fragen`). */
  askingPhrases: readonly string[];
  /** Tags that end a statement with a question mark without asking (`..., right?`, `..., oder?`). */
  tagQuestions: readonly string[];
  /** How a turn that is only a courtesy opens (`thank you`, `danke`): a bare `Q Thank you, sir.` asks nothing. */
  courtesies: readonly string[];
  /** Frequent words of five letters or more that say nothing of a subject: a follow-up sharing only these is off topic. */
  commonWords: readonly string[];
  /**
   * How an earnings call's operator hands the line to an analyst (`The next question comes from the line of Mark
   * Moerdler with Bernstein Research`): named groups `name` and, where the firm is said, `firm`. Most specific first.
   */
  announcements: readonly RegExp[];
  /**
   * A question with several parts (`two questions: first, on tariffs ... second, on the border`): the words that open
   * its first part and its later parts at the start of a clause, the words that join a further subject to the first
   * before a topic preposition (`and then on the border`), the word that joins the parts' topics in the label
   * (`tariffs and the border`), and the articles a part's topic keeps when the question writes one before it.
   */
  parts: QuestionParts;
}

export interface QuestionParts {
  first: readonly string[];
  later: readonly string[];
  continuations: readonly string[];
  and: string;
  articles: readonly string[];
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(word => word.length > 0);
}
