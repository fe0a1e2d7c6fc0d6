/**
 * Earnings calls: the operator hands the line to each analyst ("The next question comes from the line of
 * Mark Moerdler with Bernstein Research"). The analyst's turns and the answers up to the operator's next turn
 * are one exchange, named by analyst and firm; the operator's first hand-over starts the Q&A session.
 */
import type { Turn } from '../model';
import { turnText } from '../parse/assemble';
import type { SectionStart } from '../parse/sections';
import { LANGUAGE_PROFILES } from '../languages';

/** Every language's hand-over phrases, most specific first within each language. */
const ANNOUNCEMENTS = LANGUAGE_PROFILES.flatMap(profile => profile.announcements);

export interface Announcement {
  /** The analyst as the operator names them. */
  name: string;
  firm: string | null;
}

/** Section titles the call is divided into. */
export const EARNINGS_SECTIONS = { remarks: 'Prepared remarks', questions: 'Q&A session' };

/** The analyst and firm an operator's turn announces, or null when it announces nobody. */
export function announcementIn(lines: readonly string[], turn: Turn): Announcement | null {
  // Announcements are one sentence near the start: the first lines suffice.
  const text = turnText(lines, turn).slice(0, 600).replace(/\s+/g, ' ');
  for (const pattern of ANNOUNCEMENTS) {
    const groups = pattern.exec(text)?.groups;
    if (groups?.['name']) return { name: groups['name'].trim(), firm: groups['firm']?.trim() || null };
  }
  return null;
}

/**
 * Sections for a call whose file has none: prepared remarks from the first turn, the Q&A session from the
 * operator's first hand-over (or the turn just before it that announces the Q&A).
 */
export function earningsSectionStarts(lines: readonly string[], turns: readonly Turn[], firstAnnouncement: Turn): SectionStart[] {
  const first = turns[0];
  if (!first || first === firstAnnouncement) return [];
  const start = (title: string, turn: Turn): SectionStart => {
    const line = turn.range.start.line;
    return { title, level: 2, line, lineLength: lines[line]?.length ?? 0 };
  };
  return [start(EARNINGS_SECTIONS.remarks, first), start(EARNINGS_SECTIONS.questions, firstAnnouncement)];
}
