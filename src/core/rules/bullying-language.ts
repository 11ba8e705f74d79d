import { z } from 'zod/mini';
import type { Draft } from '../draft/draft';
import { isAllCaps, type Token, type Tokens } from '../text/tokenize';
import { hasLetter } from '../text/letters';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, inList, negated, scoredFinding } from './helpers';
import type { Evidence } from '../types';
import { zoneAt } from '../zones/zone-types';
import { FUNCTION_WORDS } from '../language/function-words';

type Lists = 'jobThreats' | 'deadlines' | 'pressure' | 'attacks' | 'acronyms';
type Messages = 'shouting' | 'threat' | 'deadline' | 'attack' | 'scored';

const Options = z.strictObject({
  /** How many capitalised words in a row count as shouting. */
  shoutingMinWords: z._default(z.int().check(z.minimum(2), z.maximum(20)), 3),
});

/**
 * Shouting, threats to someone's job, impossible deadlines under pressure, and
 * personal attacks. Shouting is measured, not listed: a run of words in capitals
 * that are not acronyms, not a short heading line and not a marking such as
 * "CONFIDENTIAL - NOT FOR PUBLICATION".
 */
export const bullyingLanguage = defineRule<Messages, Lists, z.output<typeof Options>>({
  header: {
    id: 'bullying-language',
    title: { en: 'Language that could be bullying', cy: 'Iaith a allai fod yn fwlio' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Bullying includes shouting, persistent negative attacks on someone\'s work, criticising them in front of others, and impossible deadlines. Officers are not to be bullied or put under undue pressure.',
      cy: "Mae bwlio'n cynnwys gweiddi, ymosodiadau negyddol parhaus ar waith rhywun, eu beirniadu o flaen eraill, a therfynau amser amhosibl. Ni ddylid bwlio swyddogion na rhoi pwysau gormodol arnyn nhw.",
    },
    sources: ['001', '002', '003'],
    messages: {
      scored: {
        en: '"{words}" could read as bullying or undue pressure. Say what you need and by when, calmly.',
        cy: 'Gallai "{words}" ddarllen fel bwlio neu bwysau gormodol. Dywedwch beth sydd ei angen arnoch ac erbyn pryd, yn bwyllog.',
      },
      shouting: {
        en: '"{words}" is in capitals, which reads as shouting. Write it in ordinary case.',
        cy: "Mae \"{words}\" mewn priflythrennau, sy'n darllen fel gweiddi. Ysgrifennwch mewn llythrennau arferol.",
      },
      threat: {
        en: '"{words}" reads as a threat to someone\'s job. Concerns about performance go to their manager, not into a threat.',
        cy: "Mae \"{words}\" yn darllen fel bygythiad i swydd rhywun. Mae pryderon am berfformiad yn mynd at eu rheolwr, nid yn fygythiad.",
      },
      deadline: {
        en: 'The deadline "{words}" comes with pressure ("{pressure}"). Agree a reasonable time with the officer instead.',
        cy: "Mae'r terfyn amser \"{words}\" yn dod gyda phwysau (\"{pressure}\"). Cytunwch ar amser rhesymol gyda'r swyddog yn lle hynny.",
      },
      attack: {
        en: '"{words}" attacks the person rather than the problem. Say what needs to change.',
        cy: "Mae \"{words}\" yn ymosod ar yr unigolyn yn hytrach na'r broblem. Dywedwch beth sydd angen newid.",
      },
    },
    lists: {
      jobThreats: { en: "Threats to someone's job or position", cy: 'Bygythiadau i swydd neu safle rhywun' },
      deadlines: { en: 'Very short deadlines', cy: 'Terfynau amser byr iawn' },
      pressure: { en: 'Words that add pressure to a deadline', cy: "Geiriau sy'n ychwanegu pwysau at derfyn amser" },
      attacks: { en: 'Personal attacks aimed at the reader', cy: "Ymosodiadau personol ar y darllenydd" },
      acronyms: { en: 'Capitalised words that are not shouting (acronyms)', cy: 'Geiriau mewn priflythrennau nad ydynt yn weiddi (acronymau)' },
    },
    options: Options,
    optionLabels: {
      shoutingMinWords: { en: 'Words in capitals in a row that count as shouting', cy: "Geiriau mewn priflythrennau yn olynol sy'n cyfrif fel gweiddi" },
    },
    wordSets: ['acronyms'],
  },
  check(ctx): RawFinding<Messages>[] {
    const { draft } = ctx;
    const findings: RawFinding<Messages>[] = [];
    // Capitals in a notice to a distribution list are emphasis, not shouting at someone.
    const toSomeone = ctx.recipients.some((r) => !r.isGroup);
    const shouting = toSomeone ? shoutingRuns(draft, ctx, ctx.options.shoutingMinWords) : [];
    if (shouting.length > 0) {
      findings.push({ messageId: 'shouting', data: { words: draft.text.slice(shouting[0].start, shouting[0].end) }, evidence: shouting });
    }
    const threats = inList(ctx.matches, 'jobThreats').filter((m) => !negated(draft, m));
    if (threats.length > 0) {
      findings.push({ messageId: 'threat', data: { words: draft.text.slice(threats[0].start, threats[0].end) }, evidence: threats.map((m) => bodyEvidence(draft, m)) });
    }
    const deadlines = inList(ctx.matches, 'deadlines');
    const pressure: Evidence[] = [...inList(ctx.matches, 'pressure').map((m) => bodyEvidence(draft, m)), ...shouting];
    if (deadlines.length > 0 && pressure.length > 0) {
      findings.push({
        messageId: 'deadline',
        data: { words: draft.text.slice(deadlines[0].start, deadlines[0].end), pressure: pressure[0].text },
        evidence: [...deadlines.map((m) => bodyEvidence(draft, m)), ...pressure],
      });
    }
    const attacks = inList(ctx.matches, 'attacks').filter((m) => !negated(draft, m));
    if (attacks.length > 0) {
      findings.push({ messageId: 'attack', data: { words: draft.text.slice(attacks[0].start, attacks[0].end) }, evidence: attacks.map((m) => bodyEvidence(draft, m)) });
    }
    return findings;
  },
  scored(ctx, hit) {
    // Written to someone, not a notice to a distribution list.
    if (!ctx.recipients.some((r) => !r.isGroup)) return undefined;
    return scoredFinding(ctx.draft, hit);
  },
});

/** A word written all in capitals (acronyms included: they may sit inside a shouted sentence). */
export function isCapsWord(tokens: Tokens, i: number): boolean {
  const source = tokens.source;
  const start = tokens.start(i);
  const c0 = source.charCodeAt(start);
  // Speed only, for ASCII (most words): a word starting A-Z is in capitals when it has no a-z, which is
  // what the case tests below give, without making three strings a capitalised word.
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return false;
    const end = tokens.end(i);
    let ascii = true;
    for (let k = start + 1; k < end; k++) {
      const c = source.charCodeAt(k);
      if (c >= 97 && c <= 122) return false;
      if (c >= 128) ascii = false;
    }
    if (ascii) return true;
  }
  // Cheap look first: most words do not start with a capital.
  const first = source.charAt(start);
  if (first === first.toLowerCase()) return false;
  const text = tokens.text(i);
  return isAllCaps(text) && hasLetter(text);
}

function shoutingRuns(draft: Draft, ctx: RuleContext, minWords: number): Evidence[] {
  const acronyms = ctx.wordSets.acronyms ?? new Set<string>();
  const out: Evidence[] = [];
  let quotes: QuotedSpans | undefined;
  const end = draft.newTextTokenEnd;
  let t = 0;
  while (t < end) {
    if (!isCapsWord(draft.tokens, t) || zoneAt(draft.zones, draft.tokens.start(t)) !== 'own') {
      t++;
      continue;
    }
    let u = t;
    while (u + 1 < end && isCapsWord(draft.tokens, u + 1) && !lineBreakBetween(draft, draft.tokens.end(u), draft.tokens.start(u + 1))) u++;
    // Too few words to be shouting, whatever they are (the words counted below are some of these):
    // passed over before any is read again ("I", "NHS" and "DVLA" are runs of one).
    if (u - t + 1 < minWords) {
      t = u + 1;
      continue;
    }
    if (isAddressOrPlaceholder(draft, t, u)) {
      t = u + 1;
      continue;
    }
    const run = draft.tokens.slice(t, u + 1);
    // Acronyms do not make shouting on their own ("NHS DVLA CCTV"), but they do not break it either
    // ("I WANT IT FIXED" has IT in it): count only the other words.
    const words = run.filter((x) => !acronyms.has(x.key));
    const longWords = words.filter((x) => x.text.length >= 3).length;
    // A short acronym cluster ("NHS DVLA") is not shouting: most words must be real words.
    // Shouting is a sentence in capitals, and sentences have little words in them ("I WANT THIS DONE");
    // a list of acronyms or a masthead ("FERC, CAISO, DWR") has none.
    const hasFunctionWord = run.some((x) => FUNCTION_WORDS.has(x.key));
    if (words.length >= minWords && longWords >= Math.ceil(words.length / 2) && hasFunctionWord && isAimed(draft, run, ctx.scoreMargin) && !isHeadingOrMarking(draft, t, u, run) && !(quotes ??= new QuotedSpans(draft.text, draft.tokens.end(end - 1))).holds(run[0].start, run[run.length - 1].end)) {
      out.push(bodyEvidence(draft, { start: run[0].start, end: run[run.length - 1].end }));
    }
    t = u + 1;
  }
  return out;
}

/**
 * Capitals inside quotation marks are someone else's words being reported ("he rang and shouted
 * 'I WANT THE FILE TODAY'"), not the sender shouting. Double quotes open and close on one line;
 * a single quote counts only hard against the words, since it is also an apostrophe. The spans
 * are found in one pass over the text, on first need, and read in order (runs come in order).
 */
class QuotedSpans {
  private readonly spans: Array<[number, number]> = [];
  private at = 0;
  constructor(private readonly text: string, end: number) {
    let open = -1;
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) open = -1;
      else if (c === 34 || c === 0x201c || c === 0x201d) {
        if (open < 0) open = i;
        else {
          this.spans.push([open, i + 1]);
          open = -1;
        }
      }
    }
  }

  /** True when [start, end) lies inside one quoted span, or sits hard between single quotes. */
  holds(start: number, end: number): boolean {
    while (this.at < this.spans.length && this.spans[this.at][1] <= start) this.at++;
    const span = this.spans[this.at];
    if (span && span[0] < start && span[1] >= end) return true;
    const before = this.text.charAt(start - 1);
    let after = end;
    while (after < this.text.length && '.!?,'.includes(this.text.charAt(after))) after++;
    return (before === "'" || before === '\u2018') && (this.text.charAt(after) === "'" || this.text.charAt(after) === '\u2019');
  }
}

const AT_SOMEONE = new Set(['you', 'your', "you're", "you've", "you'll", 'yourself', 'chi', 'ti', 'di', 'eich', 'dy', "chi'n", "ti'n"]);
const COMMANDS = new Set(['stop', 'never', "don't", 'now', 'immediately', 'today', 'tonight', 'again', 'ever', 'nawr', 'rwan', 'heddiw', 'byth', 'stopiwch', 'peidiwch']);
const DEMANDS = new Set(['want', 'need', 'demand', 'expect', 'insist', 'eisiau', 'isio', 'angen', 'mynnu', 'disgwyl', 'moyn', 'isie']);
const SINGULAR_I = new Set(['i', "i'm", "i've", "i'll", 'dwi', 'dw', 'fi', 'rydw', "dw'i", "dwi'n"]);
/**
 * Words that make a sentence about people: the writer, the reader, someone else ("we" and "us" are
 * left out: a team's own notes use them). English and Welsh, as the keys are written (lower case).
 */
const ABOUT_PEOPLE = new Set([
  ...SINGULAR_I, ...AT_SOMEONE, 'me', 'my', 'mine', 'myself', "i'd", 'he', 'him', 'his', 'she', 'her', "he's", "she's", 'they', 'them', 'their', "they're",
  'someone', 'somebody', 'nobody', 'no-one', 'everyone', 'everybody', 'anyone', 'anybody', 'people',
  'fy', 'rwy', "rwy'n", 'rwyf', 'dydw', 'chdi', 'nhw', 'neb', 'pawb', 'hi', 'fo', 'efe',
]);
/**
 * How far under the rule's threshold a capital sentence about no one may score and still count as
 * raised voice (log-odds). On the training split every such sentence that was a breach scored above
 * -9; the business notes in capitals on real mail's calibrating half, -13 and -20.
 */
const NOTE_MARGIN = 9;

/**
 * Shouting is aimed at someone: "YOU WILL FIX THIS", "STOP IGNORING ME", "I WANT IT TODAY!". A note
 * typed in capitals to colleagues ("HERE IS THE LATEST STATEMENT", "WE NEED TO READ THIS CAREFULLY") is not.
 */
function isAimed(draft: Draft, run: Token[], scoreMargin: RuleContext['scoreMargin']): boolean {
  const after = draft.text.charAt(run[run.length - 1].end);
  if (after === '!' || draft.text.slice(run[run.length - 1].end, run[run.length - 1].end + 3).includes('!')) return true;
  const keys = run.map((x) => x.key);
  if (keys.some((k) => AT_SOMEONE.has(k) || COMMANDS.has(k))) return true;
  // A whole sentence in capitals, finished with its full stop, is raised voice when it is about
  // people ("I AM STILL WAITING", "SHE HAS NO IDEA") or its words read as pressure; a note on
  // business in capitals ("NEEDS TO BE DISCUSSED INTERNALLY.", "(NEED GUIDANCE ON THE IMPACT HERE.")
  // is working notes. Without a score for the sentence it counts, as it always did.
  if (run.length >= 5 && after !== '' && '.?'.includes(after)) {
    if (keys.some((k) => ABOUT_PEOPLE.has(k))) return true;
    const margin = scoreMargin?.(run[0].start);
    return margin === undefined || margin >= -NOTE_MARGIN;
  }
  return keys.some((k) => SINGULAR_I.has(k)) && keys.some((k) => DEMANDS.has(k) || k.startsWith('isie'));
}

/** Capitals that are a routing address ("KEAN/HOU/EES@EES"), a file name or an "[IMAGE]" placeholder, not words. */
function isAddressOrPlaceholder(draft: Draft, first: number, last: number): boolean {
  const from = Math.max(0, draft.tokens.start(first) - 1);
  const to = Math.min(draft.text.length, draft.tokens.end(last) + 1);
  const around = draft.text.slice(from, to);
  return /[/@[\]_\\]|\.[A-Za-z]{2,4}\b/.test(around);
}

/** A line break in text[from, to): reads only the gap, never on to the end of a one-line draft. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

function lineBreakBetween(draft: Draft, from: number, to: number): boolean {
  return lineBreakIn(draft.text, from, to) >= 0;
}

const MARKING_WORDS = ['confidential', 'restricted', 'official', 'sensitive', 'publication', 'exempt', 'cyfrinachol', 'draft', 'drafft', 'urgent'];

/**
 * A line that is all capitals, short, and not a sentence is a heading or a marking, not shouting.
 * Judged from the words either side of the run (tokens first..last): the run is its whole line
 * when no word shares the line with it. Only the gaps to those neighbours are read, so a long
 * one-line draft costs what its words cost (rebuilding the line per run was quadratic).
 */
function isHeadingOrMarking(draft: Draft, first: number, last: number, run: Token[]): boolean {
  const { tokens, text } = draft;
  const runEnd = tokens.end(last);
  const aloneBefore = first === 0 || lineBreakBetween(draft, tokens.end(first - 1), tokens.start(first));
  const nextStart = last + 1 < tokens.length ? tokens.start(last + 1) : text.length;
  const breakAfter = lineBreakIn(text, runEnd, nextStart);
  const aloneAfter = last + 1 >= tokens.length || breakAfter >= 0;
  const wholeLine = aloneBefore && aloneAfter;
  const isMarking = run.some((x) => MARKING_WORDS.includes(x.key));
  if (!wholeLine || run.length > 14) return isMarking;
  // The line's last character that is not a space: a sentence ends in . ! or ?.
  let end = breakAfter >= 0 ? breakAfter : text.length;
  while (end > runEnd && /\s/.test(text.charAt(end - 1))) end--;
  const isSentence = '.!?'.includes(text.charAt(end - 1));
  // A headline or a title line may run long ("COUNCIL BOSSES 'SHOULD BE SACKED' OVER MARKET FIASCO"); a
  // marking is never shouting, whatever it ends with.
  return !isSentence || isMarking;
}
