/**
 * Topic label for text in scripts written without spaces (Chinese, Japanese, Thai ...), where
 * there are no words to score: a short quoted term if there is one, otherwise the leading clause
 * of the asked sentence with its courtesy filler taken off.
 */

const SAMPLE_LENGTH = 2000;
const EARLY_DECISION = 300;
const MAX_CHARACTERS = 12;
const MAX_QUOTED = 16;
const SENTENCE_END = /[。？！?!；;\n]/u;
const CLAUSE_BREAK = /[，、,：:（）()「」『』“”"《》【】—…]/u;
const QUOTED = /[“「『《"]([^“”「」『』《》"\n]{1,16})[”」』》"]/gu;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}_]/u;
const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]/u;

/** Leading courtesy and question words, longest first; taken off repeatedly. */
const LEADING_FILLER = [
  '最后一个问题', '我的问题是', '我想问一下', '我想请问', '提醒一下', '介绍一下', '可不可以', '为什么',
  '能不能', '会不会', '是不是', '问题是', '请问', '谢谢', '感谢', '那么', '所以', '然后', '另外', '还有',
  '好的', '但是', '不过', '而且', '其实', '我猜', '我想', '觉得', '认为', '知道', '听听', '你们', '您们',
  '大家', '我们', '能否', '谈谈', '讲讲', '说说', '聊聊', '介绍', '一下', '怎么', '如何', '关于', '对于',
  '可以', '你', '您', '请', '多', '就', '也', '再', '能', '对',
  'すみません', 'ところで', 'それでは', 'では', 'まず',
];
/** Trailing question particles. */
const TRAILING_PARTICLES = ['でしょうか', 'ですか', 'ますか', '呢', '吗', '吧', '啊', '呀', '么', '嘛', 'か'];

/** Whether the text is mostly in a script that does not separate words with spaces. */
export function isMostlyUnspaced(text: string): boolean {
  let unspaced = 0;
  let otherLetters = 0;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  for (let i = 0; i < end; i++) {
    // Hundreds of characters and not one in such a script: decided (this runs for every question).
    if (i === EARLY_DECISION && unspaced === 0) return false;
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) otherLetters++;
    } else if (isUnspacedScript(code)) {
      unspaced++;
    } else if (code >= 0xc0 && code <= 0x24f) {
      otherLetters++;
    } else if (code > 0x24f && !(code >= 0x2000 && code <= 0x206f) && text[i].toLowerCase() !== text[i].toUpperCase()) {
      otherLetters++;
    }
  }
  return unspaced >= 2 && unspaced * 3 >= otherLetters;
}

function isUnspacedScript(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) // hiragana, katakana
    || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) // han
    || (code >= 0x0e00 && code <= 0x0eff) // thai, lao
    || (code >= 0x1000 && code <= 0x109f) || (code >= 0x1780 && code <= 0x17ff); // myanmar, khmer
}

export function unspacedLabel(text: string, maxWords: number): string | null {
  const sentences = splitSentences(text);
  const asked = sentences.find((sentence) => sentence.asked) ?? sentences[0];
  if (asked === undefined) return null;
  const quoted = firstQuoted(asked.text) ?? firstQuoted(text);
  if (quoted !== null) return limitWords(quoted, maxWords);
  for (const clause of asked.text.split(CLAUSE_BREAK)) {
    const core = stripTrailing(stripLeading(trimPunctuation(clause)));
    if ([...core].length >= 2) return limitWords(truncate(core), maxWords);
  }
  const whole = truncate(trimPunctuation(asked.text));
  return whole.length > 0 ? limitWords(whole, maxWords) : null;
}

interface UnspacedSentence {
  text: string;
  asked: boolean;
}

function splitSentences(text: string): UnspacedSentence[] {
  const sentences: UnspacedSentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i])) continue;
    const body = text.slice(start, i);
    if (body.trim().length > 0) sentences.push({ text: body, asked: text[i] === '？' || text[i] === '?' });
    start = i + 1;
  }
  return sentences;
}

function firstQuoted(text: string): string | null {
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match !== null; match = QUOTED.exec(text)) {
    const term = trimPunctuation(match[1]);
    if (term.length > 0 && [...term].length <= MAX_QUOTED) return term;
  }
  return null;
}

/** Punctuation and spaces off both ends (a loop: a regex with `+$` would be quadratic). */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PUNCTUATION_OR_SPACE.test(text[start])) start++;
  while (end > start && PUNCTUATION_OR_SPACE.test(text[end - 1])) end--;
  return text.slice(start, end);
}

function stripLeading(clause: string): string {
  let rest = clause.trimStart();
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    for (const filler of LEADING_FILLER) {
      if (rest.startsWith(filler)) {
        rest = rest.slice(filler.length).trimStart();
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function stripTrailing(clause: string): string {
  let rest = clause.trimEnd();
  for (const particle of TRAILING_PARTICLES) {
    if (rest.endsWith(particle) && rest.length > particle.length + 1) {
      rest = rest.slice(0, -particle.length).trimEnd();
      break;
    }
  }
  return rest;
}

/** At most ~12 characters, without cutting a Latin word or number in half. */
function truncate(clause: string): string {
  const characters = [...clause];
  let counted = 0;
  let cut = characters.length;
  for (let i = 0; i < characters.length; i++) {
    if (!/\s/u.test(characters[i])) counted++;
    if (counted > MAX_CHARACTERS) {
      cut = i;
      break;
    }
  }
  if (cut < characters.length && cut > 0 && LATIN_OR_DIGIT.test(characters[cut]) && LATIN_OR_DIGIT.test(characters[cut - 1])) {
    let back = cut;
    while (back > 0 && LATIN_OR_DIGIT.test(characters[back - 1])) back--;
    if (back > 0) cut = back;
  }
  return characters.slice(0, cut).join('').trim();
}

function limitWords(label: string, maxWords: number): string {
  return label.split(/\s+/u).filter((word) => word.length > 0).slice(0, maxWords).join(' ');
}
