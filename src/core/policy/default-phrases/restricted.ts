import type { DefaultLists } from './types';
import { parties } from './partisan';

export const restricted: DefaultLists = {
  campaigning: {
    en: [
      'vote', 'voting', 'vote for', 'support', 'canvass*', 'leaflet*', 'campaign*', 'elect', 're-elect', 'join', 'donate', 'help out', 'deliver', 'knock on doors',
      'get out', 'kick out', 'back the', 'backing', 'standing as', 'stand as', 'standing for', 'member of',
    ],
    cy: ['pleidleisio', 'pleidleisiwch', 'bleidleisio', 'cefnogi', 'gefnogi', 'cefnogwch', 'canfasio', 'ganfasio', 'taflen*', 'daflen*', 'ymgyrch*', 'ethol', 'ymunwch', 'sefyll dros', 'sefyll fel'],
  },
  parties,
  partisanPhrases: {
    // Not "polling day" or "party members": electoral services say both every election.
    en: ['our candidate', 'get this lot out', 'kick this lot out', 'vote them out', 'get the tories out', 'keep labour out', 'keep the tories out', 'campaign for the party', 'vote for our'],
    cy: ['ein hymgeisydd', 'cael gwared ar y rhain', 'cael gwared ar y lot yma', 'pleidleisiwch drostyn nhw', 'pleidleisiwch drosom ni'],
  },
};
