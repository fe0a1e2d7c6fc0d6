/**
 * The people a quote is cited to, in the forms author styles write them (see ../names.ts): a speaker by family
 * name (`Psaki`), an interpreted speaker with the note (`Merkel, as interpreted`), a question by its asker
 * (`Doe`) or, when the text does not say who asked, as `Question`. The event's title never stands for a
 * question's speaker.
 */
import type { CitationContext } from '../context';
import { askerName, type Voice } from '../voice';

export interface Author {
  /** The name as the text gives it (`MS. PSAKI`, `Jane Doe`); null for an unnamed question. */
  name: string | null;
  question: boolean;
  interpreted: boolean;
}

/** The quote's authors, from its voices, else from a speaker given as text (settings or a template). */
export function authorsOf(context: CitationContext): Author[] {
  if (context.voices) return context.voices.map(authorOfVoice).filter((a): a is Author => a !== null);
  return context.speaker ? [{ name: context.speaker, question: false, interpreted: false }] : [];
}

function authorOfVoice(voice: Voice): Author | null {
  if (voice.question) return { name: voice.asker ? askerName(voice.asker) : null, question: true, interpreted: false };
  return voice.name ? { name: voice.name, question: false, interpreted: voice.interpreted } : null;
}

/** `A`, `A & B`, `A, B, & C` (APA). */
export function apaList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' & ');
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** Distinct, in order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
