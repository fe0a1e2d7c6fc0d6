/**
 * Rounds of questioning in hearings and arguments: consecutive inferred exchanges by one member (a senator's
 * five minutes, a justice's line of questions) are grouped under that questioner in the Outline. Only where
 * several people ask: in an interview every question would fall into one round.
 */
import type { Exchange, Section } from '../model';

/** Distinct askers needed before exchanges are grouped into rounds. */
const MIN_ASKERS = 3;
/** Exchanges in a row that make a round. */
const MIN_ROUND = 2;

export interface Round {
  asker: string;
  exchanges: Exchange[];
}

export function findRounds(exchanges: readonly Exchange[], sections: readonly Section[]): Round[] {
  const askers = new Set(exchanges.filter(e => e.inferred && e.asker).map(e => e.asker));
  if (askers.size < MIN_ASKERS) return [];
  const sectionLines = sections.map(s => s.headingRange.start.line).sort((a, b) => a - b);
  let nextSection = 0;
  const rounds: Round[] = [];
  let run: Round | null = null;
  for (const exchange of exchanges) {
    const line = exchange.range.start.line;
    let crossed = false;
    while (nextSection < sectionLines.length && sectionLines[nextSection] <= line) {
      nextSection++;
      crossed = true;
    }
    // A round never spans a heading: the Outline puts sections above rounds, not inside them.
    if (run && !crossed && exchange.inferred && exchange.asker === run.asker) {
      run.exchanges.push(exchange);
      continue;
    }
    if (run && run.exchanges.length >= MIN_ROUND) rounds.push(run);
    run = exchange.inferred && exchange.asker ? { asker: exchange.asker, exchanges: [exchange] } : null;
  }
  if (run && run.exchanges.length >= MIN_ROUND) rounds.push(run);
  return rounds;
}
