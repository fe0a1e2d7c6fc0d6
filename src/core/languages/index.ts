/**
 * Language profiles, by ISO 639-1 code, and the transcript's language: what front matter declares, else what
 * franc finds in the speech.
 */
export type { LanguageProfile, QuestionParts } from './profile';
export type { WordListKind } from './profiles';
export { allWords, LANGUAGE_PROFILES, languageProfile } from './profiles';
export { detectLanguage, languageOf } from './detect';
