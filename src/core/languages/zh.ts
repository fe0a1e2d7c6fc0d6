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
  officeParts: ['外交', '国务', '國務', '副'],
  askingRoles: ['主持人', '记者', '記者', '采访者', '採訪者', '主席', '法官'],
  announcingRoles: ['接线员', '接線員', '操作员'],
  askingOpenings: ['为什么', '為什麼', '怎么', '怎麼', '什么', '什麼', '如何', '是否'],
  askingPhrases: ['我想问', '我想問', '请问', '請問', '我的问题是', '我的問題是'],
  tagQuestions: ['对吧', '是吧', '对不对', '好吗', '吧'],
  courtesies: ['谢谢', '謝謝', '好的', '是的', '你好'],
  commonWords: [],
  announcements: [],
  parts: {
    first: ['第一个问题', '第一個問題', '第一，', '第一、', '首先', '一是'],
    later: ['第二个问题', '第二個問題', '第二，', '第二、', '第三，', '其次', '二是', '三是', '另一个问题', '另一個問題'],
    continuations: ['另外', '還有', '还有', '以及', '此外', '再'],
    and: '和',
    articles: [],
  },
};
