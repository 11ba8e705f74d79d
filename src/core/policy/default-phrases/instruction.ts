import type { DefaultLists } from './types';

export const instruction: DefaultLists = {
  instructions: {
    en: [
      'i am instructing you', "i'm instructing you", 'i instruct you', 'i hereby instruct', 'i have decided', "i've decided", 'i have ordered', 'i am ordering you', "i'm ordering you",
      'i order you', 'on my authority', 'on my instruction', 'on my instructions', 'you are to', 'i have authorised', 'i am authorising', 'this is an instruction',
    ],
    cy: ['rwy’n eich cyfarwyddo', 'rwyf yn eich cyfarwyddo', 'dw i’n eich cyfarwyddo', 'rwyf wedi penderfynu', 'dw i wedi penderfynu', 'ar fy awdurdod i'],
  },
  directives: {
    en: ['make sure', 'i want you to', 'i need you to', 'you must', 'you will', 'see that', 'ensure that', 'get it done', 'do it', 'i expect'],
    cy: ['gwnewch yn siŵr', 'rhaid i chi', 'dw i eisiau i chi', 'rwyf am i chi'],
  },
  councilActions: {
    en: [
      'close the', 'shut the', 'closing the', 'cancel the', 'cancel', 'spend', 'order the', 'buy', 'purchase', 'hire', 'award', 'stop the', 'suspend the', 'remove the',
      'demolish', 'sell the', 'approve the', 'refuse the', 'withdraw the service', 'reopen', 'open the', 'increase the', 'cut the', 'move the budget', 'waive',
    ],
    cy: ['cau’r', "cau'r", 'canslo', 'gwario', 'prynu', 'archebu', 'stopio', 'gwerthu', 'cymeradwyo'],
  },
  staffing: {
    en: ['discipline', 'disciplinary', 'suspend him', 'suspend her', 'suspend them', 'sack', 'dismiss', 'formal warning', 'written warning', 'performance review', 'appraisal', 'demote', 'move her to', 'move him to'],
    cy: ['disgyblu', 'disgyblaeth', 'diswyddo', 'rhybudd ffurfiol', 'rhybudd ysgrifenedig', 'atal o’r gwaith'],
  },
  resolutions: {
    en: ['resolved', 'resolution', 'as agreed by', 'council agreed', 'committee agreed', 'cabinet agreed', 'minute', 'minutes of', 'delegated decision', 'in line with the decision', 'as decided by', 'decision of the', 'under delegated'],
    cy: ['penderfynwyd', 'penderfyniad y cyngor', 'penderfyniad y pwyllgor', 'fel y cytunwyd', 'cofnod', 'dan awdurdod dirprwyedig'],
  },
};
