import type { DefaultLists } from './types';

/** Party names every council meets; each roster's own parties are added automatically. */
export const parties = {
  en: ['Labour', 'Conservative*', 'Tory', 'Tories', 'Plaid Cymru', 'Plaid', 'Liberal Democrat*', 'Lib Dem*', 'Green Party', 'Greens', 'Reform UK', 'SNP', 'Independent group'],
  // Welsh mutates a name after a preposition ("dros Lafur", "i Blaid Cymru", "a Cheidwadwyr"), so the mutated forms are listed too.
  cy: [
    'Llafur', 'Lafur', 'Blaid Cymru', 'Phlaid Cymru', 'Mhlaid Cymru', 'Ceidwadwyr', 'Geidwadwyr', 'Cheidwadwyr', 'Ngheidwadwyr',
    'Democratiaid Rhyddfrydol', 'Y Blaid Werdd', 'Blaid Werdd', 'Annibynwyr', 'Reform UK',
  ],
};

export const partisan: DefaultLists = {
  campaignWork: {
    en: [
      'party leaflet', 'election leaflet', 'campaign leaflet', 'focus leaflet', 'our leaflet', 'leaflet for the party', 'leaflets for the party',
      // Not "canvass" alone: electoral services run "the annual canvass" and send "canvass forms".
      'canvassing', 'canvassers', 'canvass sheets', 'canvass cards', 'canvass the ward', 'canvass for', 'canvass session*', 'canvass data', 'canvass them', 'canvass residents', 'canvass voters', 'manifesto', 'attack lines', 'attack line', 'rebuttal', 'party conference', 'conference speech', 'party political broadcast',
      'election campaign', 'our campaign', 're-election', 'reelection', 'target voters', 'target seats', 'get out the vote', 'doorstep*', 'door-knocking',
      'opposition research', 'dirt on', 'make the opposition look', 'party newsletter', 'group newsletter', 'party website',
    ],
    cy: ['taflen y blaid', 'taflen etholiad', 'taflen ymgyrch', 'canfasio', 'maniffesto', 'ymgyrch etholiad', 'ein hymgyrch', 'cynhadledd y blaid', 'pleidleiswyr targed'],
  },
  partyContext: {
    // Not "group" or "members": officers may properly brief a party group on council business.
    en: ['leaflet*', 'campaign*', 'election', 'record on', 'record', 'conference', 'newsletter', 'speech', 'attack*', 'voters', 'branch', 'candidate*', 'press release', 'social media', 'target*', 'win', 'votes'],
    cy: ['taflen*', 'daflen*', 'ymgyrch*', 'etholiad', 'record', 'cynhadledd', 'gynhadledd', 'cylchlythyr', 'gylchlythyr', 'araith', 'pleidleiswyr', 'ymgeisydd', 'ymgeiswyr', 'cyfryngau cymdeithasol'],
  },
  parties,
  requests: {
    en: [
      'can you', 'could you', 'would you', 'will you', 'please', 'i need you to', 'i want you to', 'i would like you to', "i'd like you to", 'can i have', 'could i have',
      'can we have', 'could we have', 'pull together', 'put together', 'draft', 'prepare', 'write', 'get me', 'send me', 'find me', 'dig out', 'let me have', 'need',
    ],
    // Informal forms too (wnei di, alli di, fedri di): councillors write chats to officers they know.
    cy: ['allech chi', 'allwch chi', 'wnewch chi', 'fyddech chi', 'wnei di', 'alli di', 'elli di', 'fedri di', 'fedrwch chi', 'allet ti', 'os gwelwch yn dda', 'plis', 'rhowch', 'paratowch', 'ysgrifennwch', 'anfonwch', 'dw i angen', 'rwy angen'],
  },
};
