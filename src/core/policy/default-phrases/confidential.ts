import type { DefaultLists } from './types';

export const confidential: DefaultLists = {
  exemptMarkings: {
    en: [
      'not for publication', 'exempt information', 'schedule 12a', 'part 2 report', 'part ii report', 'part 2 item', 'part ii item', 'part 2 paper*', 'part 2 appendix', 'part 2 information', 'part 2 of the agenda', 'part ii of the agenda', 'part 2 session',
      // Phrase words ignore punctuation, so "part 2:" would be plain "part 2" ("part 2 of the consultation"): the markings are spelt out instead.
      // Not "secret" alone: "the secret to good baskets"; government SECRET material does not reach council mail.
      'official-sensitive', 'official sensitive', 'official: sensitive', 'exempt report', 'exempt under', 'private and confidential', 'strictly confidential', 'commercially sensitive', 'exempt appendix', 'exempt item', 'exempt paper*',
      // Said to be exempt, with the paragraph of Schedule 12A it rests on: "It's marked exempt", "exempt (para 5)".
      'marked exempt', 'marked as exempt', 'exempt para', 'exempt paragraph', 'exempt minutes', 'part 2 minutes', 'part ii minutes', 'part 2 legal advice', 'part 2 advice',
    ],
    // "i'w" mutates what follows by the gender and number of what is not to be published: gyhoeddi, chyhoeddi, cyhoeddi.
    // Welsh puts "eithriedig" (exempt) after its noun: "cofnodion eithriedig", "eitem eithriedig".
    cy: ['nid i’w gyhoeddi', "nid i'w gyhoeddi", 'nid i’w chyhoeddi', "nid i'w chyhoeddi", 'nid i’w cyhoeddi', "nid i'w cyhoeddi",
      'cofnodion eithriedig', 'eitem eithriedig', 'papur eithriedig', 'atodiad eithriedig', 'adroddiad eithriedig', 'wedi’i farcio’n eithriedig', "wedi'i farcio'n eithriedig", 'gwybodaeth eithriedig', 'atodlen 12a', 'adroddiad rhan 2', 'swyddogol-sensitif', 'swyddogol sensitif', 'hollol gyfrinachol', 'preifat a chyfrinachol'],
  },
  confidentialMarkings: {
    // Not "sensitive" or "part 2" alone: "a sensitive issue", "part 2 of the consultation".
    en: ['confidential', 'in confidence', 'in strict confidence', 'commercial in confidence'],
    // Soft-mutated after "yn" and its clipped forms ("Mae'n gyfrinachol", "hollol gyfrinachol").
    cy: ['cyfrinachol', 'gyfrinachol', 'yn gyfrinachol', 'mewn cyfrinach'],
  },
  capitalMarkings: {
    // "restricted parking", "politically restricted": a marking only when set out in capitals or said to be one.
    en: ['restricted'],
    cy: ['cyfyngedig', 'gyfyngedig'],
  },
  markedThings: {
    en: ['report', 'reports', 'paper', 'papers', 'appendix', 'appendices', 'annex', 'item', 'items', 'briefing', 'document', 'documents', 'note', 'notes', 'memo', 'minutes', 'draft', 'letter', 'email', 'e-mail', 'file', 'files', 'copy', 'version', 'matter', 'until', 'please', 'pending'],
    cy: ['adroddiad', 'papur', 'atodiad', 'eitem', 'dogfen', 'nodyn', 'cofnodion', 'drafft', 'llythyr', 'ffeil'],
  },
};
