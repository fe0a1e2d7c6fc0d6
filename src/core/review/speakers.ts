/**
 * The reviewer's speaker map: a label as written → the name to show and cite, and a role; a label
 * marked as a variant of another takes that one's name and role. Also the variants the core can see
 * in a transcript's labels, offered to the reviewer (never applied by themselves).
 */
import type { SpeakerEntry } from './types';

export interface ResolvedSpeaker {
  /** The name to show and cite. */
  name: string;
  role: string | null;
}

/** The display name and role of `label`, following `sameAs`. */
export function resolveSpeaker(speakers: Readonly<Record<string, SpeakerEntry>>, label: string): ResolvedSpeaker {
  const seen = new Set<string>();
  let current = label;
  let role: string | null = null;
  for (;;) {
    seen.add(current);
    const entry = speakers[current];
    role ??= entry?.role || null;
    if (entry?.name) return { name: entry.name, role };
    if (!entry?.sameAs) return { name: current, role };
    // A loop of variants names nobody: the label stays as written.
    if (seen.has(entry.sameAs)) return { name: label, role };
    current = entry.sameAs;
  }
}

/** The speaker map with one change to one label's entry (an entry left empty goes). */
export function withSpeaker(
  speakers: Readonly<Record<string, SpeakerEntry>>,
  label: string,
  change: (entry: SpeakerEntry) => SpeakerEntry,
): Record<string, SpeakerEntry> {
  const next = { ...speakers };
  const entry = change({ ...(speakers[label] ?? {}) });
  const empty = !entry.name && !entry.role && !entry.sameAs && !entry.notSameAs?.length;
  if (empty) delete next[label];
  else next[label] = entry;
  return next;
}

/** Variants the reviewer has not yet settled: neither merged nor marked as other people. */
export function openVariants(variants: readonly SpeakerVariant[], speakers: Readonly<Record<string, SpeakerEntry>>): SpeakerVariant[] {
  const settled = (a: string, b: string) => speakers[a]?.sameAs === b || !!speakers[a]?.notSameAs?.includes(b);
  return variants.filter(v => !settled(v.variant, v.of) && !settled(v.of, v.variant));
}

/** A map from labels to names for every label the reviewer renamed or merged. */
export function speakerNameMap(speakers: Readonly<Record<string, SpeakerEntry>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const label of Object.keys(speakers)) {
    const { name } = resolveSpeaker(speakers, label);
    if (name !== label) map.set(label, name);
  }
  return map;
}

export type VariantReason = 'initials' | 'surname' | 'spelling';

export interface SpeakerVariant {
  /** The label that looks like a variant. */
  variant: string;
  /** The label it is probably a variant of (the one with more turns, or the longer one). */
  of: string;
  reason: VariantReason;
}

/** Full-width and ASCII parentheses around initials: `Shaun Apps（SA）`. */
const PAREN_INITIALS = /[(（]\s*([\p{Lu}\p{Lo}]{1,4})\s*[)）]\s*$/u;

/**
 * Pairs of labels that look like one speaker written two ways: `SA` and `Shaun Apps（SA）`,
 * `BLITZER` and `WOLF BLITZER`, `Jon Smtih` and `Jon Smith` (edit distance 1–2 on names of at least
 * five letters, so `Q` and `A` or `Mr. X` and `Mr. Y` are not offered). `turns` orders each pair.
 */
export function findSpeakerVariants(labels: ReadonlyMap<string, number>): SpeakerVariant[] {
  const names = [...labels.keys()];
  const found: SpeakerVariant[] = [];
  const seen = new Set<string>();
  const add = (variant: string, of: string, reason: VariantReason) => {
    const key = [variant, of].sort().join('\u0000');
    if (seen.has(key) || variant === of) return;
    seen.add(key);
    found.push({ variant, of, reason });
  };
  for (const a of names) {
    const initials = PAREN_INITIALS.exec(a)?.[1];
    if (initials && labels.has(initials)) add(initials, a, 'initials');
  }
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      const wordsA = a.split(/\s+/);
      const wordsB = b.split(/\s+/);
      // A one-word label that is the last word of a longer label: BLITZER / WOLF BLITZER.
      if (wordsA.length === 1 && wordsB.length > 1 && a.length >= 3 && wordsB[wordsB.length - 1].toLowerCase() === a.toLowerCase()) {
        add(a, b, 'surname');
      }
    }
  }
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i], names[j]];
      if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2) continue;
      const d = editDistance(a.toLowerCase(), b.toLowerCase());
      if (d >= 1 && d <= 2 && !differOnlyInNumber(a, b)) {
        const [variant, of] = (labels.get(a) ?? 0) < (labels.get(b) ?? 0) ? [a, b] : [b, a];
        add(variant, of, 'spelling');
      }
    }
  }
  return found;
}

/** `Speaker 1` and `Speaker 2` are two people. */
function differOnlyInNumber(a: string, b: string): boolean {
  return a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#');
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
