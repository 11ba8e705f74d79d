import type { NameMention } from '../directory/name-finder';
import type { Draft } from '../draft/draft';
import { zoneAt } from '../zones/zone-types';

/**
 * The mentions in the author's own words, in order. Speed only: "Mr Jones" in a roster of 30,000 is a
 * mention of each of its thousand Joneses, all at one place, so a place's zone is looked up once and
 * not once a person; and when every mention is the author's own (nearly always), the list is kept as it is.
 */
export function ownOnly(mentions: NameMention[], draft: Draft): NameMention[] {
  let at = -1;
  let own = true;
  let kept: NameMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start !== at) {
      at = m.start;
      own = zoneAt(draft.zones, at) === 'own';
    }
    if (!own && kept === undefined) kept = mentions.slice(0, k);
    else if (own && kept !== undefined) kept.push(m);
  }
  return kept ?? mentions;
}

