/**
 * The review of one transcript as kept in its sidecar (`NAME.review.json`): tagged and annotated
 * passages, and the reviewer's speaker map. Passages are anchored as W3C Web Annotation does it: the
 * exact text with context (TextQuoteSelector) plus character offsets (TextPositionSelector).
 */

/** The exact text with up to `CONTEXT_LENGTH` characters before and after it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets into the transcript's text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Passage {
  /** A UUID: unique across reviewers, so two people's sidecars merge without clashes. */
  id: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Sorted, without duplicates; a passage with a note may have none. */
  tags: string[];
  /** Free text; absent when there is none. */
  note?: string;
}

/** What the reviewer says about a speaker label as written in the transcript. */
export interface SpeakerEntry {
  /** Display and citation name (`Abraham Lincoln` for `PRESIDENT LINCOLN`). */
  name?: string;
  /** Another label this one is a variant of: its entries (name, role) apply. */
  sameAs?: string;
  /** host, witness, interpreter, ... */
  role?: string;
  /** Labels the reviewer said are other people, so they are not offered as variants again. */
  notSameAs?: string[];
}

export interface Review {
  /** Passages in stable order: by start offset, then id. */
  passages: Passage[];
  /** Keyed by the label as written in the transcript. */
  speakers: Record<string, SpeakerEntry>;
}

export function emptyReview(): Review {
  return { passages: [], speakers: {} };
}

/** Where a passage was found in the current text; null offsets for an orphan (its text is gone). */
export interface Anchor {
  passage: Passage;
  start: number;
  end: number;
  /** How it was found: at its offsets, by its quote, ignoring white space, or not at all. */
  how: 'position' | 'quote' | 'whitespace' | 'fuzzy' | 'orphan';
}
