import type { DefaultLists } from './types';

export const influence: DefaultLists = {
  connections: {
    en: [
      'my brother', 'my sister', 'my son', 'my daughter', 'my wife', 'my husband', 'my partner', 'my nephew', 'my niece', 'my cousin', 'my mother', 'my father', 'my mum', 'my dad',
      'my uncle', 'my aunt', 'my auntie', 'my grandson', 'my granddaughter', 'my in-laws', 'my brother-in-law', 'my sister-in-law', 'my son-in-law', 'my daughter-in-law', 'my family',
      'my friend', 'a friend of mine', 'a good friend', 'an old friend', 'my neighbour', 'my business', 'my company', 'my own application', 'my property', 'my house', 'my land',
      "brother's", "sister's", "son's", "daughter's", "nephew's", "niece's", "friend's", "wife's", "husband's", "partner's",
    ],
    cy: ['fy mrawd', 'fy chwaer', 'fy mab', 'fy merch', 'fy ngwraig', 'fy ngŵr', 'fy mhartner', 'fy nai', 'fy nith', 'fy nghefnder', 'fy nghyfnither', 'fy mam', 'fy nhad', 'fy ffrind', 'ffrind i mi', 'fy nghymydog', 'fy musnes', 'fy nheulu', 'fy nhŷ', 'fy nghais'],
  },
  matters: {
    en: [
      'application', 'applied', 'planning', 'extension', 'licence', 'license', 'licensing', 'housing', 'tenancy', 'council house', 'waiting list', 'job', 'post', 'vacancy', 'interview',
      'shortlist*', 'appointment', 'appointed', 'recruitment', 'contract', 'tender', 'grant', 'permit', 'enforcement', 'school place', 'place at',
    ],
    // With the soft and nasal mutations Welsh puts on nouns after "ei", "fy", "am", "i" (cais -> gais, tŷ -> dŷ).
    cy: [
      'cais', 'gais', 'chais', 'nghais', 'cynllunio', 'gynllunio', 'estyniad', 'trwydded*', 'drwydded*', 'tai', 'dai', 'tŷ', 'dŷ', 'thŷ', 'nhŷ', 'tŷ cyngor', 'rhestr aros',
      'tenantiaeth', 'denantiaeth', 'swydd', 'cyfweliad', 'gyfweliad', 'rhestr fer', 'penodiad', 'benodiad', 'contract', 'gontract', 'grant', 'lle yn yr ysgol', 'caniatâd',
    ],
  },
  favours: {
    en: [
      'make sure', 'ensure', 'personal favour', 'favour', 'look kindly', 'look favourably', 'put in a good word', 'a good word', 'pull some strings', 'pull strings', 'jump the queue',
      'dealt with quickly', 'processed quickly', 'pushed through', 'up the list', 'top of the list', 'bump * up', 'looked kindly', 'looking kindly', 'looked favourably', 'looking favourably', 'fast-track', 'fast track', 'speed it up', 'speed up', 'approved quickly', 'priority', 'prioritise', 'special consideration', 'gets an interview',
      'see him right', 'see her right', 'do me a favour', 'i would appreciate', "i'd appreciate", 'owe you', 'bend the rules', 'turn a blind eye', 'wave it through',
    ],
    // "ei gyflymu" (speed it up) mutates the verb after "ei".
    cy: ['gwnewch yn siŵr', 'sicrhewch', 'ffafr', 'gair da', 'blaenoriaeth', 'cyflymu', 'gyflymu', 'byddwn yn ddiolchgar', 'gair yn y glust', 'gair bach yn y glust', 'y glust iawn', 'tynnu llinynnau', 'yn gyflym', 'ystyriaeth arbennig', 'byddwn yn gwerthfawrogi', 'o leiaf gyfweliad', 'neidio’r ciw', "neidio'r ciw"],
  },
  declarations: {
    en: ['declare an interest', 'declare my interest', 'declaration of interest', 'declaring an interest', 'declared an interest', 'register of interests', 'personal interest', 'prejudicial interest', 'should i declare', 'do i need to declare', 'withdraw from the meeting', 'leave the room'],
    cy: ['datgan buddiant', 'ddatgan buddiant', 'datgan fy muddiant', 'ddatgan fy muddiant', 'datganiad o fuddiant', 'datganiad buddiant', 'cofrestr buddiannau', 'buddiant personol', 'buddiant sy’n rhagfarnu', 'a ddylwn i ddatgan'],
  },
};
