import { COUNCILLOR_TITLES } from '../message/address';
import type { Party } from '../directory/directory-index';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, inList, isCouncillor, nameOf, negated, recipientEvidence, scoredFinding } from './helpers';
import type { Draft } from '../draft/draft';

type Lists = 'commitments' | 'onBehalf';

/**
 * Letters that commit the council or instruct someone outside it go out in an
 * officer's name. "In a councillor's name" means the sender, the mailbox it is sent
 * on behalf of, or a councillor's signature on a delegate's message.
 */
export const obligationInCouncillorName = defineRule<'obligation' | 'scored', Lists>({
  header: {
    id: 'obligation-in-councillor-name',
    title: { en: "Commitment made in a councillor's name", cy: "Ymrwymiad yn enw cynghorydd" },
    defaultSeverity: 'warn',
    ground: {
      en: "Official letters for the council go out in the name of the responsible officer. A letter that creates an obligation or gives an instruction on the council's behalf never goes out in a councillor's name.",
      cy: "Mae llythyrau swyddogol ar ran y cyngor yn mynd allan yn enw'r swyddog cyfrifol. Nid yw llythyr sy'n creu rhwymedigaeth neu'n rhoi cyfarwyddyd ar ran y cyngor byth yn mynd allan yn enw cynghorydd.",
    },
    sources: ['001'],
    messages: {
      scored: {
        en: 'This reads as committing the council to someone outside it: "{words}". Letters that commit the council go out in an officer\'s name: ask the responsible officer to send it.',
        cy: 'Mae hyn yn darllen fel ymrwymo\'r cyngor i rywun y tu allan iddo: "{words}". Mae llythyrau sy\'n ymrwymo\'r cyngor yn mynd allan yn enw swyddog: gofynnwch i\'r swyddog cyfrifol ei anfon.',
      },
      obligation: {
        en: 'This goes to {recipients}, outside the council, in the name of {councillor}, and "{words}" commits the council or instructs them. Ask the responsible officer to send it.',
        cy: "Mae hyn yn mynd at {recipients}, y tu allan i'r cyngor, yn enw {councillor}, ac mae \"{words}\" yn ymrwymo'r cyngor neu'n eu cyfarwyddo. Gofynnwch i'r swyddog cyfrifol ei anfon.",
      },
    },
    lists: {
      commitments: { en: 'Words that commit the council or instruct a contractor', cy: "Geiriau sy'n ymrwymo'r cyngor neu'n cyfarwyddo contractwr" },
      onBehalf: { en: "Words that speak for the council (strengthen a commitment)", cy: "Geiriau sy'n siarad dros y cyngor (yn cryfhau ymrwymiad)" },
    },
  },
  check(ctx: RuleContext): RawFinding<'obligation' | 'scored'>[] {
    const { draft, recipients } = ctx;
    const outside = recipients.filter((r) => r.external && !r.isGroup);
    if (outside.length === 0) return [];
    const isQuestion = questionReader(draft);
    const commitments = inList(ctx.matches, 'commitments').filter((m) => !negated(draft, m) && !isQuestion(m.end));
    if (commitments.length === 0) return [];
    // Who it is in the name of is asked last: reading a signature costs a name search.
    const councillor = councillorInName(ctx);
    if (!councillor) return [];
    const onBehalf = inList(ctx.matches, 'onBehalf');
    const words = commitments[0];
    return [
      {
        messageId: 'obligation',
        data: { recipients: outside.map(nameOf).join(', '), councillor: nameOf(councillor), words: draft.text.slice(words.start, words.end) },
        evidence: [
          ...commitments.map((m) => bodyEvidence(draft, m)),
          ...onBehalf.map((m) => bodyEvidence(draft, m)),
          ...outside.map(recipientEvidence),
        ],
        fixes: [{ kind: 'send-from-officer' }],
      },
    ];
  },
  scored(ctx, hit) {
    // Sent in a councillor's name, to someone outside the council who is not the press.
    if (!isCouncillor(ctx.inNameOf)) return undefined;
    const outside = ctx.recipients.filter((r) => r.external && !r.press);
    if (outside.length === 0) return undefined;
    return scoredFinding(ctx.draft, hit, {}, outside.map(recipientEvidence));
  },
});

/** The councillor whose name the message goes out in, if any. */
function councillorInName(ctx: RuleContext): Party | undefined {
  if (isCouncillor(ctx.inNameOf)) return ctx.inNameOf;
  if (isCouncillor(ctx.sender)) return ctx.sender;
  return signedByCouncillor(ctx.draft, ctx);
}

/** A delegate signing "Cllr Alun Roberts" at the foot of the new text sends it in that councillor's name. */
function signedByCouncillor(draft: Draft, ctx: RuleContext): Party | undefined {
  const tail = Math.max(0, draft.newTextTokenEnd - 12);
  for (let t = tail; t < draft.newTextTokenEnd; t++) {
    const key = draft.tokens.key(t);
    if (!COUNCILLOR_TITLES.has(key)) continue;
    const mentions = ctx.directory.names.find(draft.tokens, t, Math.min(draft.newTextTokenEnd, t + 5));
    const person = mentions.find((m) => m.person.role === 'councillor')?.person;
    if (person) return ctx.directory.describe({ name: person.name, email: person.email });
    const after = draft.tokens.slice(t + 1, t + 3).map((x) => x.text).join(' ');
    const byName = ctx.directory.byDisplayName(after).find((p) => p.role === 'councillor');
    if (byName) return ctx.directory.describe({ name: byName.name, email: byName.email });
  }
  return undefined;
}

/**
 * Whether the clause after an offset ends in a question mark: the first of ? . ! or a line break
 * after it is a "?". Matches come in order, so the reader remembers the last clause end it found
 * and reads each character of the new text at most once (a scan per match was quadratic on a
 * long text with no sentence end).
 */
function questionReader(draft: Draft): (offset: number) => boolean {
  let scannedFrom = Number.MAX_SAFE_INTEGER;
  let clauseEnd = -1;
  return (offset) => {
    if (offset < scannedFrom || offset > clauseEnd) {
      scannedFrom = offset;
      clauseEnd = draft.newText.end;
      for (let i = offset; i < draft.newText.end; i++) {
        const c = draft.text.charCodeAt(i);
        if (c === 63 || c === 46 || c === 33 || c === 10) {
          clauseEnd = i;
          break;
        }
      }
    }
    return clauseEnd < draft.newText.end && draft.text.charCodeAt(clauseEnd) === 63;
  };
}
