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
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(word => word.length > 0);
}
