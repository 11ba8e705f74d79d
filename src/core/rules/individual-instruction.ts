import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import type { Draft } from '../draft/draft';
import { isCapitalised } from '../text/tokenize';
import type { PhraseMatch } from '../text/phrases';
import { bodyEvidence, councillorWrites, inList, isCouncillor, isOfficerLike, negated, scoredFinding, sentenceAt, sentencesOf } from './helpers';

type Lists = 'instructions' | 'directives' | 'councilActions' | 'staffing' | 'resolutions';

/**
 * One councillor directing an officer as if a decision had been taken: an outright
 * instruction ("I am instructing you"), or a directive next to a council action
 * (close, cancel, spend, order), or acting alone on discipline or line management.
 * Citing a resolution of the council or a committee makes it fine.
 */
export const individualInstruction = defineRule<'instruction' | 'staffing' | 'scored', Lists>({
  header: {
    id: 'individual-instruction',
    title: { en: 'An instruction from one councillor', cy: 'Cyfarwyddyd gan un cynghorydd' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Decisions are taken by full council, its committees, or officers with delegated authority; no single councillor can take them. Officers (and the clerk) act on the council\'s instructions, not an individual member\'s, and no councillor deals with discipline alone.',
      cy: "Mae penderfyniadau'n cael eu gwneud gan y cyngor llawn, ei bwyllgorau, neu swyddogion ag awdurdod dirprwyedig; ni all un cynghorydd eu gwneud. Mae swyddogion (a'r clerc) yn gweithredu ar gyfarwyddiadau'r cyngor, nid aelod unigol, ac nid yw'r un cynghorydd yn delio â disgyblu ar ei ben ei hun.",
    },
    sources: ['001', '002', '003'],
    messages: {
      scored: {
        en: '"{words}" reads as directing an officer as if a decision had been taken. Decisions are made by the council, a committee or an officer with delegated power: point to the decision, or ask for advice instead.',
        cy: 'Mae "{words}" yn darllen fel cyfarwyddo swyddog fel petai penderfyniad wedi\'i wneud. Y cyngor, pwyllgor neu swyddog â phŵer dirprwyedig sy\'n gwneud penderfyniadau: cyfeiriwch at y penderfyniad, neu gofynnwch am gyngor yn lle hynny.',
      },
      instruction: {
        en: '"{words}" directs the officer as if a decision had been taken. Ask for it to go to the committee or officer with authority, or cite the resolution.',
        cy: "Mae \"{words}\" yn cyfarwyddo'r swyddog fel petai penderfyniad wedi'i wneud. Gofynnwch iddo fynd i'r pwyllgor neu'r swyddog sydd ag awdurdod, neu nodwch y penderfyniad.",
      },
      staffing: {
        en: '"{words}" deals with discipline or line management alone. Staffing matters go through the council\'s procedures and its staffing committee.',
        cy: "Mae \"{words}\" yn delio â disgyblu neu reoli llinell ar eich pen eich hun. Mae materion staffio'n mynd drwy weithdrefnau'r cyngor a'i bwyllgor staffio.",
      },
    },
    lists: {
      instructions: { en: 'Outright instructions (enough on their own)', cy: 'Cyfarwyddiadau pendant (digon ar eu pennau eu hunain)' },
      directives: { en: 'Words that direct rather than ask', cy: "Geiriau sy'n cyfarwyddo yn hytrach na gofyn" },
      councilActions: { en: 'Actions only the council or an authorised officer can decide', cy: "Camau y gall dim ond y cyngor neu swyddog awdurdodedig benderfynu arnyn nhw" },
      staffing: { en: 'Discipline and line management', cy: 'Disgyblu a rheoli llinell' },
      resolutions: { en: 'Words citing a decision already taken (make it fine)', cy: "Geiriau sy'n cyfeirio at benderfyniad a wnaed eisoes (yn ei wneud yn iawn)" },
    },
  },
  check(ctx: RuleContext): RawFinding<'instruction' | 'staffing' | 'scored'>[] {
    const { draft } = ctx;
    if (!isCouncillor(ctx.inNameOf) && !isCouncillor(ctx.sender)) return [];
    if (!ctx.recipients.some(isOfficerLike)) return [];
    if (inList(ctx.matches, 'resolutions').length > 0) return [];
    const findings: RawFinding<'instruction' | 'staffing' | 'scored'>[] = [];
    const outright = inList(ctx.matches, 'instructions').filter((m) => !negated(draft, m));
    const directives = inList(ctx.matches, 'directives');
    const actions = inList(ctx.matches, 'councilActions').filter((m) => !negated(draft, m));
    const directiveSentences = sentencesOf(draft, directives);
    const paired = actions.filter((a) => directiveSentences.has(sentenceAt(draft, a.start)) || imperative(draft, a));
    const evidence = [...outright, ...paired].sort((a, b) => a.start - b.start);
    if (evidence.length > 0) {
      findings.push({
        messageId: 'instruction',
        data: { words: draft.text.slice(evidence[0].start, evidence[0].end) },
        evidence: evidence.map((m) => bodyEvidence(draft, m)),
      });
    }
    const staffing = inList(ctx.matches, 'staffing').filter(
      (s) => !negated(draft, s) && (directiveSentences.has(sentenceAt(draft, s.start)) || outright.length > 0),
    );
    if (staffing.length > 0) {
      findings.push({
        messageId: 'staffing',
        data: { words: draft.text.slice(staffing[0].start, staffing[0].end) },
        evidence: staffing.map((m) => bodyEvidence(draft, m)),
      });
    }
    return findings;
  },
  scored(ctx, hit) {
    // A single councillor writing to an officer or the clerk.
    if (!councillorWrites(ctx) || !ctx.recipients.some(isOfficerLike)) return undefined;
    return scoredFinding(ctx.draft, hit);
  },
});

const SOFTENERS = new Set(['please', 'just', 'now', 'so']);

/**
 * A council action that opens its sentence is an order ("Shut the skate park from
 * tonight.", "Please cancel the contract."), unless the sentence is a question.
 */
function imperative(draft: Draft, m: PhraseMatch): boolean {
  const s = sentenceAt(draft, m.start);
  if (s < 0) return false;
  const span = draft.sentences[s];
  if (draft.text.slice(span.start, span.end).trimEnd().endsWith('?')) return false;
  let t = m.firstToken - 1;
  while (t >= 0 && draft.tokens.start(t) >= span.start && SOFTENERS.has(draft.tokens.key(t))) t--;
  if (t < 0 || draft.tokens.end(t) <= span.start) return true;
  // A name said first, then a comma, still opens an order: "Angharad, pay the invoice today."
  return isVocative(draft, span.start, t);
}

/** True when the words from the sentence start to token `last` are one or two capitalised words followed by a comma. */
function isVocative(draft: Draft, sentenceStart: number, last: number): boolean {
  if (draft.text.charAt(draft.tokens.end(last)) !== ',') return false;
  let first = last;
  while (first > 0 && draft.tokens.start(first - 1) >= sentenceStart) first--;
  if (last - first > 1) return false;
  for (let k = first; k <= last; k++) if (!isCapitalised(draft.tokens.text(k))) return false;
  return true;
}
