import type { DefaultLists } from './types';

export const media: DefaultLists = {
  dispute: {
    en: [
      'stonewall*', 'treated me', 'treated us', 'treated members', 'treated councillors', 'treated residents', 'contempt', 'disrespect*',
      "it's time people knew", 'time people knew', 'people should know', 'public should know', 'had enough', 'fed up', 'games', 'cover-up', 'cover up', 'covering up', 'fobbed off', 'fobbing me off', 'ignored me', 'ignoring me',
      // Refusals aimed at the writer or residents, not "the committee refused to grant permission".
      'refused to meet', 'refused to answer', 'refused to reply', 'refused to respond', 'refused to explain', 'refused to listen', 'refused to release', 'refused to give me',
      'refuse to meet', 'refuse to answer', 'refuses to', 'hiding', 'obstruct*', 'blocked me', 'incompetent', 'incompetence', 'disgrace*', 'shambles', 'scandal*', 'lies', 'lied', 'liar*',
      // Not "happy to be quoted" or "on the record" alone: a councillor praising officers on the record is no quarrel.
      'misled', 'misleading', 'the public deserve to know', 'readers deserve to know', 'people deserve to know',
      'expose', 'whistle*', 'complain* about', 'dispute with', 'row with', 'fallen out', 'at war with', 'in the dark', 'kept me in the dark',
    ],
    // Verbs take a clipped "the" ("cuddio'r", "anwybyddu'r") and nouns mutate after "yn" ("Mae'n warth"), hence the prefixes.
    cy: ['wedi cael llond bol', 'llond bol', 'anwybyddu*', 'cuddio*', 'gwarth*', 'warth*', 'haeddu gwybod', 'haeddu cael gwybod', 'sgandal', 'celwydd*', 'cwyno am', 'anghydfod', 'yn y tywyllwch', 'rydych chi’n cael fy nyfynnu'],
  },
  targets: {
    en: [
      'officer*', 'department', 'the council', 'council staff', 'staff', 'chief executive', 'director', 'head of', 'the leader', 'leader of the council',
      'councillor*', 'cllr', 'cabinet', 'planning department', 'monitoring officer', 'their', 'management', 'senior officers', 'the clerk', 'clerk',
    ],
    cy: ['swyddog*', 'adran', 'y cyngor', 'staff', 'prif weithredwr', 'cyfarwyddwr', 'pennaeth', 'yr arweinydd', 'cynghorydd', 'cynghorwyr', 'cabinet', 'clerc', 'rheolwyr'],
  },
};
