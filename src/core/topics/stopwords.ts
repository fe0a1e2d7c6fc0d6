/**
 * English word lists for the topic extractor. All entries are lowercase, with ' as the apostrophe.
 *
 * FUNCTION words never belong to a topic phrase. SOFT words (common verbs, vague adjectives,
 * generic nouns, politeness filler) usually do not, but keep their place inside a name when they
 * are capitalised in mid-sentence ("Victory Day", "General Assembly", "New START").
 */

function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((word) => word.length > 0));
}

/** Articles, pronouns, prepositions, auxiliaries, conjunctions, question words. */
export const FUNCTION_WORDS = wordSet(`
  a an the this that these those such
  i me my mine myself we us our ours ourselves you your yours yourself yourselves
  he him his himself she her hers herself it its itself they them their theirs themselves
  one ones someone somebody anyone anybody everyone everybody noone nobody
  something anything everything nothing somewhere anywhere everywhere
  what which who whom whose when where why how whether whatever whichever whoever however
  is am are was were be been being do does did doing done have has had having
  will would shall should can could may might must ought
  not no nor yes yeah yep okay ok oh well either neither
  and or but if then than so because as while although though unless until since yet also too
  of in on at by for with about against between into through during before after above below
  to from up down out off over under again further once here there
  all any both each few more most other some own same very just only even still already
  per via vs versus amid among amongst around across along toward towards upon within without
  regarding concerning re like unlike despite including plus every another
  let let's lets gonna wanna gotta
`);

/** Common verbs: never a topic, and after a noun they show it is the subject ("the White House sees"). */
export const SOFT_VERBS = wordSet(`
  say says said saying tell tells told telling ask asks asked asking answer answered
  think thinks thought thinking know knows knew known see sees saw seen seeing look looks looked looking
  get gets got gotten getting go goes went gone going come comes came coming
  make makes made making take takes took taken taking give gives gave given giving
  want wants wanted wanting need needs needed mean means meant believe believes believed
  feel feels felt seem seems seemed try tries tried trying hope hopes hoped wish wonder wondering
  like likes liked love expect expects expected understand understood happen happens happened
  talk talked talking speak speaks spoke speaking discuss discussed mention mentioned
  comment commented elaborate clarify confirm confirmed explain explained describe described
  share hear heard follow following followed put puts keep keeps kept help helps helped
  report reported reporting cite cites cited citing announce announced announcing
  continue continues continued remain remains become becomes became begin began start started
  plan plans planned appreciate thank thanks thanking congratulate welcome welcomed
  acknowledge highlight touch add weigh walk heading
  meet meets met affect affects affected allow allows allowed approve approves approved attend attends attended
  avoid avoids avoided bring brings brought buy buys bought cancels cancelled canceled consider considers considered
  create creates created decide decides decided deliver delivers delivered encourage encourages encouraged
  enforce enforces enforced ensure ensures ensured expand expands expanded extend extends extended find finds found
  impose imposes imposed improve improves improved include includes included intend intends intended
  intervene intervenes intervened introduce introduces introduced invite invites invited join joins joined
  lift lifts lifted lose loses lost pass passes passed prevent prevents prevented protect protects protected
  provide provides provided publish publishes published receive receives received reduce reduces reduced
  reject rejects rejected remove removes removed require requires required resign resigns resigned
  resume resumes resumed retaliate retaliates retaliated ratify ratifies ratified register registers registered
  seek seeks sought send sends sent spent suspend suspends suspended threaten threatens threatened
  undermine undermines undermined violate violates violated withdraw withdraws withdrew withdrawn
  supports condemn condemns condemned ignore ignores ignored drove driven choose chooses chose chosen held
  agree agrees agreed exist exists existed depend depends depended matters apply applies called dubbed
`);

/** Vague adjectives and adverbs, generic nouns, courtesy and filler. */
const SOFT_OTHER = `
  please sorry excuse pardon sir madam ma'am gentlemen ladies congratulations congrats
  good great fantastic amazing impressive nice important interesting big bigger biggest large small
  little high higher low lower long short old different same real clear sure possible likely able
  certain particular specific main major broad best better worst worse much many less least
  last next first second third early earlier late later latest recent current overall full entire
  single various several huge significant strong quick general additional whole true false ongoing
  happy glad grateful curious comfortable past due hard easy new
  dependent independent responsible ready available aware confident willing unable eligible necessary enough
  concerned worried afraid optimistic pessimistic satisfied receptive interested disappointed surprised
  winter summer spring autumn fall
  status situation possibility prospect prospects percentage amount portion rest type types version
  couple series range variety handful sake reason subject subjects serious favor favour rid
  one two three four five six seven eight nine ten eleven twelve dozen
  really actually basically essentially simply certainly obviously clearly exactly probably perhaps
  maybe quite rather pretty almost again already ever never always often sometimes now right
  somewhat somehow anyway anymore kinda sorta
  today tonight yesterday tomorrow currently recently finally lastly specifically particularly
  back forward ahead away behind
  question questions answer answers thing things lot lots way ways part parts kind sort bit
  point points time times people guys folks reaction response view views thoughts sense idea
  issue issues topic topics matter fact case example terms term number level place side end
  update detail details comments head chance opportunity regard respect light mind word words belief
  year years month months week weeks day days hour hours minute minutes moment
  mr mrs ms dr prof mister
`;

/** Every word that usually does not belong to a topic phrase (see above). */
export const SOFT_WORDS = new Set([...SOFT_VERBS, ...wordSet(SOFT_OTHER)]);

/** Stage directions in brackets: "(Laughter.)", "(inaudible)", "(Cross-talk by reporters.)". */
export const STAGE_DIRECTIONS = wordSet(`
  laughter laughs laughing applause inaudible unintelligible indiscernible crosstalk cross-talk
  silence pause music reporters
`);

/** Nouns of opinion: the phrase before them holds the opinion ("White House reaction"). */
export const OPINION_NOUNS = wordSet('reaction reactions response responses comment comments view views position stance belief assessment thoughts');

/** Words before "to" that make its object the topic ("reaction to Elon Musk saying ..."). */
export const TOPIC_TO_HEADS = wordSet('reaction reactions response responses respond react reply answer');

/** Words after which a lowercase word is a verb, not a noun: "you enjoy", "will miss", "please stop".
 * ("to" is weaker, "a threat to democracy": see the scoring.) */
export const VERB_CUES = wordSet(`
  will would can could should shall may might must do does did please let let's
  i you we they he she anyone anybody someone somebody everyone everybody nobody
`);

/** Auxiliaries that are cues only before a participle ("had attended", "were condemning"),
 * not before a noun ("will be daily briefings", "has troops"). */
export const PARTICIPLE_CUES = wordSet('have has had having am is are was were be been being');

/** Adverbs between a cue and its verb: "had already attended", "will also adopt". */
export const CUE_ADVERBS = wordSet('already also just not never still even really actually only ever always all both');

/** Numbers in words: a label of a number and its unit ("350 billion") says little. */
export const NUMBER_WORDS = wordSet(`
  one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds
  thousand thousands million millions billion billions trillion trillions percent dollars cents
`);

/** Weekdays and months: a label made of these alone is a date, not a topic. */
export const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  morning afternoon evening night
`);

/** Courtesy titles: the capitalised words after them name a person. */
export const HONORIFICS = wordSet('mr mrs ms dr prof mister madam sir dame lord lady');

/** Offices that, alone or before a name, address a person rather than name a topic. */
export const OFFICE_TITLES = wordSet(`
  minister president secretary mayor chief senator governor ambassador chancellor premier
  chairman chairwoman chair professor commissioner director spokesperson spokesman spokeswoman
  congressman congresswoman representative admiral judge justice counsel
`);

/** Last words of an institution's name: "Justice Department" and "General Assembly" are no people. */
export const INSTITUTION_HEADS = wordSet(`
  assembly department ministry office council committee commission agency court house bank
  party union board administration government parliament congress senate cabinet service
  services treaty plan act bill fund program programme organization organisation
`);

/** Verbs that follow a news source ("Bloomberg reported"): the source is not the topic. */
export const REPORTING_VERBS = wordSet(`
  reported reports reporting said says wrote writes claimed announced announces
  noted stated suggested suggests revealed reveals according saying telling arguing argues argued
  claiming claims warned warns
`);

/** Auxiliaries that follow the subject of a question ("will the United States return"). */
export const SUBJECT_AUXILIARIES = wordSet(`
  will would can could should shall may might must is are was were has have had does do did
`);

/** Prepositions whose object is what the question is about. */
export const TOPIC_PREPOSITIONS = wordSet('about regarding concerning re');

/** Words before "on" that make its object the topic ("a question on Copilot", "comment on ..."). */
export const TOPIC_ON_HEADS = wordSet(`
  question questions comment comments update thoughts view views focus detail details more
  follow followup follow-up touch elaborate expand speak talk weigh anything something color
  colour perspective position stance maybe just briefly specifically quickly back also now
  talks negotiations agreement deal vote decision ban sanctions restrictions tariffs report bill law
  treaty convention discussion discussions consultations dialogue progress statement policy guidance
  agree agreed vote votes voted voting decide decided ruling ruled work working hearing briefing focused concerns
  book books article articles study studies paper film documentary story piece speech essay research podcast
`);

/** Prepositions before "this"/"that"/"it" that point back at what was said ("your reaction to that?"). */
export const POINTING_PREPOSITIONS = wordSet('of on about to with for from in regarding');

/** Words that may point back at what was said, after such a preposition. */
export const POINTERS = wordSet('this that it');

/** Pronouns that open a relative clause ("a program that enforces ..."). */
export const RELATIVE_PRONOUNS = wordSet('that which who');

/** Particles of phrasal verbs ("line up", "shut down"). */
export const PARTICLES = wordSet('up down out off');

/** Words that open a question after "and"/"or"/"but": "..., and how is that affecting ...". */
export const QUESTION_WORDS = wordSet('how what why when where whether which who');

/** Conjunctions that may join a second question to the first. */
export const COORDINATORS = wordSet('and or but');

/** Generic nouns that head a compound after a content word: "price point", "security situation". */
export const COMPOUND_HEADS = wordSet('point points level levels side sides status situation issue issues plan');

/** Words ending in -ly that are not adverbs. */
export const LY_NOUNS = wordSet(`
  family families supply assembly rally ally reply apply anomaly monopoly italy july bully
  jelly belly fly july emily kelly holly daily weekly monthly quarterly ly
`);

/** Connectors allowed inside a capitalised name ("Bank of England", "Treaty on Open Skies"). */
export const NAME_CONNECTORS = wordSet('of for on de du da di del van von al el the v vs');

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof st jr sr v vs etc no nos gen sen rep gov lt col capt sgt mt inc co corp ltd
  dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Determiners skipped when looking for the word that governs a phrase ("about the new rules"). */
export const DETERMINERS = wordSet('the a an this that these those your our their his her its my any some');

/** Forms of "be" after a subject: "Victory Day is ..." states the topic rather than an actor. */
export const COPULAS = wordSet('is are was were');

/** Prepositions of place: "held on Red Square", "in the EAEU countries". */
export const LOCATION_PREPOSITIONS = wordSet('in at on from across within near inside throughout');
