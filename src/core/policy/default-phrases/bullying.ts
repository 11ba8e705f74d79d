import type { DefaultLists } from './types';

export const bullying: DefaultLists = {
  jobThreats: {
    en: [
      'your job is on the line', 'job ... on the line', 'job will be on the line', 'whose fault it is', 'lose your job', 'your job is at risk', 'have your job', 'get you sacked', 'have you sacked', 'you will be sacked', "you'll be sacked",
      'you will be fired', "you'll be fired", 'have you removed', 'have you disciplined', 'make sure you are disciplined', 'your position is untenable', 'your days are numbered',
      'you will regret', "you'll regret", 'or else', 'watch your back', 'career is over', 'about your future', 'your future here', 'your future in this',
      'find someone who can', 'someone else who can', 'report you to your', 'have you moved',
      // Told they will not be there: "you won't be working here by Easter", "we'll see who's still here in the new year".
      "you won't be working here", 'you will not be working here', "you won't be here by", "you won't be in a job", 'you will not be in a job', "won't be in a job by",
      "you won't be * anything by", "you won't be in post", "we'll see who's still here", 'see who is still here', 'start looking for new jobs', 'start looking for a new job',
      "don't tend to last long", 'do not tend to last long', "won't last long here", "won't last long in this", 'your card is marked', "you'll regret this", 'going to regret this',
      "i'll sort you", 'ill sort you', "i'll remember this when", 'i will remember this when', 'find somebody who can',
    ],
    cy: ['colli dy swydd', 'colli eich swydd', 'colli’ch swydd', 'swydd ... yn y fantol', 'eich dyfodol yma', 'dod o hyd i rywun arall', 'eich diswyddo', 'dy ddiswyddo', 'mae eich swydd mewn perygl', 'neu fel arall', 'byddwch chi’n difaru',
      // "fyddi di ddim yn gweithio yma", "chwilio am swydd newydd", "ffeindio rhywun sy'n gallu", "fydda i ddim yn gallu dy amddiffyn di".
      'ddim yn gweithio yma erbyn', 'chwilio am swydd newydd', 'chwilio am swyddi newydd', "ffeindio rhywun sy'n gallu", 'ffeindio rhywun sy’n gallu', "rhywun arall sy'n gallu", 'rhywun arall sy’n gallu',
      'ddim yn gallu dy amddiffyn', 'ddim yn gallu eich amddiffyn', "byddi di'n difaru", 'byddi di’n difaru'],
  },
  deadlines: {
    en: [
      'within the hour', 'in the next hour', 'within an hour', 'within # hour*', 'within # minutes', 'by # today', 'by # # today', 'by # this afternoon', 'by # this morning',
      'by end of day', 'by the end of the day', 'by the end of today', 'by close of play', 'by close of business today', 'by lunchtime', 'by noon', 'by midday', 'immediately',
      'right now', 'straight away', 'this instant', 'by tonight', 'before you go home', 'by return', 'first thing tomorrow', 'first thing in the morning', 'by first thing',
    ],
    // "erbyn 5 o'r gloch heddiw" puts words between the hour and the day.
    cy: ['o fewn yr awr', 'o fewn awr', 'o fewn hanner awr', 'o fewn # munud', 'o fewn # awr', 'erbyn # heddiw', 'erbyn # o’r gloch heddiw', 'erbyn # o’r gloch y prynhawn yma', 'erbyn y prynhawn yma', 'erbyn hanner dydd', 'erbyn canol dydd', // Not "heno" alone: "diolch i bawb a ddaeth heno" sets no deadline.
      'erbyn diwedd y dydd', 'erbyn amser cinio', 'ar unwaith', 'yn syth', 'erbyn heno', 'cyn heno'],
  },
  pressure: {
    en: [
      // "I expect" alone is as often a forecast ("I expect the meeting will finish by noon") as a demand.
      'no excuses', 'i want', 'i expect it', 'i expect this', 'i expect you', 'i expect them', 'i expect a reply', 'i expect an answer', 'i demand', 'i insist', 'sick of', 'fed up', 'chasing you', 'chase you', 'not good enough', 'unacceptable',
      "don't make me ask", "don't expect to have to ask", 'ask twice', 'last chance', 'final warning', 'or else', 'i mean it', 'no more delays',
      'no arguments', 'no ifs or buts', 'on my desk', 'or i will', "or i'll", 'without fail',
    ],
    // "Dw i eisiau'r ffigurau" clips "the" onto the verb, hence the prefix; like the English "i want".
    cy: ['dim esgusodion', 'dw i eisiau*', 'rwy eisiau*', 'rwyf eisiau*', 'rydw i eisiau*', 'dw i isio*', 'neu fe fydda i', 'neu mi fydda i', 'rwy’n mynnu', 'dw i’n mynnu', 'wedi cael llond bol', 'dim digon da', 'annerbyniol', 'cyfle olaf', 'rhybudd olaf'],
  },
  attacks: {
    en: [
      'you are useless', "you're useless", 'you are incompetent', "you're incompetent", 'you are pathetic', "you're pathetic", 'you are a disgrace', "you're a disgrace",
      'you are hopeless', "you're hopeless", 'you always get', 'you never get', 'you never do', 'you can never', 'you are lazy', "you're lazy", 'how stupid', 'are you stupid',
      'you people are', 'what is wrong with you', "what's wrong with you", 'not up to the job', 'not up to it', 'if you cannot do your job', "if you can't do your job",
    ],
    // "Rydych chi'n anobeithiol": the pronoun carries the clipped "yn", so the pair is enough.
    cy: ['chi’n anobeithiol', 'ti’n anobeithiol', 'chi’n ddiog', 'ti’n ddiog', 'chi’n dwp', 'ti’n dwp', 'chi’n dda i ddim', 'ti’n dda i ddim', 'chi’n ddiwerth', 'ti’n ddiwerth', 'rwyt ti’n dda i ddim', 'rydych chi’n dda i ddim', 'rydych chi’n ddiwerth', 'rwyt ti’n ddiwerth', 'chi’n da i ddim', 'rydych chi’n anghymwys', 'rwyt ti’n anghymwys', 'beth sy’n bod arnoch chi'],
  },
  acronyms: {
    en: ['NHS', 'DVLA', 'DWP', 'HMRC', 'CCTV', 'UK', 'EU', 'FOI', 'GDPR', 'ICO', 'CEO', 'HR', 'IT', 'ICT', 'PDF', 'URL', 'AOB', 'ASAP', 'MP', 'MS', 'AM', 'PM', 'BBC', 'ITV', 'S4C', 'SEN', 'ALN', 'LDP', 'CIL', 'HMO', 'PCSO', 'ASB'],
    cy: ['GIG', 'CLlLC', 'ADY', 'CDLl', 'AS', 'ASS'],
  },
};
