/** Chinese (simplified and traditional). Topics of unspaced text are read by src/core/topics/unspaced.ts. */
import { type LanguageProfile } from './profile';

export const zh: LanguageProfile = {
  code: 'zh',
  franc: ['cmn', 'zho'],
  // Dates are written with 年, 月 and 日 (src/core/parse/dates.ts), not with month names.
  months: [],
  weekdays: [],
  stopWords: ['的', '了', '是', '在', '我', '你', '他', '她', '们', '这', '那', '吗', '呢', '吧', '和', '与', '也', '就', '都', '请问', '问题'],
  connectors: [],
  topicPrepositions: ['关于', '關於', '对于', '對於'],
  honorifics: ['先生', '女士', '阁下', '閣下'],
  roles: ['主席', '总统', '總統', '总理', '總理', '外长', '外長', '部长', '部長', '发言人', '發言人', '大使'],
  interpreted: ['翻译', '翻譯', '口译', '口譯', '同传'],
};
