/**
 * Data: the words that head a roster block in a transcript's header (`SPEAKERS:`, `TEILNEHMER:`, `与会者：`),
 * the list of who takes part. Such a heading is never a speaker, and the names under it are not speech.
 * Compared without case and accents (`PRÉSENTS` and `PRESENTS` are one row). Words that are also ordinary
 * speaker labels (`Moderator`, `Sprecher`, `发言人`, `嘉宾`) are left out on purpose.
 */
export const ROSTER_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['speakers', 'witnesses', 'participants', 'present', 'also present', 'members present', 'panelists', 'panellists',
    'panel', 'attendees', 'in attendance', 'guests', 'hosts', 'cast', 'cast of characters', 'appearances',
    'corporate participants', 'company participants', 'conference call participants', 'other participants',
    'executives', 'analysts', 'featuring', 'with'],
  de: ['teilnehmer', 'teilnehmende', 'teilnehmerinnen und teilnehmer', 'gesprächsteilnehmer', 'anwesend', 'anwesende',
    'gäste', 'podium', 'zeugen', 'sachverständige', 'mitwirkende'],
  es: ['participantes', 'intervinientes', 'ponentes', 'asistentes', 'presentes', 'invitados', 'testigos', 'oradores',
    'panelistas'],
  fr: ['intervenants', 'intervenantes', 'participants', 'présents', 'invités', 'témoins', 'orateurs', 'panélistes'],
  it: ['partecipanti', 'intervenuti', 'relatori', 'ospiti', 'presenti', 'testimoni'],
  pt: ['participantes', 'palestrantes', 'convidados', 'presentes', 'testemunhas', 'oradores'],
  ru: ['участники', 'присутствующие', 'докладчики', 'свидетели', 'гости'],
  zh: ['与会者', '與會者', '参会人员', '參會人員', '出席人员', '出席人員', '出席者', '参加人员', '參加人員'],
  ja: ['出席者', '参加者', '登壇者', '出演者'],
};
