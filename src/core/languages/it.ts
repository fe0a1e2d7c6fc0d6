/** Italian. */
import { words, type LanguageProfile } from './profile';

export const it: LanguageProfile = {
  code: 'it',
  franc: ['ita'],
  months: [
    'gennaio gen',
    'febbraio feb',
    'marzo mar',
    'aprile apr',
    'maggio mag',
    'giugno giu',
    'luglio lug',
    'agosto ago',
    'settembre sett set',
    'ottobre ott',
    'novembre nov',
    'dicembre dic',
  ],
  weekdays: words('lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica'),
  stopWords: words(`il lo la i gli le un uno una l di del dello della dei degli delle a al allo alla ai agli alle da
    dal dalla in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra e ed o ma se che
    chi cosa quale quali quando dove come perché quanto io tu lui lei noi voi loro mi ti si ci vi ne mio mia suo sua
    nostro nostra questo questa questi queste quello quella è sono era erano stato stata essere ha hanno aveva avere
    fatto fare può possono potrebbe deve devono non sì no più meno anche già ancora molto tutto tutti tutta bene
    allora ora oggi qui lì signor signore signora signori grazie domanda domande vorrei chiedere dire pensa
    posizione opinione parere`),
  connectors: words('di del della delle dei degli dello'),
  topicPrepositions: words('su sul sulla sui sulle riguardo circa'),
  honorifics: words('sig sig.ra signor signora dott dott.ssa on avv ing'),
  roles: words('presidente ministro ministra sindaco senatore senatrice onorevole sottosegretario deputato deputata'),
  interpreted: ['traduzione', 'interpretazione', 'tramite interprete', 'tradotto'],
  officeParts: words('degli della del esteri affari economia stato'),
  askingRoles: words('moderatore moderatrice conduttore conduttrice intervistatore intervistatrice giornalista senatore senatrice'),
  announcingRoles: words('operatore operatrice'),
  askingOpenings: ['che', 'cosa', 'perché', 'chi', 'quale', 'quali', 'quando', 'dove', 'quanto', 'quanti'],
  askingPhrases: ['vorrei chiedere', 'volevo chiedere', 'la mia domanda è', 'le chiedo'],
  tagQuestions: ['no', 'vero', 'giusto', 'eh'],
  courtesies: ['grazie', 'sì', 'buongiorno', 'buonasera', 'salve'],
  commonWords: words('questo questa perché anche sempre ancora allora'),
  announcements: [],
  parts: {
    first: ['primo', 'innanzitutto', 'in primo luogo', 'da un lato', 'la prima'],
    later: ['secondo', 'in secondo luogo', "dall'altro", 'terzo', 'in terzo luogo', 'la seconda', 'e secondo'],
    continuations: ['e', 'e poi', 'e anche', 'poi', 'inoltre'],
    and: 'e',
    articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'"],
  },
};
