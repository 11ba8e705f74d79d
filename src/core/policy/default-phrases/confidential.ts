import type { DefaultLists } from './types';

export const confidential: DefaultLists = {
  exemptMarkings: {
    en: [
      'not for publication', 'exempt information', 'schedule 12a', 'part 2 report', 'part ii report', 'part 2 item', 'part ii item', 'part 2 -', 'part 2:',
      'official-sensitive', 'official sensitive', 'secret', 'restricted - not for', 'exempt report', 'exempt under', 'private and confidential', 'strictly confidential', 'commercially sensitive',
    ],
    cy: ['nid i’w gyhoeddi', "nid i'w gyhoeddi", 'gwybodaeth eithriedig', 'atodlen 12a', 'adroddiad rhan 2', 'swyddogol-sensitif', 'swyddogol sensitif', 'hollol gyfrinachol', 'preifat a chyfrinachol'],
  },
  confidentialMarkings: {
    en: ['confidential', 'in confidence', 'in strict confidence', 'part 2', 'part ii', 'sensitive'],
    cy: ['cyfrinachol', 'yn gyfrinachol', 'mewn cyfrinach'],
  },
};
