/** German. */
import { words, type LanguageProfile } from './profile';

export const de: LanguageProfile = {
  code: 'de',
  franc: ['deu'],
  months: [
    'januar jan jänner jän',
    'februar feb feber',
    'märz mär mrz',
    'april apr',
    'mai',
    'juni jun',
    'juli jul',
    'august aug',
    'september sep sept',
    'oktober okt',
    'november nov',
    'dezember dez',
  ],
  weekdays: words('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'),
  stopWords: words(`der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn weil dass ob
    wenn als wie was wer wen wem wessen wo wann warum wieso weshalb welche welcher welches welchen ich du er sie es wir
    ihr mich mir dich dir sich uns euch ihn ihm ihnen mein meine dein deine sein seine unser unsere euer eure ihre
    ist sind war waren bin bist sein gewesen wird werden wurde wurden worden hat haben hatte hatten habe kann können
    konnte könnte muss müssen sollte sollen soll will wollen würde würden darf dürfen mag möchte möchten nicht kein
    keine keinen auch noch schon nur sehr so dann da hier dort jetzt heute gestern morgen immer wieder bereits mal ja
    nein doch etwa eben gerade ganz mehr viel viele wenig in im an am auf aus bei mit nach von vom zu zum zur für
    über unter vor hinter neben zwischen durch gegen ohne um bis seit während wegen trotz diese dieser dieses diesen
    diesem jene man es gibt geht gehen sagen sagte gesagt frage fragen danke bitte herr frau damen herren meine
    dazu darauf darüber damit davon dabei denn also weiter eigentlich vielleicht sicher gut
    meinung position haltung einschätzung`),
  connectors: words('der des von für zur zum'),
  topicPrepositions: words('über zu zum zur bezüglich hinsichtlich wegen'),
  honorifics: words('herr frau dr prof fräulein'),
  roles: words(`bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin bundesminister bundesministerin
    präsident präsidentin bundespräsident bundespräsidentin vizepräsident vizepräsidentin staatssekretär
    staatssekretärin abgeordneter abgeordnete ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin
    regierungssprecher regierungssprecherin sprecher sprecherin vorsitzender vorsitzende botschafter botschafterin
    senator senatorin richter richterin`),
  interpreted: ['übersetzung', 'gedolmetscht', 'verdolmetscht', 'dolmetscher', 'über dolmetscher', 'übersetzt'],
  officeParts: words('des der für auswärtigen auswärtige innern finanzen'),
  askingRoles: words('moderator moderatorin interviewer interviewerin gastgeber gastgeberin vorsitzender vorsitzende reporter reporterin'),
  announcingRoles: words('operator operatorin'),
  askingOpenings: words('was warum wieso weshalb wie wer wen wem welche welcher welches wann wo woher wohin'),
  askingPhrases: ['ich möchte fragen', 'meine frage ist', 'meine frage lautet', 'ich frage sie'],
  tagQuestions: ['oder', 'ne', 'nicht wahr', 'gell', 'ja', 'stimmt'],
  courtesies: ['danke', 'vielen dank', 'ja', 'guten tag', 'hallo'],
  commonWords: words('nicht diese dieser dieses haben werden wurde schon immer etwas'),
  announcements: [],
  parts: {
    first: ['erstens', 'zum einen', 'zunächst'],
    later: ['zweitens', 'drittens', 'zum anderen', 'zum zweiten', 'und zweitens'],
    continuations: ['und', 'und dann', 'und auch', 'außerdem', 'sowie', 'dann'],
    and: 'und',
    articles: words('der die das den dem des'),
  },
};
