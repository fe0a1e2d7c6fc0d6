/**
 * Questions and the topic labels a reader would accept, for `topics.test.ts`: taken from the
 * corpus and the samples, or written in their styles (press conferences, briefings, earnings
 * calls, testimony, interviews, debates).
 */

/** A question and the label a reader would accept (one, or any of a few). */
export interface TopicCase {
  question: string;
  expected: string | string[];
}

// The corpus's example press conference (Lavrov, Nur-Sultan, 8 April 2021), every question.
export const pressConference: TopicCase[] = [
  {
    question: 'On Wednesday, Defence News reported that the United States had sent a diplomatic note to its partners in late March. '
      + "The document says that Washington's return to the Open Skies Treaty, which Russia allegedly continues to violate, will send "
      + 'the wrong message to Moscow and undermine the US position on arms control. What do you have say about this? '
      + 'Do you think the United States will return to the treaty?',
    expected: 'Open Skies Treaty',
  },
  {
    question: 'Bloomberg reported, citing sources, that the Biden administration has completed an overview of Russia\'s hostile actions, '
      + 'such as meddling in elections and hacker attacks, and is currently exploring the possibility of expelling Russian diplomats '
      + 'and imposing sanctions on persons affiliated with top Russian officials. Can you comment on this? Will Russia retaliate?',
    expected: ["Russia's hostile actions", 'US sanctions'],
  },
  {
    question: 'In Russia, COVID-certificates will be bound to foreign travel passports. Kazakhstan will also adopt electronic '
      + 'vaccination passports. Are there any plans to introduce a single vaccination passport in the EAEU countries? If not, '
      + 'will such passports of the EAEU member states be mutually recognised?',
    expected: ['vaccination passport', 'vaccination passports', 'COVID certificates'],
  },
  {
    question: 'It is taking the European regulator much more than a month to register Sputnik V. Is it possible to create an '
      + 'international mechanism, for example, at the WHO, so as to avoid procrastination and to have common criteria?',
    expected: ['Sputnik V', 'international mechanism'],
  },
  {
    question: 'Victory Day is just around the corner. Do you know if the traditional parade will be held on Red Square this year? '
      + 'If so, will foreign leaders, including from Kazakhstan, be invited to attend it?',
    expected: ['Victory Day', 'traditional parade', 'Victory Day parade', 'Red Square'],
  },
];

// samples/press-conference.txt, every question.
export const samplePressConference: TopicCase[] = [
  {
    question: 'Prime Minister, the opposition says the interconnector makes Veluria dependent on Ostmark for its electricity. '
      + 'What is your answer to that?',
    expected: ['interconnector', 'dependence on Ostmark'],
  },
  {
    question: 'Did you agree on the price of the electricity that will flow this winter?',
    expected: ['price of electricity', 'electricity price'],
  },
  {
    question: 'A question for President Weber. Your parliament votes next week on the hydrogen budget. Are you confident it will pass?',
    expected: 'hydrogen budget',
  },
  {
    question: 'Prime Minister, a follow-up on the seasonal workers. When will the online form be available, and will it be in both languages?',
    expected: ['seasonal workers', 'online form'],
  },
  { question: 'Will the two governments meet again before the end of the year?', expected: ['next meeting', 'two governments'] },
];

// The corpus's White House briefing (hard-wrapped) and earnings call.
export const briefingAndCall: TopicCase[] = [
  {
    question: 'Thank you. Mayor, it is good to see you again. A Missouri General Assembly just passed a bill just now that increases '
      + 'the percentage of Kansas City\u2019s budget that needs to be spent on policing. What\u2019s your reaction to the bill? But more '
      + 'importantly, what\u2019s your reaction to them passing it while you\u2019re here on this very topic?',
    expected: ['Missouri General Assembly', 'police funding bill'],
  },
  { question: '\u2014 or a program that enforces accountability?', expected: ['accountability', 'program'] },
  {
    question: 'And then two quick ones on immigration. There could be a ruling today in federal court on the future of Title 42 '
      + 'and whether or not it gets delayed beyond the May 23rd deadline. Can you give us a status report on ongoing preparations '
      + 'for the end of it should that deadline hold and how they might change if they get delayed by a quarter?',
    expected: ['Title 42', 'future of Title 42'],
  },
  { question: 'A question on Brittney Griner.  Does the White House have a response on her\ndetention being extended?', expected: 'Brittney Griner' },
  { question: 'And then I have a follow-up on Title 42.', expected: 'Title 42' },
  { question: 'Will President Biden address the abortion rally tomorrow?', expected: 'abortion rally' },
  { question: 'Back on the issue of the formula shortage.', expected: 'formula shortage' },
  {
    question: "Congrats from me as well. I had one question on Copilot, and I'm obviously a happy user here at Barclays. "
      + 'Where is the -- what are you seeing in your customer conversations, Satya, about like that understanding that '
      + 'Copilot is actually just the starting point?',
    expected: 'Copilot',
  },
];

// Written in the corpus's styles: the first set with the extractor, the second with the phrase rules.
export const ownQuestions: TopicCase[] = [
  {
    question: 'Mr. Lavrov, could you please comment on the situation around the Nord Stream 2 pipeline? Will Germany suspend the project?',
    expected: ['Nord Stream 2 pipeline', 'Nord Stream 2'],
  },
  { question: 'My question is about vaccination passports. Do you think they will be introduced this summer?', expected: 'vaccination passports' },
  { question: 'Jen, what is the President\u2019s message to families struggling with the baby formula shortage?', expected: 'baby formula shortage' },
  { question: 'There were reports today about the so-called \u201cBuild Back Better\u201d plan. Is that dead?', expected: 'Build Back Better' },
  { question: 'Good afternoon. Thank you for the opportunity. My question is about the Caspian Sea. When will the convention be ratified?', expected: 'Caspian Sea' },
  { question: 'Mr. Minister, what will you discuss with Secretary Blinken at the Arctic Council meeting?', expected: ['Arctic Council meeting', 'Arctic Council'] },
  { question: 'Mr. Minister, the United States has announced new sanctions over the SolarWinds hack. How will Moscow respond?', expected: ['SolarWinds hack', 'sanctions'] },
  { question: 'Satya, can you talk about the demand signals you\u2019re seeing for Azure AI Foundry?', expected: 'Azure AI Foundry' },
  { question: 'Amy, maybe on margins. How should we think about operating margins next year as the Azure mix shifts?', expected: 'operating margins' },
  { question: 'Is the U.S. going to rejoin the JCPOA this year?', expected: 'JCPOA' },
  { question: 'Last week the EU extended its sanctions. Are you ready to discuss the Minsk agreements with Brussels?', expected: 'Minsk agreements' },
  { question: 'And on the debt ceiling \u2014 does the President think Congress will raise it before the deadline?', expected: 'debt ceiling' },
  { question: 'Can you give us an update on the vaccine rollout in rural areas?', expected: 'vaccine rollout' },
  { question: 'Reuters reported that the European Medicines Agency will start a rolling review of Sputnik V. Can you confirm this?', expected: ['Sputnik V', 'rolling review', 'European Medicines Agency'] },
  { question: 'Thank you, Jen. On Ukraine, is the administration considering sending additional air defense systems?', expected: ['Ukraine', 'air defense systems'] },
  // No question mark: the whole text is the asked part.
  { question: 'I wanted to follow up on the Abbott plant in Michigan', expected: ['Abbott plant', 'Michigan'] },
  // Capitals as typed by some transcribers: the label keeps them.
  { question: 'MR. PRESIDENT, WHAT IS YOUR RESPONSE TO THE NEW TARIFFS ON STEEL IMPORTS?', expected: ['TARIFFS', 'STEEL IMPORTS'] },
];

export const ownQuestionsByStyle: TopicCase[] = [
  // Press conferences.
  {
    question: 'Question (to both ministers): How do you assess the progress of the talks on the delimitation of the Caspian Sea?',
    expected: ['Caspian Sea', 'delimitation of the Caspian Sea'],
  },
  {
    question: 'Japan intends to release treated water from the Fukushima plant into the ocean. Will Russia raise this issue at the IAEA Board of Governors?',
    expected: ['treated water', 'Fukushima plant'],
  },
  { question: 'There are reports that the grain corridor in the Black Sea may close next month. Will the grain deal be extended?', expected: ['grain corridor', 'grain deal'] },
  { question: 'What is the status of the negotiations on a new strategic arms treaty with Washington?', expected: 'strategic arms treaty' },
  {
    question: 'How do you see the role of the Collective Security Treaty Organisation in the crisis in Karabakh?',
    expected: ['Collective Security Treaty Organisation', 'crisis in Karabakh'],
  },
  {
    question: 'Chancellor, farmers have blocked the roads with tractors for a week. Will the government withdraw the diesel subsidy cuts?',
    expected: 'diesel subsidy cuts',
  },
  {
    question: 'President Weber, the opposition accuses your government of hiding the real cost of the hydrogen plant. Will you publish the figures?',
    expected: ['cost of the hydrogen plant', 'cost of hydrogen plant', 'hydrogen plant'],
  },
  // Briefings.
  { question: 'Jen, does the President support a federal gas tax holiday this summer?', expected: ['gas tax holiday', 'federal gas tax holiday'] },
  { question: 'Karine, on student loans \u2014 is the President going to extend the payment pause beyond August?', expected: ['student loans', 'payment pause'] },
  { question: 'Is the White House concerned that a rail strike could disrupt supply chains before the holidays?', expected: 'rail strike' },
  { question: 'Does the administration have a timeline for lifting the tariffs on Chinese steel?', expected: ['tariffs on Chinese steel', 'Chinese steel'] },
  { question: 'Can you give us an update on the hostage negotiations with Hamas?', expected: 'hostage negotiations' },
  {
    question: 'The Senate parliamentarian ruled last night against including the minimum wage increase in the relief bill. Will the President push to overrule her?',
    expected: ['minimum wage increase', 'minimum wage'],
  },
  { question: 'A follow-up on the baby formula shortage: when will the first flights from Europe arrive?', expected: 'baby formula shortage' },
  {
    question: 'Is the President going to sign the executive order on police accountability next week?',
    expected: ['executive order on police accountability', 'police accountability', 'executive order'],
  },
  // Earnings calls.
  { question: 'Can you talk about Azure growth and capacity constraints?', expected: 'Azure growth' },
  {
    question: 'Thanks for taking my question. Amy, you mentioned gross margin pressure from the AI infrastructure build-out. '
      + 'How should we think about the cadence of capital expenditures into fiscal 26?',
    expected: ['capital expenditures', 'cadence of capital expenditures'],
  },
  {
    question: 'Hi, thanks. Just one on pricing. Are you seeing any pushback from enterprise customers on the Microsoft 365 Copilot price point?',
    expected: ['Microsoft 365 Copilot price point', 'Copilot price point', 'Microsoft 365 Copilot', 'pricing'],
  },
  { question: 'Could you give us some color on the free cash flow guide for the second half?', expected: ['free cash flow guide', 'free cash flow'] },
  {
    question: 'Satya, how are you thinking about the balance between first-party models and the partnership with OpenAI?',
    expected: ['first-party models', 'partnership with OpenAI', 'OpenAI'],
  },
  { question: 'On gaming, what drove the decline in Xbox hardware revenue this quarter?', expected: ['Xbox hardware revenue', 'decline in Xbox hardware revenue'] },
  { question: 'Congrats on the quarter. What are you seeing in LinkedIn hiring trends, and how is that affecting Talent Solutions?', expected: 'LinkedIn hiring trends' },
  { question: 'I wanted to ask about operating expense discipline. Should we expect headcount to stay flat next year?', expected: 'operating expense discipline' },
  {
    question: 'Amy, can you help us understand the drivers of the commercial bookings growth this quarter?',
    expected: ['commercial bookings growth', 'drivers of commercial bookings growth'],
  },
  // Testimony and hearings.
  // A date the only content: the day keeps its month (it was `3`).
  { question: 'Where were you on the night of March 3?', expected: 'March 3' },
  { question: 'And what did you do after you received the email from Mr. Carter about the invoices?', expected: ['invoices', 'email from Mr. Carter'] },
  { question: "Isn't it true that you signed the purchase agreement before the board approved it?", expected: 'purchase agreement' },
  { question: 'Did you ever discuss the safety inspection reports with anyone at the plant?', expected: 'safety inspection reports' },
  { question: 'Secretary Austin, how many troops remain in Syria, and what is their mission there?', expected: ['troops in Syria', 'troops', 'Syria'] },
  {
    question: 'Mr. Zuckerberg, when did Facebook first learn that Cambridge Analytica had harvested the data of millions of users?',
    expected: 'Cambridge Analytica',
  },
  { question: 'Ms. Chen, who approved the change to the maintenance schedule for the Boeing 737 fleet?', expected: ['maintenance schedule', 'Boeing 737 fleet'] },
  // Interviews and podcasts.
  { question: "You've written a lot about the housing crisis in California. What would you do about zoning laws?", expected: ['zoning laws', 'housing crisis'] },
  {
    question: 'Let me ask you about your new book on the Cuban missile crisis. Why did you decide to write it now?',
    expected: ['Cuban missile crisis', 'book on the Cuban missile crisis'],
  },
  { question: 'How worried are you about inflation?', expected: 'inflation' },
  { question: 'Governor, will you sign the bill banning flavored vaping products?', expected: ['flavored vaping products', 'vaping products'] },
  { question: 'When you look at open-source models like Llama, do you think the closed labs can keep their lead?', expected: ['open-source models', 'Llama', 'closed labs'] },
  // Debates.
  { question: 'Vice President Biden, what would you do differently to contain the coronavirus pandemic?', expected: 'coronavirus pandemic' },
  { question: 'Senator Warren, how would you pay for Medicare for All without raising taxes on the middle class?', expected: ['Medicare for All', 'Medicare'] },
  { question: 'Mayor, your city has seen a rise in homicides this year. Would you cut police budgets?', expected: ['police budgets', 'homicides'] },
  { question: 'Congressman, should the United States rejoin the Paris climate agreement on day one?', expected: 'Paris climate agreement' },
  { question: 'President Trump, will you condemn white supremacists and militia groups tonight?', expected: ['white supremacists', 'militia groups'] },
];

// Scripts without spaces between words.
export const unspaced: TopicCase[] = [
  { question: '你怎么使用 CAT 来分割数据呢？', expected: '使用 CAT 来分割数据' },
  { question: '一部分讨论是重新引入一个操作码，叫做 \u201cOP_CAT\u201d。你们能不能讲讲这会有什么影响？', expected: 'OP_CAT' },
  { question: '那么，你们能不能多谈谈，在设计限制条款的时候，哪些因素会导致搬起石头砸自己的脚？', expected: '在设计限制条款的时候' },
  { question: 'すみません、新しい経済対策について、どう思いますか？', expected: '新しい経済対策について' },
];
