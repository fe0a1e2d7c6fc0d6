/**
 * The conventions transcripts are written in, as rows: question and answer markers per language, the words
 * that look like labels but are metadata or document parts, roster headings, stage directions, and the small
 * words of names. Both readers take them from here: the parser (through ./index.ts) and the TextMate grammar
 * (scripts/build-grammar.js fills the grammar's word alternations from these rows).
 *
 * Data only: this file imports nothing and holds no code, so the grammar builder can load it on its own.
 * Adding a convention is one row here, one fixture in test/fixtures/parse and one test.
 * Words are written as a transcript writes them; both readers also accept them in capitals (`PREGUNTA`).
 */

/** `Question:`, `Pregunta:`, `问：`: a label word that marks the turn as a question or an answer. */
export interface MarkerWordRow {
  readonly kind: 'question' | 'answer';
  readonly word: string;
  /** BCP 47 languages that write it this way. */
  readonly langs: readonly string[];
  /**
   * `prefix`: more words may follow before the colon (`Question from the audience:`, up to 6 words in all);
   * `suffix`: the word ends a label of a caseless script (`法新社记者：`, the AFP reporter).
   */
  readonly extends?: 'prefix' | 'suffix';
}

export const MARKER_WORDS: readonly MarkerWordRow[] = [
  { kind: 'question', word: 'Question', langs: ['en', 'fr'], extends: 'prefix' },
  { kind: 'question', word: 'Questions', langs: ['en', 'fr'] },
  { kind: 'answer', word: 'Answer', langs: ['en'] },
  { kind: 'answer', word: 'Réponse', langs: ['fr'] },
  { kind: 'question', word: 'Pregunta', langs: ['es'], extends: 'prefix' },
  { kind: 'answer', word: 'Respuesta', langs: ['es'] },
  { kind: 'question', word: 'Frage', langs: ['de'], extends: 'prefix' },
  { kind: 'answer', word: 'Antwort', langs: ['de'] },
  { kind: 'question', word: 'Domanda', langs: ['it'], extends: 'prefix' },
  { kind: 'answer', word: 'Risposta', langs: ['it'] },
  { kind: 'question', word: 'Pergunta', langs: ['pt'], extends: 'prefix' },
  { kind: 'answer', word: 'Resposta', langs: ['pt'] },
  { kind: 'question', word: 'Вопрос', langs: ['ru'], extends: 'prefix' },
  { kind: 'answer', word: 'Ответ', langs: ['ru'] },
  { kind: 'question', word: '问', langs: ['zh-Hans'] },
  { kind: 'question', word: '提问', langs: ['zh-Hans'] },
  { kind: 'question', word: '记者', langs: ['zh-Hans'], extends: 'suffix' },
  { kind: 'question', word: '問', langs: ['zh-Hant', 'ja'] },
  { kind: 'question', word: '提問', langs: ['zh-Hant'] },
  { kind: 'question', word: '記者', langs: ['zh-Hant', 'ja'], extends: 'suffix' },
  { kind: 'question', word: '質問', langs: ['ja'] },
  { kind: 'answer', word: '答', langs: ['zh-Hans', 'zh-Hant', 'ja'] },
  { kind: 'answer', word: '回答', langs: ['zh-Hans', 'zh-Hant', 'ja'] },
];

/**
 * `Q.`, `A:`, `P.`, `R.`: one capital letter as the whole label, then a space.
 * `any`: with a full stop, a colon (`Q:`), or none before a wide space (testimony `Q    Did you...`);
 * `stop`: only with a full stop, as `P:` and `R:` are the Participant and Respondent of research interviews.
 */
export interface MarkerLetterRow {
  readonly kind: 'question' | 'answer';
  readonly letter: string;
  readonly langs: readonly string[];
  readonly punctuation: 'any' | 'stop';
}

export const MARKER_LETTERS: readonly MarkerLetterRow[] = [
  { kind: 'question', letter: 'Q', langs: ['en', 'fr'], punctuation: 'any' },
  { kind: 'answer', letter: 'A', langs: ['en'], punctuation: 'any' },
  // Spanish press interviews (Pregunta / Respuesta) and French ones (Réponse) write `P.` and `R.`.
  { kind: 'question', letter: 'P', langs: ['es', 'pt'], punctuation: 'stop' },
  { kind: 'answer', letter: 'R', langs: ['es', 'pt', 'fr'], punctuation: 'stop' },
];

/**
 * Words before a colon that are not speakers (compared in lower case, the whole label).
 * - `metadata`: a header field (`Date: 8 April 2021`); the grammar colours the line as metadata. `field` says
 *   which part of the citation it fills.
 * - `document`: a part of a document or a note (`Theorem:`, `Music:`), plain text to both readers.
 * - `field`: a header field that is also a speaker's label in a transcript's body (`Host:`, `Guest:`): read as
 *   metadata only in the header, a label everywhere else.
 */
export interface KeyRow {
  readonly word: string;
  readonly role: 'metadata' | 'document' | 'field';
  readonly field?: 'title' | 'date' | 'time' | 'place' | 'publisher' | 'url';
}

const metadata = (field: KeyRow['field'] | undefined, ...words: string[]): KeyRow[] =>
  words.map(word => (field ? { word, role: 'metadata', field } : { word, role: 'metadata' }));
const documentWords = (...words: string[]): KeyRow[] => words.map(word => ({ word, role: 'document' }));

export const NOT_SPEAKER_KEYS: readonly KeyRow[] = [
  // English header fields.
  ...metadata('title', 'title', 'subtitle', 'headline'),
  ...metadata('date', 'date', 'dated', 'published', 'recorded', 'air date', 'released'),
  ...metadata('time', 'time', 'start time'),
  ...metadata('place', 'place', 'location', 'venue', 'city'),
  ...metadata('publisher', 'publisher', 'source', 'sources', 'site', 'network', 'outlet'),
  ...metadata('url', 'url', 'link', 'links', 'permalink', 'website', 'video', 'media'),
  ...metadata(undefined, 'dates', 'subject', 'topic', 'topics', 're', 'transcript', 'transcribed by', 'transcript by',
    'transcription', 'translated by', 'translation by', 'copyright', 'updated', 'update', 'modified', 'posted',
    'tags', 'tag', 'category', 'categories', 'keywords', 'summary', 'description', 'abstract', 'agenda', 'status',
    'version', 'format', 'docket', 'exhibits', 'contents', 'proceedings', 'edit', 'correction',
    'disclaimer', "editor's note", 'editor’s note', 'note', 'notes', 'duration', 'length', 'runtime', 'episode',
    'season', 'series', 'language', 'kind', 'author', 'authors', 'company', 'quarter', 'ticker', 'event',
    'recording', 'page', 'index', 'slides'),
  // Other languages' header fields: Spanish, French, German, Italian, Portuguese, Russian, Chinese, Japanese.
  ...metadata('title', 'título', 'titulo', 'titre', 'titel', 'titolo', 'заголовок', '标题', '標題', '題名'),
  ...metadata('date', 'fecha', 'datum', 'data', 'дата', '日期', '日付'),
  ...metadata('time', 'hora', 'heure', 'uhrzeit', 'время', '时间', '時間'),
  ...metadata('place', 'lugar', 'lieu', 'ort', 'luogo', 'local', 'место', '地点', '地點', '場所'),
  ...metadata('publisher', 'fuente', 'quelle', 'fonte', 'источник', '来源', '來源', '出典'),
  ...metadata(undefined, 'inhalt', 'beginn', 'ende', 'schluss', 'sitzung', 'tagesordnung',
    'índice', 'asunto', 'tema', 'resumen', 'sommaire', 'sujet', 'objet', 'résumé', 'thema', 'betreff',
    'zusammenfassung', 'sommario', 'oggetto', 'assunto', 'resumo', 'тема', 'содержание', '主题', '主題', '摘要'),
  // Fields of a podcast's header that name people who then speak under the same label.
  { word: 'name', role: 'field', field: 'title' },
  ...['host', 'hosts', 'guest'].map(word => ({ word, role: 'field' as const })),
  ...['show', 'podcast', 'organization', 'organisation'].map(word => ({ word, role: 'field' as const, field: 'publisher' as const })),
  // Front-matter spellings of the fields above (`published_time`, `site_name`: read with `_` as a space).
  ...metadata('date', 'published time', 'date published'),
  ...metadata('place', 'where'),
  ...metadata('publisher', 'site name'),
  ...metadata('url', 'source url', 'canonical url'),
  // Document parts, notes and page furniture.
  ...documentWords('photo', 'image', 'audio', 'caption', 'credit', 'credits', 'file', 'related', 'see also',
    'watch', 'listen', 'share', 'email', 'e-mail', 'phone', 'tel', 'fax', 'web', 'address', 'by', 'from', 'to',
    'cc', 'bcc', 'warning', 'tip', 'example', 'important', 'read more', 'more', 'via', 'also', 'original video',
    'host site', 'break', 'intro', 'outro', 'music', 'sponsor', 'interlude', 'commercial break', 'definition',
    'theorem', 'lemma', 'proof', 'assumption', 'hierarchy', 'claim', 'corollary', 'remark', 'problem', 'solution',
    'exercise', 'goal', 'result', 'results', 'input', 'output', 'answer key', 'key', 'total', 'score',
    'question time'),
];

/**
 * Front-matter keys that name the people of a conversation by what they do in it: `asks` (`host: Jane Roe`,
 * `moderator:`), whose turns that ask open the exchanges, or `answers` (`guests:`, `witness:`), who never count as
 * askers. Compared without case.
 */
export const FRONT_MATTER_PEOPLE: readonly { word: string; does: 'asks' | 'answers' }[] = [
  ...['host', 'hosts', 'moderator', 'moderators', 'interviewer', 'interviewers', 'anchor'].map(word => ({ word, does: 'asks' as const })),
  ...['guest', 'guests', 'interviewee', 'interviewees', 'panelists', 'witness', 'witnesses'].map(word => ({ word, does: 'answers' as const })),
];

/** First words of document parts (`Part II:`, `Chapter 3:`, `Tagesordnungspunkt 4:`): not labels in up to 3 words. */
export const PART_WORDS: readonly string[] = [
  'by', 'part', 'chapter', 'section', 'step', 'appendix', 'exhibit', 'figure', 'table', 'article', 'item', 'lesson',
  'module', 'unit', 'volume', 'vol.', 'book', 'act', 'scene', 'day', 'week',
  'punto', 'capítulo', 'chapitre', 'point', 'kapitel', 'punkt', 'tagesordnungspunkt', 'zusatzpunkt', 'capitolo',
  'глава', 'пункт',
];

/**
 * Headings of counsel's questioning of a witness, in a deposition or a trial (`CROSS-EXAMINATION BY MS. PARK:`,
 * `FURTHER REDIRECT EXAMINATION`): alone on their line they start a section named for the examiner, and with a
 * colon they are never a speaker's label. Compared in lower case; `further` may come first.
 */
export const EXAMINATION_HEADINGS: readonly string[] = [
  'examination', 'direct examination', 'direct-examination', 'redirect examination', 'redirect-examination',
  'cross examination', 'cross-examination', 'recross examination', 'recross-examination',
];

/**
 * First words of a letter's salutation, read aloud in a speech (`Dear Chairman Holt:`): such a line is no label.
 * Compared in lower case.
 */
export const SALUTATIONS: readonly { word: string; langs: readonly string[] }[] = [
  ...['dear'].map(word => ({ word, langs: ['en'] })),
  ...['estimado', 'estimada', 'estimados', 'querido', 'querida'].map(word => ({ word, langs: ['es'] })),
  ...['cher', 'chère', 'chers'].map(word => ({ word, langs: ['fr'] })),
  ...['lieber', 'liebe', 'sehr'].map(word => ({ word, langs: ['de'] })),
  ...['caro', 'cara', 'gentile', 'egregio'].map(word => ({ word, langs: ['it'] })),
  ...['prezado', 'prezada'].map(word => ({ word, langs: ['pt'] })),
  ...['уважаемый', 'уважаемая', 'дорогой', 'дорогая'].map(word => ({ word, langs: ['ru'] })),
];

/**
 * How a sentence that introduces a quotation ends, in scripts without spaces (`他接着说：` "he went on to say:"):
 * a line ending so before its colon is prose, not a speaker's label.
 */
export const QUOTE_INTRODUCERS: readonly { ending: string; langs: readonly string[] }[] = [
  ...['说', '说道', '表示', '指出', '强调', '称', '问道', '回答说', '写道'].map(ending => ({ ending, langs: ['zh-Hans'] })),
  ...['說', '說道', '強調', '稱', '問道', '寫道'].map(ending => ({ ending, langs: ['zh-Hant'] })),
  ...['述べた', '語った', '話した', 'と言った'].map(ending => ({ ending, langs: ['ja'] })),
];

/**
 * Headings of a roster block in the header (`SPEAKERS:` then names, one a line): never a speaker, and the
 * names below are the people of the transcript (src/core/parse/header.ts reads the block).
 */
export interface RosterRow {
  readonly word: string;
  readonly langs: readonly string[];
}

const roster = (langs: string[], ...words: string[]): RosterRow[] => words.map(word => ({ word, langs }));

export const ROSTER_HEADINGS: readonly RosterRow[] = [
  ...roster(['en'], 'speakers', 'participants', 'panelists', 'panellists', 'present', 'also present', 'attendees',
    'witnesses', 'appearances', 'guests', 'cast', 'members present', 'in attendance',
    'conference call participants', 'corporate participants', 'executives', 'analysts',
    'panel', 'featuring', 'with', 'company participants', 'other participants'),
  ...roster(['es'], 'participantes', 'intervinientes', 'asistentes', 'ponentes', 'presentes', 'oradores',
    'invitados', 'testigos', 'panelistas'),
  ...roster(['fr'], 'intervenants', 'participants', 'présents', 'orateurs',
    'intervenantes', 'invités', 'témoins', 'panélistes'),
  ...roster(['de'], 'teilnehmer', 'teilnehmende', 'anwesend', 'redner', 'rednerinnen und redner', 'gäste',
    'teilnehmerinnen und teilnehmer', 'gesprächsteilnehmer', 'anwesende', 'podium', 'zeugen', 'sachverständige', 'mitwirkende'),
  ...roster(['it'], 'partecipanti', 'relatori', 'presenti', 'ospiti',
    'intervenuti', 'testimoni'),
  ...roster(['pt'], 'participantes', 'presentes', 'palestrantes', 'convidados',
    'testemunhas', 'oradores'),
  ...roster(['ru'], 'участники', 'присутствовали', 'выступающие',
    'присутствующие', 'докладчики', 'свидетели', 'гости'),
  ...roster(['zh-Hans'], '出席', '参会人员', '与会者',
    '出席人员', '参加人员', '出席者'),
  ...roster(['zh-Hant'], '出席', '與會者',
    '參會人員', '出席人員', '參加人員', '出席者'),
  ...roster(['ja'], '出席者', '参加者', '登壇者',
    '出演者'),
];

/**
 * Words of stage directions that may stand in parentheses without a full stop: `(inaudible)`, `(Beifall)`.
 * Compared without regard to case.
 */
export const STAGE_DIRECTION_WORDS: readonly { word: string; langs: readonly string[] }[] = [
  ...['laughter', 'laughs', 'laughing', 'applause', 'crosstalk', 'cross-talk', 'inaudible', 'unintelligible',
    'indiscernible', 'silence', 'pause', 'music', 'cheers', 'cheering', 'booing', 'boos', 'sighs', 'coughs', 'break',
    'recess', 'off mic', 'off-mic', 'no response', 'interruption', 'video clip', 'end video clip', 'audio clip',
    'phonetic', 'sic'].map(word => ({ word, langs: ['en'] })),
  ...['risas', 'aplausos', 'inaudible', 'pausa'].map(word => ({ word, langs: ['es'] })),
  ...['rires', 'applaudissements', 'inaudible'].map(word => ({ word, langs: ['fr'] })),
  ...['beifall', 'heiterkeit', 'lachen', 'zuruf', 'zurufe', 'unruhe', 'unverständlich'].map(word => ({ word, langs: ['de'] })),
  ...['risate', 'applausi'].map(word => ({ word, langs: ['it'] })),
  ...['risos', 'aplausos'].map(word => ({ word, langs: ['pt'] })),
  ...['смех', 'аплодисменты'].map(word => ({ word, langs: ['ru'] })),
];

/**
 * Labels of reference documents (`Usage:`, `Returns:`): the parser may read them as labels, but a document whose
 * labels are these is no transcript (src/core/detect.ts). Compared in lower case.
 */
export const DOCUMENTATION_LABELS: readonly string[] = [
  'usage', 'default', 'defaults', 'type', 'types', 'returns', 'return', 'parameters', 'parameter', 'params',
  'arguments', 'options', 'input', 'output', 'example', 'examples', 'note', 'notes', 'warning', 'tip',
  'important', 'caution', 'description', 'status', 'version', 'license', 'requirements', 'installation',
  'solution', 'problem', 'error', 'result', 'results', 'fixed', 'added', 'changed', 'removed', 'todo',
];

/**
 * Lower-case words inside a name or role: `Ursula von der Leyen`, `Secretary of State`, `Luiz Inácio Lula da Silva`,
 * and the forms of address of Spanish and Catalan parliamentary records (`La señora PRESIDENTA:`,
 * `El señor PRESIDENTE DEL GOBIERNO (Sánchez Pérez-Castejón):`, `El senyor PRESIDENT:`).
 */
export const NAME_PARTICLES: readonly string[] = [
  'of', 'the', 'for', 'and', 'on', 'de', 'da', 'del', 'della', 'der', 'den', 'des', 'di', 'du', 'la', 'le', 'van',
  'von', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'à', 'zu', 'dos', 'das', 'do', 'ter', 'te', 'st.',
  'señor', 'señora', 'señores', 'señoras', 'senyor', 'senyora',
];

/**
 * French parliamentary records (Assemblée nationale, Sénat, and the parliaments that write as they do) end a label
 * with a full stop: a form of address, then a name (`Mme Mathilde Panot.`, `M. Gabriel Attal, Premier ministre.`) or
 * an office after `le`/`la` (`M. le président.`, `Mme la ministre déléguée chargée de l'industrie.`). An office is
 * one of `offices`, optionally followed by words that open a complement (`de la commission des lois`).
 */
export const FRENCH_RECORD_LABELS = {
  addresses: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle'],
  offices: [
    'président', 'présidente', 'vice-président', 'vice-présidente', 'ministre', 'premier ministre', 'première ministre',
    'rapporteur', 'rapporteure', 'rapporteur général', 'rapporteure générale', 'secrétaire d’État', "secrétaire d'État",
    'garde des sceaux', 'questeur', 'questeure', 'doyen', 'doyenne', 'commissaire', 'haut-commissaire', 'haute-commissaire',
    'président de séance', 'présidente de séance',
  ],
  complements: ['de', 'du', 'des', 'd’', "d'", 'délégué', 'déléguée', 'chargé', 'chargée', 'auprès'],
} as const;

/**
 * Labels that a full stop and a dash close, the speech following on the line: the European Parliament's verbatim
 * reports in every language (`President. – The next item is…`, `Ursula von der Leyen, President of the Commission. –
 * Madam President…`, `Radosław Sikorski (PPE). – …`). A name of two words or more, perhaps a group in parentheses
 * or a comma and a role, then an ending; one word alone only when it is the chair (`Präsidentin. – …`).
 */
export const DASH_LABELS = {
  endings: ['. – ', '. — '],
  chairs: [
    'President', 'Präsident', 'Präsidentin', 'Président', 'Présidente', 'Presidente', 'Presidenta', 'Voorzitter',
    'Przewodniczący', 'Przewodnicząca', 'Chair',
  ],
} as const;

/**
 * Labels opened by a mark instead of closed by a colon: the Japanese Diet's records (国会会議録) write
 * `○議長（額賀福志郎君）　これより会議を開きます。`: the mark, the speaker (a name, or an office with the name in
 * full-width parentheses), an ideographic space, then the speech. `honorific`, after a name, is left out of it.
 */
export const MARKED_LABELS: readonly { mark: string; separator: string; honorific: string; langs: readonly string[] }[] = [
  { mark: '○', separator: '\u3000', honorific: '君', langs: ['ja'] },
  { mark: '◯', separator: '\u3000', honorific: '君', langs: ['ja'] },
];

/**
 * Honorifics that open a name line standing alone (Hansard: `Mr John Smith (Northshire) (Lab)`) or a label
 * ending in a full stop (US Congressional Record: `Mr. HOLLAND. Mr. President, ...`).
 */
export const HONORIFICS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Earl', 'Viscount',
];
