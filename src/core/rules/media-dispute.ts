import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, inList, nameOf, negated, recipientEvidence, scoredFinding } from './helpers';

type Lists = 'dispute' | 'targets';

/**
 * Taking a quarrel between councillors and officers to the press. Needs a press
 * recipient, words of complaint or quarrel, and words that point at officers,
 * councillors or the council. A press release from the press office has none of
 * the quarrel, so it passes.
 */
export const mediaDispute = defineRule<'dispute' | 'scored', Lists>({
  header: {
    id: 'media-dispute',
    title: { en: 'Disagreement taken to the press', cy: "Anghytundeb yn cael ei gymryd i'r wasg" },
    defaultSeverity: 'warn',
    ground: {
      en: 'Neither councillors nor officers turn to the media to settle a disagreement between them. Use the council\'s own routes: the line manager, the Chief Executive or the Monitoring Officer.',
      cy: "Nid yw cynghorwyr na swyddogion yn troi at y cyfryngau i ddatrys anghytundeb rhyngddyn nhw. Defnyddiwch lwybrau'r cyngor ei hun: y rheolwr llinell, y Prif Weithredwr neu'r Swyddog Monitro.",
    },
    sources: ['001'],
    messages: {
      scored: {
        en: '"{words}" takes a disagreement to the press ({recipients}). Settle disagreements between councillors and officers inside the council.',
        cy: 'Mae "{words}" yn mynd ag anghytundeb at y wasg ({recipients}). Datryswch anghytundebau rhwng cynghorwyr a swyddogion o fewn y cyngor.',
      },
      dispute: {
        en: '{press} is press, and this message quarrels with council staff or members ("{words}"). Settle disagreements inside the council, not through the media.',
        cy: "Mae {press} yn aelod o'r wasg, ac mae'r neges hon yn dadlau gyda staff neu aelodau'r cyngor (\"{words}\"). Datryswch anghytundebau o fewn y cyngor, nid drwy'r cyfryngau.",
      },
    },
    lists: {
      dispute: { en: 'Words of complaint, quarrel or grievance', cy: 'Geiriau cwyno, dadlau neu gŵyn' },
      targets: { en: 'Words that point at officers, councillors or the council', cy: "Geiriau sy'n cyfeirio at swyddogion, cynghorwyr neu'r cyngor" },
    },
  },
  check(ctx: RuleContext): RawFinding<'dispute' | 'scored'>[] {
    const { draft } = ctx;
    const press = ctx.recipients.filter((r) => r.press);
    if (press.length === 0) return [];
    const dispute = inList(ctx.matches, 'dispute').filter((m) => !negated(draft, m));
    if (dispute.length === 0) return [];
    const targets = inList(ctx.matches, 'targets');
    const named = ctx
      .namesInNewText()
      .filter((m) => m.person.role === 'officer' || m.person.role === 'councillor');
    if (targets.length === 0 && named.length === 0) return [];
    return [
      {
        messageId: 'dispute',
        data: { press: press.map((r) => r.address.name ?? r.address.email ?? '').join(', '), words: draft.text.slice(dispute[0].start, dispute[0].end) },
        evidence: [...dispute.map((m) => bodyEvidence(draft, m)), ...press.map(recipientEvidence)],
        fixes: [{ kind: 'remove-recipients', recipients: press.map((r) => r.address) }],
      },
    ];
  },
  scored(ctx, hit) {
    // The press among the recipients.
    const press = ctx.recipients.filter((r) => r.press || r.role === 'press');
    if (press.length === 0) return undefined;
    return scoredFinding(ctx.draft, hit, { recipients: press.map(nameOf).join(', ') }, press.map(recipientEvidence));
  },
});
