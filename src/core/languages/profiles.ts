/** Every language profile, and lookup by code or name. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { LanguageProfile } from './profile';
import { pt } from './pt';
import { ru } from './ru';
import { zh } from './zh';


export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [en, de, es, fr, it, pt, ru, zh, ja];

const BY_CODE = new Map(LANGUAGE_PROFILES.map(profile => [profile.code, profile]));

/** The profile for `de`, `de-AT`, `deu`, `German`...; undefined for a language without one. */
export function languageProfile(code: string | null | undefined): LanguageProfile | undefined {
  if (!code) return undefined;
  const lower = code.trim().toLowerCase();
  const primary = lower.split(/[-_]/)[0];
  return BY_CODE.get(primary) ?? LANGUAGE_PROFILES.find(p => p.franc.includes(primary)) ?? BY_NAME.get(lower);
}

const BY_NAME = new Map<string, LanguageProfile>([
  ['english', en], ['german', de], ['deutsch', de], ['spanish', es], ['español', es], ['espanol', es], ['french', fr],
  ['français', fr], ['francais', fr], ['italian', it], ['italiano', it], ['portuguese', pt], ['português', pt],
  ['russian', ru], ['русский', ru], ['chinese', zh], ['中文', zh], ['japanese', ja], ['日本語', ja],
]);

/** The profile fields that are lists of words. */
export type WordListKind = { [K in keyof LanguageProfile]-?: LanguageProfile[K] extends readonly string[] ? K : never }[keyof LanguageProfile];

/**
 * Every profile's words of one kind, for readings that do not depend on the transcript's language (names, roles in
 * labels: a French label can appear in an English file).
 */
export function allWords(kind: WordListKind): ReadonlySet<string> {
  return new Set(LANGUAGE_PROFILES.flatMap(profile => profile[kind]));
}
