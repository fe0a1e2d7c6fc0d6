/** Japanese. Topics of unspaced text are read by src/core/topics/unspaced.ts. */
import { type LanguageProfile } from './profile';

export const ja: LanguageProfile = {
  code: 'ja',
  franc: ['jpn'],
  // Dates are written with 年, 月 and 日 (src/core/parse/dates.ts), not with month names.
  months: [],
  weekdays: [],
  stopWords: ['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'か', 'です', 'ます', 'について', '質問'],
  connectors: [],
  topicPrepositions: ['について', 'に関して'],
  honorifics: ['さん', '様', '氏'],
  roles: ['首相', '総理', '大臣', '長官', '大統領', '議長', '知事'],
  interpreted: ['通訳', '翻訳'],
};
