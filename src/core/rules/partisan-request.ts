import { z } from 'zod/mini';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, councillorWrites, inList, isCouncillor, isOfficerLike, nameOf, recipientEvidence, scoredFinding, sentenceAt, sentencesOf } from './helpers';
import type { PhraseMatch } from '../text/phrases';

type Lists = 'campaignWork' | 'partyContext' | 'parties' | 'requests';

const Options = z.strictObject({
  /** The severity when any officer asked is politically restricted. */
  restrictedSeverity: z._default(z.enum(['block', 'warn', 'info']), 'block'),
});

/**
 * A councillor asking an officer for party-political work. Needs a request, and
 * party-political work: campaign material outright (leaflets, canvassing, manifestos),
 * or a party named next to something campaign-shaped. Political assistants are
 * employed for group work and are exempt; restricted officers raise it to block.
 */
export const partisanRequest = defineRule<'request' | 'restricted' | 'scored', Lists, z.output<typeof Options>>({
  header: {
    id: 'partisan-request',
    title: { en: 'Party-political work asked of an officer', cy: 'Gofyn i swyddog am waith gwleidyddol pleidiol' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Officers serve the whole council and must stay politically neutral. They are not asked to do anything that compromises that neutrality, such as party campaign material; some posts are politically restricted by law.',
      cy: "Mae swyddogion yn gwasanaethu'r cyngor cyfan a rhaid iddyn nhw aros yn wleidyddol niwtral. Ni ofynnir iddyn nhw wneud dim sy'n peryglu'r niwtraliaeth honno, fel deunydd ymgyrchu plaid; mae rhai swyddi wedi'u cyfyngu'n wleidyddol yn ôl y gyfraith.",
    },
    sources: ['000', '001', '002'],
    messages: {
      scored: {
        en: '"{words}" reads as asking an officer for party-political work. Officers are politically neutral: ask your group\'s political assistant, or do it yourself.',
        cy: 'Mae "{words}" yn darllen fel gofyn i swyddog am waith gwleidyddol pleidiol. Mae swyddogion yn wleidyddol niwtral: gofynnwch i gynorthwy-ydd gwleidyddol eich grŵp, neu gwnewch hynny eich hun.',
      },
      request: {
        en: 'You ask {officers} for party-political work ("{words}"). Officers must stay neutral. Ask your political group\'s assistant or your party instead.',
        cy: "Rydych yn gofyn i {officers} am waith gwleidyddol pleidiol (\"{words}\"). Rhaid i swyddogion aros yn niwtral. Gofynnwch i gynorthwyydd eich grŵp gwleidyddol neu i'ch plaid yn lle hynny.",
      },
      restricted: {
        en: 'You ask {officers} for party-political work ("{words}"). {restricted} holds a politically restricted post and by law may take no part in party politics. Ask your political group\'s assistant or your party instead.',
        cy: "Rydych yn gofyn i {officers} am waith gwleidyddol pleidiol (\"{words}\"). Mae {restricted} mewn swydd sydd wedi'i chyfyngu'n wleidyddol ac yn ôl y gyfraith ni all gymryd rhan mewn gwleidyddiaeth plaid. Gofynnwch i gynorthwyydd eich grŵp gwleidyddol neu i'ch plaid yn lle hynny.",
      },
    },
    lists: {
      campaignWork: { en: 'Campaign material and activity (enough on their own)', cy: 'Deunydd a gweithgarwch ymgyrchu (digon ar eu pennau eu hunain)' },
      partyContext: { en: 'Campaign-shaped words that count next to a party name', cy: "Geiriau ymgyrchu sy'n cyfrif wrth ymyl enw plaid" },
      parties: { en: "Party names (the roster's parties are added automatically)", cy: "Enwau pleidiau (mae pleidiau'r rhestr yn cael eu hychwanegu'n awtomatig)" },
      requests: { en: 'Words that ask for something', cy: "Geiriau sy'n gofyn am rywbeth" },
    },
    options: Options,
    optionLabels: {
      restrictedSeverity: { en: 'Severity when a politically restricted officer is asked', cy: "Difrifoldeb pan ofynnir i swyddog dan gyfyngiad gwleidyddol" },
    },
  },
  check(ctx): RawFinding<'request' | 'restricted' | 'scored'>[] {
    const { draft } = ctx;
    if (!isCouncillor(ctx.inNameOf) && !isCouncillor(ctx.sender)) return [];
    const officers = ctx.recipients.filter((r) => isOfficerLike(r) && r.role !== 'political-assistant');
    if (officers.length === 0) return [];
    const requests = inList(ctx.matches, 'requests');
    if (requests.length === 0) return [];
    const partisan = partisanWords(ctx);
    if (partisan.length === 0) return [];
    const restricted = officers.filter((r) => r.person?.politicallyRestricted === true);
    const isRestricted = restricted.length > 0;
    return [
      {
        messageId: isRestricted ? 'restricted' : 'request',
        severity: isRestricted ? ctx.options.restrictedSeverity : undefined,
        data: {
          officers: officers.map(nameOf).join(', '),
          words: draft.text.slice(partisan[0].start, partisan[0].end),
          restricted: restricted.map(nameOf).join(', '),
        },
        evidence: [...partisan.map((m) => bodyEvidence(draft, m)), ...(isRestricted ? restricted : officers).map(recipientEvidence)],
      },
    ];
  },
  scored(ctx, hit) {
    // A councillor asking an officer (not a political assistant); a restricted post raises the severity.
    if (!councillorWrites(ctx)) return undefined;
    const officers = ctx.recipients.filter((r) => isOfficerLike(r) && r.role !== 'political-assistant');
    if (officers.length === 0) return undefined;
    const restricted = officers.filter((r) => r.person?.politicallyRestricted === true);
    return {
      ...scoredFinding(ctx.draft, hit, {}, (restricted.length > 0 ? restricted : officers).map(recipientEvidence)),
      severity: restricted.length > 0 ? ctx.options.restrictedSeverity : undefined,
    };
  },
});

/** Campaign work outright, or a party name in the same sentence as campaign-shaped words. */
export function partisanWords(ctx: RuleContext): PhraseMatch[] {
  const campaign = inList(ctx.matches, 'campaignWork');
  const parties = inList(ctx.matches, 'parties');
  const context = inList(ctx.matches, 'partyContext');
  const contextSentences = sentencesOf(ctx.draft, context);
  const paired = parties.filter((p) => contextSentences.has(sentenceAt(ctx.draft, p.start)));
  return [...campaign, ...paired].sort((a, b) => a.start - b.start);
}
