import type { Draft } from '../draft/draft';
import type { PhraseMatch } from '../text/phrases';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, councillorWrites, inList, isCouncillor, isOfficerLike, scoredFinding, sentenceAt } from './helpers';

type Lists = 'connections' | 'matters' | 'favours' | 'declarations';

/**
 * A councillor using their position for themselves, family or friends. Needs a
 * personal connection ("my brother", "a friend"), a council matter (planning,
 * licensing, housing, a job) close by, and a favour asked ("make sure", "fast-track").
 * A declaration of interest is the proper route and passes.
 */
export const improperInfluence = defineRule<'influence' | 'scored', Lists>({
  header: {
    id: 'improper-influence',
    title: { en: 'Using the position for personal interests', cy: 'Defnyddio safle er budd personol' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Councillors do not use their position or their relationship with officers to advance their own interests or those of family and friends. Appointments are made on merit. Declare the interest to the Monitoring Officer and stand back.',
      cy: "Nid yw cynghorwyr yn defnyddio eu safle na'u perthynas â swyddogion i hyrwyddo eu buddiannau eu hunain na rhai teulu a ffrindiau. Gwneir penodiadau ar sail teilyngdod. Datganwch y buddiant i'r Swyddog Monitro a chamwch yn ôl.",
    },
    sources: ['001', '002', '003'],
    messages: {
      scored: {
        en: '"{words}" reads as using your position to help yourself, a relative or a friend. Declare the interest to the Monitoring Officer and stay out of the decision.',
        cy: 'Mae "{words}" yn darllen fel defnyddio\'ch safle i helpu eich hun, perthynas neu ffrind. Datganwch y buddiant i\'r Swyddog Monitro a chadwch allan o\'r penderfyniad.',
      },
      influence: {
        en: 'You ask for a favour ("{favour}") on a council matter involving {connection}. Declare the interest to the Monitoring Officer and let officers decide on the merits.',
        cy: "Rydych yn gofyn am ffafr (\"{favour}\") ar fater y cyngor sy'n ymwneud â {connection}. Datganwch y buddiant i'r Swyddog Monitro a gadewch i swyddogion benderfynu ar sail teilyngdod.",
      },
    },
    lists: {
      connections: { en: 'Family, friends and own interests', cy: 'Teulu, ffrindiau a buddiannau personol' },
      matters: { en: 'Council matters (planning, licensing, housing, jobs)', cy: "Materion y cyngor (cynllunio, trwyddedu, tai, swyddi)" },
      favours: { en: 'Words that ask for special treatment', cy: "Geiriau sy'n gofyn am driniaeth arbennig" },
      declarations: { en: 'A proper declaration of interest (makes it fine)', cy: "Datganiad buddiant priodol (yn ei wneud yn iawn)" },
    },
  },
  check(ctx: RuleContext): RawFinding<'influence' | 'scored'>[] {
    const { draft } = ctx;
    if (!isCouncillor(ctx.inNameOf) && !isCouncillor(ctx.sender)) return [];
    if (inList(ctx.matches, 'declarations').length > 0) return [];
    const connections = inList(ctx.matches, 'connections');
    const matters = inList(ctx.matches, 'matters').filter((m) => !isEngagement(draft, m));
    const favours = inList(ctx.matches, 'favours');
    if (connections.length === 0 || matters.length === 0 || favours.length === 0) return [];
    const within = (a: number, b: number, reach: number) => a >= 0 && b >= 0 && Math.abs(a - b) <= reach;
    for (const c of connections) {
      const cs = sentenceAt(draft, c.start);
      const matter = matters.find((m) => within(cs, sentenceAt(draft, m.start), 1));
      if (!matter) continue;
      const favour = favours.find((f) => within(cs, sentenceAt(draft, f.start), 2));
      if (!favour) continue;
      return [
        {
          messageId: 'influence',
          data: { connection: draft.text.slice(c.start, c.end), favour: draft.text.slice(favour.start, favour.end) },
          evidence: [c, matter, favour].map((m) => bodyEvidence(draft, m)),
        },
      ];
    }
    return [];
  },
  scored(ctx, hit) {
    // A councillor writing to an officer.
    if (!councillorWrites(ctx) || !ctx.recipients.some(isOfficerLike)) return undefined;
    return scoredFinding(ctx.draft, hit);
  },
});

/** After "appointment": the words of a time or a meeting ("an appointment with the consultant", "an appointment at 9:20"). */
const ENGAGEMENT_NEXT = new Set(['with', 'at', 'on', 'tomorrow', 'today', 'tonight', 'this', 'next', 'gyda', 'efo', 'yfory', 'heddiw']);

/** Before "appointment" (at most one word between): it is made, booked or missed, as a diary entry is. */
const DIARY_VERBS = new Set(['made', 'make', 'booked', 'book', 'cancel', 'cancelled', 'missed', 'miss', 'rearranged', 'rebooked', 'moved', 'gwneud', 'trefnu', 'canslo']);

/**
 * "An appointment" kept with someone, at a time, or made and booked, is a diary entry, not a post
 * filled: "my son has an appointment with the neurologist at 9:20 (we made this appointment months
 * ago)" asks nothing of the council. "His appointment to the post", "the appointment panel" and "an
 * appointment in planning" are still matters.
 */
function isEngagement(draft: Draft, m: PhraseMatch): boolean {
  const key = (t: number) => (t >= 0 && t < draft.tokens.length ? draft.tokens.key(t) : '');
  const word = key(m.firstToken);
  if (word !== 'appointment' && word !== 'appointments' && word !== 'apwyntiad') return false;
  return ENGAGEMENT_NEXT.has(key(m.lastToken + 1)) || DIARY_VERBS.has(key(m.firstToken - 1)) || DIARY_VERBS.has(key(m.firstToken - 2));
}
