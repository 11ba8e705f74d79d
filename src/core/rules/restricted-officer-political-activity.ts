import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, inList, scoredFinding, sentenceAt, sentencesOf } from './helpers';
import type { PhraseMatch } from '../text/phrases';

type Lists = 'campaigning' | 'parties' | 'partisanPhrases';

/**
 * A politically restricted officer campaigning for a party. Needs campaigning
 * words (vote, canvass, leaflet) with a party named in the same sentence, or an
 * outright partisan phrase. Electoral services work ("the annual canvass") names
 * no party, so it passes.
 */
export const restrictedOfficerPoliticalActivity = defineRule<'campaigning' | 'scored', Lists>({
  header: {
    id: 'restricted-officer-political-activity',
    title: { en: 'Political campaigning by a restricted officer', cy: 'Ymgyrchu gwleidyddol gan swyddog cyfyngedig' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Holders of politically restricted posts may not take an active part in party politics, in or out of work: no speaking or publishing to win support for a party.',
      cy: "Ni all deiliaid swyddi sydd wedi'u cyfyngu'n wleidyddol gymryd rhan weithredol mewn gwleidyddiaeth plaid, yn y gwaith nac y tu allan iddo: dim siarad na chyhoeddi i ennill cefnogaeth i blaid.",
    },
    sources: ['000', '001'],
    messages: {
      scored: {
        en: '"{words}" reads as party-political campaigning, which a politically restricted post may not do.',
        cy: 'Mae "{words}" yn darllen fel ymgyrchu gwleidyddol pleidiol, na chaiff swydd dan gyfyngiad gwleidyddol ei wneud.',
      },
      campaigning: {
        en: 'Your post is politically restricted, and "{words}" campaigns for a party. By law you may not take an active part in party politics, even from a personal account.',
        cy: "Mae eich swydd wedi'i chyfyngu'n wleidyddol, ac mae \"{words}\" yn ymgyrchu dros blaid. Yn ôl y gyfraith ni allwch gymryd rhan weithredol mewn gwleidyddiaeth plaid, hyd yn oed o gyfrif personol.",
      },
    },
    lists: {
      campaigning: { en: 'Campaigning words (count next to a party name)', cy: 'Geiriau ymgyrchu (yn cyfrif wrth ymyl enw plaid)' },
      parties: { en: "Party names (the roster's parties are added automatically)", cy: "Enwau pleidiau (mae pleidiau'r rhestr yn cael eu hychwanegu'n awtomatig)" },
      partisanPhrases: { en: 'Outright partisan phrases (enough on their own)', cy: 'Ymadroddion pleidiol pendant (digon ar eu pennau eu hunain)' },
    },
  },
  check(ctx: RuleContext): RawFinding<'campaigning' | 'scored'>[] {
    const { draft } = ctx;
    if (!inRestrictedPost(ctx)) return [];
    const campaigning = inList(ctx.matches, 'campaigning');
    const parties = inList(ctx.matches, 'parties');
    // Only sentences holding a party are worth pairing in: keeps a long body linear.
    const partySentences = sentencesOf(draft, parties);
    const paired = campaigning.filter((c) => {
      const s = sentenceAt(draft, c.start);
      return partySentences.has(s) && parties.some((p) => wordsApart(c, p) <= PAIR_REACH && sentenceAt(draft, p.start) === s);
    });
    const outright = inList(ctx.matches, 'partisanPhrases');
    const refusals = new Map<number, number>();
    const hits = [...paired, ...outright].filter((m) => !refusedBefore(draft, m, refusals)).sort((a, b) => a.start - b.start);
    if (hits.length === 0) return [];
    const s = draft.sentences[sentenceAt(draft, hits[0].start)];
    const partyHere = parties.filter((p) => sentenceAt(draft, p.start) === sentenceAt(draft, hits[0].start));
    return [
      {
        messageId: 'campaigning',
        data: { words: draft.text.slice(s.start, s.end).trim() },
        evidence: [...hits, ...partyHere].map((m) => bodyEvidence(draft, m)),
      },
    ];
  },
  scored(ctx, hit) {
    // Sent by an officer in a politically restricted post.
    if (!inRestrictedPost(ctx)) return undefined;
    return scoredFinding(ctx.draft, hit);
  },
});

/**
 * Campaigning words count only close to the party they campaign for ("vote Labour",
 * "canvass for Plaid Cymru", "support our Conservative candidate"). A restricted
 * officer's ordinary mention of "Cllr Morgan (Labour)" and "the council's campaign"
 * in one long sentence is work, not campaigning.
 */
const PAIR_REACH = 4;

function wordsApart(a: PhraseMatch, b: PhraseMatch): number {
  return a.lastToken < b.firstToken ? b.firstToken - a.lastToken : Math.max(0, a.firstToken - b.lastToken);
}

/**
 * Sent by an officer the roster marks politically restricted, from the council's own mail. A council's
 * own press officers are sometimes listed with the role "press", as journalists are, and are the posts
 * most often restricted: on a council address they count as officers here. A political assistant's
 * work for their group is political by design, and a councillor is never restricted.
 */
function inRestrictedPost(ctx: RuleContext): boolean {
  const role = ctx.sender.role;
  return ctx.sender.person?.politicallyRestricted === true && (role === 'officer' || (role === 'press' && ctx.sender.internal));
}

/** Words of a refusal: "I can't do anything that says 'Vote ...'", "alla i ddim ysgrifennu deunydd ar gyfer taflen plaid". */
const REFUSALS = new Set(["can't", 'cannot', "won't", 'unable', "couldn't", 'ddim', 'methu', 'allaf', "shouldn't", 'mustn\'t']);

/**
 * The campaigning words come after a refusal earlier in their sentence: the officer is declining, not
 * campaigning. `firstRefusal` keeps each sentence's first refusal token (or -1), so a long sentence
 * with many matches is read once, not once a match.
 */
function refusedBefore(draft: RuleContext['draft'], m: PhraseMatch, firstRefusal: Map<number, number>): boolean {
  const s = sentenceAt(draft, m.start);
  let at = firstRefusal.get(s);
  if (at === undefined) {
    at = -1;
    const span = draft.sentences[s];
    const end = draft.tokens.firstAtOrAfter(span.end);
    for (let t = draft.tokens.firstAtOrAfter(span.start); t < end; t++) {
      if (REFUSALS.has(draft.tokens.key(t))) {
        at = t;
        break;
      }
    }
    firstRefusal.set(s, at);
  }
  return at >= 0 && at < m.firstToken;
}
