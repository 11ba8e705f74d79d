import type { DefaultLists } from './types';

export const report: DefaultLists = {
  changeVerbs: {
    en: [
      'withdraw', 'withdraws', 'withdrawn', 'withdrawing', 'pull it', 'pull the report', 'pull the ... report', 'pull the item', 'pull ... from ... agenda', 'rewrite', 're-write', 'rewritten', 'change the recommendation',
      'change your recommendation', 'change it', 'change', 'amend', 'alter', 'water down', 'tone down', 'drop the', 'remove the', 'take out', 'reverse', 'recommend refusal',
      'recommend approval', 'recommend against', 'recommend that', 'delete', 'scrap',
      // Passive and past forms: "make sure the recommendation is changed", "the report must be amended".
      'pulled', 'off the agenda', 'off * agenda', 'take the report off', 'be refusal', 'be approval', 'be to refuse', 'be to approve',
      'changed', 'amended', 'altered', 'removed', 'reversed', 'dropped', 'taken out', 'watered down', 'toned down', 'deleted', 'scrapped',
    ],
    // Soft-mutated forms too ("i chi dynnu'r adroddiad yn ôl", "ei ddiwygio"); "tynnu'r ... yn ôl" has the report in between.
    cy: [
      'tynnu’n ôl', "tynnu'n ôl", 'tynnu yn ôl', 'tynnu ... yn ôl', 'dynnu ... yn ôl', 'thynnu ... yn ôl', 'nhynnu ... yn ôl', 'dynnu’n ôl', 'dynnu yn ôl', 'tynnu* ... yn ôl', 'dynnu* ... yn ôl', 'newid yr argymhelliad', 'newid', 'newid*',
      'ailysgrifennu', 'diwygio', 'ddiwygio', 'dileu', 'ddileu', 'argymell gwrthod', 'cael gwared ar', 'oddi ar yr agenda', 'oddi ar agenda*',
      // Imperatives ("Tynnwch yr adroddiad") are both the change and the direction, so they sit in directives too.
      // With their object: "Tynnwch fy enw oddi ar yr adroddiad" and "Newidiwch y dyddiad" are corrections, not pressure.
      'tynnwch yr adroddiad', 'tynnwch yr eitem', 'tynnwch yr argymhelliad', 'tynnwch ... yn ôl', 'newidiwch yr argymhelliad', 'newidiwch eich argymhelliad',
      'ailysgrifennwch', 'diwygiwch yr argymhelliad', 'dilëwch yr argymhelliad',
    ],
  },
  reportWords: {
    en: ['report', 'reports', 'recommendation', 'recommendations', 'recommend', 'officer recommendation', 'the item', 'agenda item', 'appendix'],
    cy: ['adroddiad', 'argymhelliad', 'argymhellion', 'argymell', 'eitem'],
  },
  directives: {
    en: [
      // Not "you will": "you will find my comments attached" is not a direction.
      // English imperatives that open a sentence are both the change and the direction, as in Welsh below.
      'pull the', 'withdraw the', 'rewrite the', 'rewrite it', 'change the recommendation', 'amend the report', "i'm not having", 'i will not have', 'i won\'t have',
      'i need you to', 'i want you to', 'i expect you to', 'you must', 'you need to', 'must be', 'needs to be', 'has to be', 'is to be', 'i want that', 'i want the report', 'i want the recommendation', 'i want this', 'i want it', 'make sure', 'i insist', 'i am telling you', "i'm telling you",
      'i require you to', 'you have to', 'do it', 'get it done', "don't expect to have to ask", 'or i will', "or i'll", 'i demand',
    ],
    cy: ['rhaid i chi', 'rhaid i ti', 'dw i angen i chi', 'rwy angen i chi', 'rwyf angen i chi', 'dw i eisiau i chi', 'rwyf am i chi', 'rwy am i chi', 'gwnewch yn siŵr', 'rwy’n mynnu', 'dw i’n mynnu', 'rhaid i’r adroddiad', 'rhaid i’r argymhelliad', 'mae angen i chi',
      'tynnwch yr adroddiad', 'tynnwch yr eitem', 'tynnwch yr argymhelliad', 'tynnwch ... yn ôl', 'newidiwch yr argymhelliad', 'newidiwch eich argymhelliad',
      'ailysgrifennwch', 'diwygiwch yr argymhelliad', 'dilëwch yr argymhelliad'],
  },
};
