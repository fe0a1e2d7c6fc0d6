/**
 * Speaker names as citation styles want them: `Lavrov, S.` (APA), `Lavrov, Sergey` (MLA),
 * `Lavrov` (in-text). Only names that clearly read as given name(s) + family name are turned
 * around; anything else (`MS. PSAKI`, `Speaker 1`, `主持人`, an organisation) is used as written.
 */

interface PersonName {
  given: string[];
  family: string;
  suffix: string | null;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;
/** Lower-case particles that belong to the family name: `Ursula von der Leyen`. */
const PARTICLE = /^(?:van|von|der|den|de|del|della|da|das|dos|di|du|la|le|bin|ibn|al|ten|ter)$/;
/** Words that make a label a role or description (`The President`, `Moderator`), not a name to turn around. */
const ROLE = /^(?:the|a|an|mr|president|vice|senator|sen|governor|gov|mayor|secretary|minister|prime|deputy|foreign|justice|judge|chief|general|chairman|chairwoman|chair|speaker|moderator|host|co-host|operator|reporter|interviewer|narrator|announcer|audience|unknown|unidentified|participant|question|answer|member|representative|rep|ambassador|professor|colonel|captain|officer|agent|attorney|counsel|witness|court|clerk)\.?$/i;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

export function parsePersonName(name: string): PersonName | null {
  let words = name.replace(/,/g, ' ').trim().split(/\s+/).filter(Boolean);
  const honorific = words.length > 1 && HONORIFIC.test(words[0]);
  while (words.length > 0 && HONORIFIC.test(words[0])) words = words.slice(1);
  let suffix: string | null = null;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1])) {
    suffix = words[words.length - 1];
    words = words.slice(0, -1);
  }
  // A surname after an honorific (`Ms. Psaki`, or the label style `MS. PSAKI`) is a family name.
  if (honorific && words.length === 1) {
    const word = words[0];
    return NAME_WORD.test(word) ? { given: [], family: /^\p{Lu}+$/u.test(word) ? titleCase(word) : word, suffix } : null;
  }
  if (words.some((w) => ROLE.test(w))) return null;
  // Otherwise all capitals is a label style (`JUSTICE SCALIA`), not a spelling to re-case.
  if (words.every((w) => w === w.toUpperCase())) return null;
  if (words.length < 2 || words.length > 5) return null;
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLE.test(words[familyStart - 1])) familyStart--;
  const given = words.slice(0, familyStart);
  const family = words.slice(familyStart);
  if (!given.every((w) => NAME_WORD.test(w))) return null;
  if (!NAME_WORD.test(family[family.length - 1])) return null;
  return { given, family: family.join(' '), suffix };
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** `J.` for `Jean`, `J.-P.` for `Jean-Paul`, `J.` for `J.` or `J`. */
function initial(word: string): string {
  return word.split('-').filter(Boolean).map((part) => `${[...part][0]}.`).join('-');
}

/** APA reference author: `Lavrov, S.`; `King, M. L., Jr.`. */
export function apaAuthor(name: string): string {
  const person = parsePersonName(name);
  if (!person) return name;
  const initials = person.given.map(initial).join(' ');
  return joinNames(person.family, initials, person.suffix);
}

/** MLA and Chicago bibliography author: `Lavrov, Sergey`. */
export function invertedName(name: string): string {
  const person = parsePersonName(name);
  if (!person) return name;
  return joinNames(person.family, person.given.join(' '), person.suffix);
}

/** In-text author: the family name, or the name as written. */
export function familyName(name: string): string {
  return parsePersonName(name)?.family ?? name;
}

function joinNames(family: string, given: string, suffix: string | null): string {
  return [family, given, suffix].filter(Boolean).join(', ');
}
