/**
 * Sections from headings and separators: each runs to the next heading of the same or a higher level.
 */
import type { Section } from '../model';

export interface SectionStart {
  title: string;
  level: number;
  line: number;
  lineLength: number;
}

const SEPARATOR_RE = /^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|#{3,}|~{3,}|§)\s*$/;

export function isSeparator(line: string): boolean {
  return line.length <= 80 && SEPARATOR_RE.test(line);
}

/** Closes each section at the line before the next section of the same or higher level, or at the end. */
export function buildSections(starts: readonly SectionStart[], lastLine: number, lastLineLength: number, lineLength: (line: number) => number): Section[] {
  const sections: Section[] = [];
  let untitled = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    let endLine = lastLine;
    for (let j = i + 1; j < starts.length; j++) {
      const next = starts[j];
      // Separators (level 0) end every section; headings end those of their level and deeper.
      if (next.level === 0 || s.level === 0 || next.level <= s.level) {
        endLine = Math.max(s.line, next.line - 1);
        break;
      }
    }
    const title = s.title || `Part ${++untitled + 1}`;
    sections.push({
      title,
      level: s.level,
      headingRange: { start: { line: s.line, character: 0 }, end: { line: s.line, character: s.lineLength } },
      range: {
        start: { line: s.line, character: 0 },
        end: { line: endLine, character: endLine === lastLine ? lastLineLength : lineLength(endLine) },
      },
    });
  }
  return sections;
}
