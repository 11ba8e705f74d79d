import type { Draft } from '../draft/draft';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, councillorWrites, inList, isCouncillor, isOfficerLike, negated, scoredFinding, sentenceAt, sentencesOf } from './helpers';

type Lists = 'changeVerbs' | 'reportWords' | 'directives';

/**
 * A councillor pressing an officer to withdraw, rewrite or change the
 * recommendation of their report. Needs a change verb and a report word in the
 * same sentence (or the sentence before, for "withdraw it"), and a directive
 * ("I need you to", "you must"). A question about the report has no directive.
 */
export const reportPressure = defineRule<'pressure' | 'scored', Lists>({
  header: {
    id: 'report-pressure',
    title: { en: "Pressure to change an officer's report", cy: "Pwysau i newid adroddiad swyddog" },
    defaultSeverity: 'warn',
    ground: {
      en: "A report and its recommendation are the officer's professional view. A councillor may ask questions or write a separate report, but must not press the officer to withdraw it or recommend against their judgement.",
      cy: "Barn broffesiynol y swyddog yw adroddiad a'i argymhelliad. Gall cynghorydd ofyn cwestiynau neu ysgrifennu adroddiad ar wahân, ond rhaid peidio â phwyso ar y swyddog i'w dynnu'n ôl nac i argymell yn groes i'w farn.",
    },
    sources: ['001', '002', '003'],
    messages: {
      scored: {
        en: '"{words}" reads as pressing the officer to change their report. Ask questions about it, or write your own report alongside it.',
        cy: 'Mae "{words}" yn darllen fel pwyso ar y swyddog i newid ei adroddiad. Gofynnwch gwestiynau amdano, neu ysgrifennwch eich adroddiad eich hun ochr yn ochr ag ef.',
      },
      pressure: {
        en: '"{words}" presses the officer to change their report. Ask questions about it, or write your own report alongside it.',
        cy: "Mae \"{words}\" yn pwyso ar y swyddog i newid ei adroddiad. Gofynnwch gwestiynau amdano, neu ysgrifennwch eich adroddiad eich hun ochr yn ochr ag ef.",
      },
    },
    lists: {
      changeVerbs: { en: 'Words that change, withdraw or rewrite', cy: "Geiriau sy'n newid, tynnu'n ôl neu ailysgrifennu" },
      reportWords: { en: 'Words for a report or its recommendation', cy: "Geiriau am adroddiad neu ei argymhelliad" },
      directives: { en: 'Words that direct rather than ask', cy: "Geiriau sy'n cyfarwyddo yn hytrach na gofyn" },
    },
  },
  check(ctx: RuleContext): RawFinding<'pressure' | 'scored'>[] {
    const { draft } = ctx;
    if (!isCouncillor(ctx.inNameOf) && !isCouncillor(ctx.sender)) return [];
    if (!ctx.recipients.some(isOfficerLike)) return [];
    const verbs = inList(ctx.matches, 'changeVerbs').filter((m) => !negated(draft, m) && !ownRecommendation(draft, m));
    const reports = inList(ctx.matches, 'reportWords');
    const directives = inList(ctx.matches, 'directives');
    if (verbs.length === 0 || reports.length === 0 || directives.length === 0) return [];
    const reportSentences = sentencesOf(draft, reports);
    const directiveSentences = sentencesOf(draft, directives);
    const hits = verbs.filter((v) => {
      const s = sentenceAt(draft, v.start);
      return (reportSentences.has(s) || reportSentences.has(s - 1)) && directiveSentences.has(s) && !isOpenQuestion(draft, s);
    });
    if (hits.length === 0) return [];
    const s = draft.sentences[sentenceAt(draft, hits[0].start)];
    // Once, not once per directive: a long draft has thousands of each.
    const hitSentences = sentencesOf(draft, hits);
    return [
      {
        messageId: 'pressure',
        data: { words: draft.text.slice(s.start, s.end).trim() },
        evidence: [...hits.map((m) => bodyEvidence(draft, m)), ...directives.filter((d) => hitSentences.has(sentenceAt(draft, d.start))).map((m) => bodyEvidence(draft, m))],
      },
    ];
  },
  scored(ctx, hit) {
    // A councillor writing to an officer.
    if (!councillorWrites(ctx) || !ctx.recipients.some(isOfficerLike)) return undefined;
    return scoredFinding(ctx.draft, hit);
  },
});

const QUESTION_WORDS = new Set(['will', 'is', 'are', 'was', 'has', 'have', 'does', 'do', 'did', 'when', 'why', 'what', 'how', 'which', 'who', 'a', 'oes', 'ydy', 'pryd', 'pam', 'beth', 'sut']);

/** "Will the report be withdrawn?" asks about the report; "Could you withdraw it?" still asks the officer to. */
function isOpenQuestion(draft: Draft, sentence: number): boolean {
  const span = draft.sentences[sentence];
  const text = draft.text.slice(span.start, span.end).trim();
  if (!text.endsWith('?')) return false;
  const first = draft.tokens.firstAtOrAfter(span.start);
  return first < draft.tokens.length && QUESTION_WORDS.has(draft.tokens.key(first));
}

/** The writer, just before "recommend": "I recommend", "we'd recommend", Welsh "hoffwn argymell". */
const WRITER = new Set(['i', "i'd", "i'll", 'we', "we'd", 'rwy', 'rwyf', 'dwi', 'byddwn', 'gallaf', 'hoffwn']);
/** A modal between the writer and "recommend": "I can recommend", "we would recommend". */
const MODALS = new Set(['can', 'could', 'would', 'will', 'should']);

/**
 * "recommend that ...", "recommend approval" as the writer's own advice, not the officer's
 * recommendation changed: "I think I can recommend that the time be set aside". "You must recommend
 * refusal" and "the report should recommend approval" still count: neither is the writer recommending.
 */
function ownRecommendation(draft: Draft, m: { firstToken: number }): boolean {
  const key = (t: number) => (t >= 0 ? draft.tokens.key(t) : '');
  const first = key(m.firstToken);
  if (!first.startsWith('recommend') && !first.startsWith('argymell')) return false;
  const before = key(m.firstToken - 1);
  return WRITER.has(before) || (MODALS.has(before) && (key(m.firstToken - 2) === 'i' || key(m.firstToken - 2) === 'we'));
}
