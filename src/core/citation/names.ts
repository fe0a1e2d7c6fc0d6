/**
 * Speaker names as citation styles want them: `Lavrov, S.` (APA), `Lavrov, Sergey` (MLA),
 * `Lavrov` (in-text), read from labels as a reader would write them: `PRESIDENT LINCOLN` → Lincoln,
 * `MS. PSAKI` → Psaki, `Herr Scholz` → Scholz, `Dr. Jane Q. Smith` → Smith, J. Q. The honorifics and the
 * offices that may precede a name are data in the language profiles (src/core/languages). Anything that is
 * no person's name (`THE PRESIDENT`, `Speaker 1`, `主持人`, an organisation) is used as written.
 */
import { allWords } from '../languages';

interface PersonName {
  given: string[];
  family: string;
  suffix: string | null;
}

const HONORIFICS = allWords('honorifics');
const ROLES = allWords('roles');
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;
/** Lower-case particles that belong to the family name: `Ursula von der Leyen`. */
const PARTICLE = /^(?:van|von|der|den|de|del|della|da|das|dos|di|du|la|le|bin|ibn|al|ten|ter)$/;
/** Words that describe who speaks without naming them: such a label is used as written. */
const DESCRIPTOR = /^(?:the|a|an|moderator|host|co-host|operator|reporter|interviewer|narrator|announcer|audience|unknown|unidentified|participant|participants|question|answer|member|court|clerk|witness|counsel|voice|male|female|man|woman|staff|aide|official|officials|crowd|panel|panelist|caller|translator|interpreter)\.?$/i;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
/** A capitalised article opening a label names a newspaper or an outlet (`Le Monde`, `El País`, `Die Zeit`), no person. */
const OPENING_ARTICLE = /^(?:le|la|les|el|los|las|il|lo|gli|der|die|das)$/i;

/** A word as the tables hold it: lower case, no final period (`Sra.` → `sra`, `MS.` → `ms`). */
function key(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

export function parsePersonName(name: string): PersonName | null {
  // What follows a comma describes the person (`Sergey Lavrov, Foreign Minister`), unless it is a suffix (`, Jr.`).
  const [main, ...after] = name.split(',');
  const suffixAfter = after.length > 0 && SUFFIX.test(after[0].trim()) ? ` ${after[0].trim()}` : '';
  let words = (main + suffixAfter).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || DESCRIPTOR.test(words[0])) return null;
  if (words.length > 1 && OPENING_ARTICLE.test(words[0]) && /^\p{Lu}/u.test(words[0])) return null;
  // Honorifics and offices before the name: `MS.`, `PRESIDENT`, `Foreign Minister`, `Sra.`, `Herr`.
  let stripped = 0;
  while (stripped < words.length && (HONORIFICS.has(key(words[stripped])) || ROLES.has(key(words[stripped])))) stripped++;
  words = words.slice(stripped);
  if (words.length === 0 || words.some((w) => DESCRIPTOR.test(w))) return null;
  let suffix: string | null = null;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1])) {
    suffix = words[words.length - 1];
    words = words.slice(0, -1);
  }
  if (words.length > 5 || !words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) return null;
  // Labels in capitals (`SENATOR WARREN`, `WOLF BLITZER`) are a typographic style: a reader writes `Warren`.
  const capitals = words.every((w) => w === w.toUpperCase());
  if (capitals) {
    // A lone short word in capitals is more likely initials (`SA`, `JFK`) than a name.
    if (words.length === 1 && stripped === 0 && [...words[0]].length <= 3) return null;
    words = words.map(recase);
  }
  if (words.length === 1) return { given: [], family: words[0].replace(/\.$/, ''), suffix };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLE.test(words[familyStart - 1])) familyStart--;
  const given = words.slice(0, familyStart);
  const family = words.slice(familyStart);
  if (!NAME_WORD.test(family[family.length - 1])) return null;
  return { given, family: family.join(' '), suffix };
}

/** `O'ROURKE` → `O'Rourke`, `DIAZ-BALART` → `Diaz-Balart`, `MCCONNELL` → `McConnell`, `J.` stays. */
function recase(word: string): string {
  return word.toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, letter: string) => `Mc${letter.toUpperCase()}`);
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

/** The name in reading order without honorific or office (`Dr. Jane Q. Smith` → `Jane Q. Smith`), for notes. */
export function naturalName(name: string): string {
  const person = parsePersonName(name);
  if (!person) return name;
  return [...person.given, person.family].join(' ') + (person.suffix ? `, ${person.suffix}` : '');
}

function joinNames(family: string, given: string, suffix: string | null): string {
  return [family, given, suffix].filter(Boolean).join(', ');
}
