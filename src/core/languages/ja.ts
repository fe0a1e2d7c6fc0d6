/** Japanese. Topics of unspaced text are read by src/core/topics/unspaced.ts. */
import { type LanguageProfile } from './profile';

export const ja: LanguageProfile = {
  code: 'ja',
  franc: ['jpn'],
  // Dates are written with 年, 月 and 日 (src/core/parse/dates.ts), not with month names.
  months: [],
  weekdays: [],
  // The Diet's records and government documents count years by era: 令和6年 is 2024 (元年, the first year, is 2019).
  eras: [{ name: '令和', firstYear: 2019 }, { name: '平成', firstYear: 1989 }, { name: '昭和', firstYear: 1926 }],
  stopWords: ['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'か', 'です', 'ます', 'について', '質問'],
  connectors: [],
  topicPrepositions: ['について', 'に関して'],
  honorifics: ['さん', '様', '氏'],
  roles: ['首相', '総理', '大臣', '長官', '大統領', '議長', '知事'],
  interpreted: ['通訳', '翻訳'],
  officeParts: ['外務', '財務', '官房', '副'],
  askingRoles: ['司会', '司会者', '聞き手', 'インタビュアー', '記者', 'キャスター'],
  announcingRoles: ['オペレーター'],
  askingOpenings: ['なぜ', 'どうして', 'どのように', '何', 'いつ', 'どこ', '誰'],
  askingPhrases: ['お聞きしたい', '伺いたい', '質問です', 'お伺いします'],
  tagQuestions: ['ね', 'よね'],
  courtesies: ['ありがとう', 'はい', 'こんにちは'],
  commonWords: [],
  announcements: [],
  parts: {
    first: ['まず', '第一に', '一つ目は', 'ひとつ目は', '1点目', '一点目'],
    later: ['次に', '第二に', '二つ目は', 'ふたつ目は', '2点目', '二点目', 'それから', '最後に'],
    continuations: ['また', 'それから', 'そして', 'さらに'],
    and: 'と',
    articles: [],
  },
};
