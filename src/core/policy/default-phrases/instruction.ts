import type { DefaultLists } from './types';

export const instruction: DefaultLists = {
  instructions: {
    en: [
      'i am instructing you', "i'm instructing you", 'i instruct you', 'i hereby instruct', 'i have decided', "i've decided", 'i have ordered', 'i am ordering you', "i'm ordering you",
      'i order you', 'no need to take it to committee', 'no need for it to go to committee', 'no need to go to committee', "don't take it to committee", 'skip the committee', 'bypass the committee', "i've made up my mind", 'i have made up my mind', 'my decision is', 'on my authority', 'on my instruction', 'on my instructions', 'you are to', 'i have authorised', 'i am authorising', 'this is an instruction',
    ],
    cy: ['rwy’n eich cyfarwyddo', 'rwyf yn eich cyfarwyddo', 'dw i’n eich cyfarwyddo', 'rwyf wedi penderfynu', 'dw i wedi penderfynu', 'ar fy awdurdod i'],
  },
  directives: {
    // Not "you will": "you will remember the budget" is not a direction.
    en: ['make sure', 'i want you to', 'i need you to', 'you must', 'see that', 'ensure that', 'get it done', 'do it', 'i expect you to', 'you need to', 'you are to', 'i want it',
      'please start', 'please begin', 'please arrange', 'please issue', 'get the contractors in', 'i want', 'needs to be', 'must be', 'should be given'],
    // "Rhowch rybudd ..." (give him a warning) is the imperative that directs discipline.
    cy: ['gwnewch yn siŵr', 'rhaid i chi', 'dw i eisiau i chi', 'rwyf am i chi', 'rwy am i chi', 'mae angen i chi', 'rhowch rybudd'],
  },
  councilActions: {
    en: [
      // Objects spelt out: "cancel my place", "spend a few minutes" and "hire a room" are not council decisions.
      'close the', 'shut the', 'closing the', 'cancel the', 'order some', 'order more', 'order #', 'order two', 'order three', 'order four', 'order five', 'order six', 'order ten', 'appoint', 'appoint my', 'give the job to', 'offer the post to', 'offer him the', 'offer her the', 'spend the', 'spend #', 'spend it', 'order the', 'order new', 'buy the', 'buy new', 'buy #', 'purchase the', 'purchase new',
      'hire a contractor', 'hire contractors', 'hire more', 'award the', 'stop the', 'suspend the', 'remove the', 'demolish', 'sell the', 'approve the', 'refuse the',
      'withdraw the service', 'reopen', 'open the library', 'open the park', 'increase the', 'cut the', 'move the budget', 'waive the', 'terminate the', 'scrap the',
      'is paid to', 'be paid to', 'paid out', 'pay them', 'pay the', 'release the funds', 'release the money', 'release the grant', 'transfer the', 'from the budget', 'from the community fund',
    ],
    // With the soft-mutated forms that follow "i chi", "rhaid i chi" and friends ("gau'r", "ganslo", "wario").
    // Imperatives ("caewch", "talwch") count like the English "shut the" when they open a sentence.
    // Not "talwch" or "stopiwch" alone: "talwch sylw" (pay attention), "stopiwch anfon e-byst".
    cy: ['caewch', 'canslwch', 'gwariwch', 'prynwch', 'archebwch', 'stopiwch y', 'stopiwch yr', 'gwerthwch', 'talwch y', 'talwch yr', 'talwch anfoneb*', 'dymchwelwch', 'cau’r', 'gau’r', 'canslo', 'ganslo', 'gwario', 'wario', 'prynu', 'brynu', 'archebu', 'stopio', 'gwerthu', 'werthu', 'cymeradwyo', 'gymeradwyo', 'dymchwel', 'ddymchwel'],
  },
  staffing: {
    en: ['discipline', 'disciplinary', 'suspend him', 'suspend her', 'suspend them', 'sack', 'dismiss', 'formal warning', 'written warning', 'performance review', 'appraisal', 'demote', 'move her to', 'move him to', 'moved to another team', 'disciplinary process', 'start disciplinary'],
    // With the soft-mutated forms ("camau i'w ddisgyblu", "rybudd ysgrifenedig").
    cy: ['disgyblu', 'ddisgyblu', 'disgyblaeth', 'ddisgyblaeth', 'diswyddo', 'ddiswyddo', 'rhybudd ffurfiol', 'rybudd ffurfiol', 'rhybudd ysgrifenedig', 'rybudd ysgrifenedig', 'atal o’r gwaith'],
  },
  resolutions: {
    en: ['resolved', 'resolution', 'as agreed by', 'council agreed', 'committee agreed', 'cabinet agreed', 'minute', 'minutes of', 'delegated decision', 'in line with the decision', 'as decided by', 'decision of the', 'under delegated'],
    cy: ['penderfynwyd', 'penderfyniad y cyngor', 'penderfyniad y pwyllgor', 'fel y cytunwyd', 'cofnod', 'dan awdurdod dirprwyedig'],
  },
};
