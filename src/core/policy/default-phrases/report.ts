import type { DefaultLists } from './types';

export const report: DefaultLists = {
  changeVerbs: {
    en: [
      'withdraw', 'withdraws', 'withdrawn', 'withdrawing', 'pull it', 'pull the report', 'pull the item', 'rewrite', 're-write', 'rewritten', 'change the recommendation',
      'change your recommendation', 'change it', 'change', 'amend', 'alter', 'water down', 'tone down', 'drop the', 'remove the', 'take out', 'reverse', 'recommend refusal',
      'recommend approval', 'recommend against', 'recommend that', 'delete', 'scrap',
    ],
    cy: ['tynnu’n ôl', "tynnu'n ôl", 'tynnu yn ôl', 'newid yr argymhelliad', 'newid', 'ailysgrifennu', 'diwygio', 'dileu', 'argymell gwrthod'],
  },
  reportWords: {
    en: ['report', 'reports', 'recommendation', 'recommendations', 'recommend', 'officer recommendation', 'the item', 'agenda item', 'appendix'],
    cy: ['adroddiad', 'argymhelliad', 'argymhellion', 'argymell', 'eitem'],
  },
  directives: {
    en: [
      'i need you to', 'i want you to', 'i expect you to', 'you must', 'you will', 'you need to', 'make sure', 'i insist', 'i am telling you', "i'm telling you",
      'i require you to', 'you have to', 'do it', 'get it done', "don't expect to have to ask", 'or i will', "or i'll", 'i demand',
    ],
    cy: ['rhaid i chi', 'rhaid i ti', 'dw i eisiau i chi', 'rwyf am i chi', 'gwnewch yn siŵr', 'rwy’n mynnu', 'dw i’n mynnu'],
  },
};
