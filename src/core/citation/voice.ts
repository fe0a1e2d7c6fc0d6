/**
 * Who speaks in a quoted turn, as a citation must say it: a speaker, a speaker heard through an interpreter
 * (`CHANCELLOR MERKEL: (As interpreted.)`), or a question, whose asker is named where the label says who
 * (`Q (Reuters):`, `QUESTION (Jane Doe, CNN):`) and is otherwise just "Question", never the event's title.
 */
import type { Turn } from '../model';
import { allWords } from '../languages';

export interface Voice {
  /** The speaker as the label names them; null for a bare question marker or an unlabelled turn. */
  name: string | null;
  question: boolean;
  /** Who asks, as written (`Jane Doe, CNN`), when the turn is a question and the text says who. */
  asker: string | null;
  /** The words are an interpreter's. */
  interpreted: boolean;
}

const INTERPRETED = allWords('interpreted');
/** Qualifiers of a question that are not its asker: stage notes, continuations, addressees, languages. */
const NOT_ASKER = /^(?:inaudible|off[- ]?mic(?:rophone)?|crosstalk|laughter|unintelligible|indiscernible|cont(?:'d|d|inued|inuing)\b|follow[- ]?up|speaks?\b|speaking\b|in\s+\p{L}+$|via\b|through\b|to\b|for\b|à\b|an\s|zu\b|para\b|a\s+(?:la|el|los|las)\b|al\s|через\b|\d)/iu;

function noteKey(text: string): string {
  return text.toLowerCase().replace(/[.()[\]]/g, '').replace(/\s+/g, ' ').trim();
}

export function voiceOf(turn: Turn, lines?: readonly string[]): Voice {
  const qualifier = turn.qualifier?.trim() || null;
  const interpreted = (qualifier !== null && INTERPRETED.has(noteKey(qualifier))) || (lines !== undefined && opensWithInterpreterNote(turn, lines));
  let asker: string | null = null;
  if (turn.isQuestion) {
    asker = turn.speaker ?? (qualifier && !interpreted && turn.addressees.length === 0 && !NOT_ASKER.test(qualifier) ? qualifier : null);
  }
  return { name: turn.speaker, question: turn.isQuestion, asker, interpreted };
}

/** `SR. SÁNCHEZ: (Traducción) Sí.`: a note the label did not take as its qualifier, at the start of the speech. */
function opensWithInterpreterNote(turn: Turn, lines: readonly string[]): boolean {
  const start = turn.paragraphs[0]?.range.start;
  if (!start) return false;
  const note = /^\s*[([]([^)\]]{1,40})[)\]]/.exec((lines[start.line] ?? '').slice(start.character, start.character + 60));
  return note !== null && INTERPRETED.has(noteKey(note[1]));
}

/** The voice as the attribution styles print it: `Question (Reuters)`, `Question`, `MERKEL (as interpreted)`. */
export function voiceText(voice: Voice): string | null {
  if (voice.question) return voice.asker ? `Question (${voice.asker})` : 'Question';
  if (!voice.name) return null;
  return voice.interpreted ? `${voice.name} (as interpreted)` : voice.name;
}

/** The asker's name without the outlet after it: `Jane Doe, CNN` → `Jane Doe`. */
export function askerName(asker: string): string {
  return asker.split(/\s*[,;–—]\s*|\s+-\s+/)[0].trim() || asker;
}

/** `A`, `A and B`, `A, B and C`. */
export function listNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Distinct voices of the quoted turns, in order (the same speaker twice is one voice). */
export function distinctVoices(turns: readonly Turn[], lines?: readonly string[]): Voice[] {
  const seen = new Set<string>();
  const voices: Voice[] = [];
  for (const turn of turns) {
    const voice = voiceOf(turn, lines);
    const text = voiceText(voice);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    voices.push(voice);
  }
  return voices;
}
