import type { DefaultLists } from './types';
import { parties } from './partisan';

export const restricted: DefaultLists = {
  campaigning: {
    en: ['vote', 'voting', 'vote for', 'support', 'canvass*', 'leaflet*', 'campaign*', 'elect', 're-elect', 'join', 'donate', 'help out', 'deliver', 'knock on doors', 'get out', 'kick out', 'back'],
    cy: ['pleidleisio', 'pleidleisiwch', 'cefnogi', 'cefnogwch', 'canfasio', 'taflen*', 'ymgyrch*', 'ethol', 'ymunwch'],
  },
  parties,
  partisanPhrases: {
    en: ['our candidate', 'get this lot out', 'kick this lot out', 'vote them out', 'get the tories out', 'keep labour out', 'keep the tories out', 'party members', 'polling day', 'for the party'],
    cy: ['ein hymgeisydd', 'cael gwared ar y rhain', 'pleidleisiwch drostyn nhw', 'diwrnod pleidleisio'],
  },
};
