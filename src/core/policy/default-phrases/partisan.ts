import type { DefaultLists } from './types';

/** Party names every council meets; each roster's own parties are added automatically. */
export const parties = {
  en: ['Labour', 'Conservative*', 'Tory', 'Tories', 'Plaid Cymru', 'Plaid', 'Liberal Democrat*', 'Lib Dem*', 'Green Party', 'Greens', 'Reform UK', 'SNP', 'Independent group'],
  cy: ['Llafur', 'Ceidwadwyr', 'Democratiaid Rhyddfrydol', 'Y Blaid Werdd', 'Annibynwyr'],
};

export const partisan: DefaultLists = {
  campaignWork: {
    en: [
      'party leaflet', 'election leaflet', 'campaign leaflet', 'focus leaflet', 'our leaflet', 'leaflet for the party', 'leaflets for the party',
      'canvass*', 'manifesto', 'attack lines', 'attack line', 'rebuttal', 'party conference', 'conference speech', 'party political broadcast',
      'election campaign', 'our campaign', 're-election', 'reelection', 'target voters', 'target seats', 'get out the vote', 'doorstep*', 'door-knocking',
      'opposition research', 'dirt on', 'make the opposition look', 'party newsletter', 'group newsletter', 'party website',
    ],
    cy: ['taflen y blaid', 'taflen etholiad', 'taflen ymgyrch', 'canfasio', 'maniffesto', 'ymgyrch etholiad', 'ein hymgyrch', 'cynhadledd y blaid', 'pleidleiswyr targed'],
  },
  partyContext: {
    en: ['leaflet*', 'campaign*', 'election', 'group', 'record on', 'record', 'conference', 'newsletter', 'speech', 'attack*', 'voters', 'members', 'branch', 'candidate*', 'press release', 'post', 'social media'],
    cy: ['taflen*', 'ymgyrch*', 'etholiad', 'grŵp', 'record', 'cynhadledd', 'cylchlythyr', 'araith', 'pleidleiswyr', 'ymgeisydd'],
  },
  parties,
  requests: {
    en: [
      'can you', 'could you', 'would you', 'will you', 'please', 'i need you to', 'i want you to', 'i would like you to', "i'd like you to", 'can i have', 'could i have',
      'can we have', 'could we have', 'pull together', 'put together', 'draft', 'prepare', 'write', 'get me', 'send me', 'find me', 'dig out', 'let me have', 'need',
    ],
    cy: ['allech chi', 'allwch chi', 'wnewch chi', 'fyddech chi', 'os gwelwch yn dda', 'plis', 'rhowch', 'paratowch', 'ysgrifennwch', 'anfonwch', 'dw i angen', 'rwy angen'],
  },
};
