import { z } from 'zod/mini';
import { defineRule, type RawFinding } from './rule-types';
import { bodyEvidence, nameOf, recipientEvidence, subjectEvidence } from './helpers';
import type { Evidence } from '../types';
import type { Draft } from '../draft/draft';
import type { PhraseMatch } from '../text/phrases';
import type { Tokens } from '../text/tokenize';
import { FUNCTION_WORDS } from '../language/function-words';
import { zoneAt } from '../zones/zone-types';

type Lists = 'exemptMarkings' | 'confidentialMarkings' | 'capitalMarkings' | 'markedThings';

const Options = z.strictObject({
  /** Severity when the only marking is a plain "confidential" or "in confidence". */
  plainMarkingSeverity: z._default(z.enum(['block', 'warn', 'info']), 'warn'),
});

/**
 * Material marked confidential or exempt going outside the council. Reads the
 * subject, the new text and the quoted or forwarded history (a forwarded report
 * carries its marking below). Exempt and security markings take the rule's
 * severity; a plain "confidential" takes plainMarkingSeverity.
 */
export const confidentialDisclosure = defineRule<'outside', Lists, z.output<typeof Options>>({
  header: {
    id: 'confidential-disclosure',
    title: { en: 'Confidential material going outside the council', cy: "Deunydd cyfrinachol yn mynd y tu allan i'r cyngor" },
    defaultSeverity: 'block',
    ground: {
      en: 'Confidentiality must be respected at all times. Leaking confidential or exempt information can be maladministration, a breach of the Code of Conduct, and an offence under data protection law.',
      cy: "Rhaid parchu cyfrinachedd bob amser. Gall datgelu gwybodaeth gyfrinachol neu eithriedig fod yn gamweinyddu, yn torri'r Cod Ymddygiad, ac yn drosedd o dan gyfraith diogelu data.",
    },
    sources: ['001'],
    messages: {
      outside: {
        en: 'This is marked "{words}" and goes to {recipients}, outside the council\'s own mail. Keep it to council addresses, or ask the Monitoring Officer first.',
        cy: "Mae hyn wedi'i farcio \"{words}\" ac mae'n mynd at {recipients}, y tu allan i system e-bost y cyngor. Cadwch ef i gyfeiriadau'r cyngor, neu gofynnwch i'r Swyddog Monitro yn gyntaf.",
      },
    },
    lists: {
      exemptMarkings: { en: 'Exempt, not-for-publication and security markings', cy: 'Marciau eithriedig, nid i’w cyhoeddi a diogelwch' },
      confidentialMarkings: { en: 'Plain confidentiality markings', cy: 'Marciau cyfrinachedd plaen' },
      capitalMarkings: {
        en: 'Words that mark material only when written in capitals or said to be its marking ("RESTRICTED", "marked restricted"), not in ordinary use ("restricted parking")',
        cy: 'Geiriau sy’n marcio deunydd dim ond mewn priflythrennau neu pan ddywedir mai dyna’r marc ("CYFYNGEDIG"), nid mewn defnydd cyffredin',
      },
      markedThings: {
        en: 'Documents a plain marking can stand before ("confidential report"); before any other word it describes a topic ("confidential data")',
        cy: 'Dogfennau y gall marc plaen sefyll o’u blaen ("confidential report"); o flaen gair arall mae’n disgrifio pwnc',
      },
    },
    wordSets: ['markedThings'],
    options: Options,
    optionLabels: {
      plainMarkingSeverity: { en: 'Severity when the only marking is a plain "confidential"', cy: 'Difrifoldeb pan mai "cyfrinachol" plaen yw\'r unig farc' },
    },
    // A marking on a quoted or forwarded document still travels. A footer's "confidential" marks nothing.
    // Pasted text is read for exempt and security markings only: a pasted news cutting is already public
    // (and may say "confidential" of anything), but a pasted "OFFICIAL-SENSITIVE" paper is still the paper.
    alsoReads: ['quoted', 'forwarded', 'pasted'],
  },
  check(ctx): RawFinding<'outside'>[] {
    const { draft } = ctx;
    const outside = ctx.recipients.filter((r) => r.external);
    if (outside.length === 0) return [];
    const read = ctx.quotedMatches.filter((m) => m.list === 'exemptMarkings' || zoneAt(draft.zones, m.start) !== 'pasted');
    const all = [...ctx.subjectMatches.map((m) => ({ m, subject: true })), ...[...ctx.matches, ...read].map((m) => ({ m, subject: false }))];
    // "Commercially sensitive" is also said in passing of something the message does not carry ("the
    // appraisal is commercially sensitive, and I am taking advice on what can be shared"), as a plain
    // "confidential" is; the other exempt markings (Schedule 12A, Part 2, OFFICIAL-SENSITIVE) are markings wherever they stand.
    const exempt = all.filter((x) => x.m.list === 'exemptMarkings' && (x.subject || !saidInPassing(x.m) || !saidOfSomethingElse(draft, x.m)));
    const marked = ctx.wordSets.markedThings ?? new Set<string>();
    const plain = all.filter(
      (x) =>
        x.m.list === 'confidentialMarkings' &&
        !describesTopic(x.subject ? draft.subject : draft.text, x.subject ? draft.subjectTokens : draft.tokens, x.m, marked) &&
        (x.subject || (!promisedConfidence(draft, x.m) && !saidOfSomethingElse(draft, x.m))),
    );
    const capitals = all.filter((x) => x.m.list === 'capitalMarkings' && setOutAsMarking(x.subject ? draft.subject : draft.text, x.subject ? draft.subjectTokens : draft.tokens, x.m, marked));
    const markings = exempt.length > 0 ? exempt : [...plain, ...capitals].sort((a, b) => Number(b.subject) - Number(a.subject) || a.m.start - b.m.start);
    if (markings.length === 0) return [];
    const evidence: Evidence[] = markings.map((x) => (x.subject ? subjectEvidence(draft, x.m) : bodyEvidence(draft, x.m)));
    const firstWords = evidence[0].text;
    return [
      {
        messageId: 'outside',
        severity: exempt.length > 0 ? undefined : ctx.options.plainMarkingSeverity,
        data: { words: firstWords, recipients: outside.map(nameOf).join(', ') },
        evidence: [...evidence, ...outside.map(recipientEvidence)],
        // Taking out every recipient is no fix (the councillor mailing their own Hotmail would be
        // offered "Remove" on the only address): then the sender decides by hand.
        fixes: outside.length < ctx.recipients.length ? [{ kind: 'remove-recipients', recipients: outside.map((r) => r.address) }] : [],
      },
    ];
  },
});

/**
 * "a confidential study", "Request for Confidential Information", "confidentiality agreement": the word
 * describes what something is about, it marks nothing. A marking stands alone ("CONFIDENTIAL",
 * "Confidential:"), is said of the message ("this is confidential"), or stands before a document.
 */
function describesTopic(text: string, tokens: Tokens, m: PhraseMatch, marked: ReadonlySet<string>): boolean {
  // Welsh puts the adjective after its noun ("adroddiad cyfrinachol"): only English reads this way.
  if (!m.phrase.startsWith('confidential')) return false;
  return m.end - m.start >= 4 && describesNextWord(text, tokens, m, marked);
}

/**
 * The marking word runs straight on into a word it describes ("confidential data", "RESTRICTED
 * ACCESS"): no punctuation or line break between ("Confidential - draft", "CONFIDENTIAL\n" end the
 * marking), and the next word is neither a little word nor a document a marking stands before.
 */
function describesNextWord(text: string, tokens: Tokens, m: PhraseMatch, marked: ReadonlySet<string>): boolean {
  const next = m.lastToken + 1;
  if (next >= tokens.length) return false;
  if (text.slice(m.end, tokens.start(next)).trim() !== '') return false;
  const word = tokens.key(next);
  return !FUNCTION_WORDS.has(word) && !marked.has(word) && /^[a-z]/i.test(word);
}

/** Words just before a marking that say it is one: "marked RESTRICTED", "it's marked restricted", Welsh "wedi'i farcio'n gyfyngedig". */
const MARKED = new Set(['marked', 'marking', 'classed', 'classified', 'graded', "farcio'n", 'farcio’n', 'marcio', "marcio'n", 'marcio’n']);

/**
 * A word such as "restricted" marks material when it is set out as a marking: in capitals (RESTRICTED,
 * CYFYNGEDIG) and not describing the next word ("RESTRICTED ACCESS"), or just after "marked". In
 * ordinary use ("restricted parking", "a politically restricted post") it marks nothing.
 */
function setOutAsMarking(text: string, tokens: Tokens, m: PhraseMatch, marked: ReadonlySet<string>): boolean {
  if (m.firstToken > 0 && MARKED.has(tokens.key(m.firstToken - 1))) return true;
  const written = text.slice(m.start, m.end);
  if (written !== written.toUpperCase() || written === written.toLowerCase()) return false;
  return !describesNextWord(text, tokens, m, marked);
}

// Welsh promises too: "eu cadw'n gyfrinachol", "yn cael ei drin yn gyfrinachol", "aros yn gyfrinachol".
const PROMISE_WORDS = new Set(['kept', 'treated', 'remain', 'remains', 'handled', 'held', 'cadw', "cadw'n", 'gadw', "gadw'n", 'trin', 'drin', 'aros', "aros'n", 'cedwir']);

/**
 * "Your details will be kept confidential" promises confidence to a resident; it marks
 * nothing. A plain marking just after one of these words is not a marking.
 */
function promisedConfidence(draft: Draft, m: PhraseMatch): boolean {
  for (let t = Math.max(0, m.firstToken - 3); t < m.firstToken; t++) {
    if (PROMISE_WORDS.has(draft.tokens.key(t))) return true;
  }
  return false;
}

/** Verbs that say what something is: "they are confidential". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "'s"]);
/** Verbs that tell of marking something: "the ISO made the attachments confidential", "will mark as confidential". */
const MARKING_ACTS = new Set(['make', 'makes', 'made', 'making', 'mark', 'marks', 'marked', 'marking', 'deem', 'deems', 'deemed', 'consider', 'considers', 'considered', 'designate', 'designated', 'classify', 'classified']);
/** Words that make a plain marking this message's own, whichever verb: this material, or its sender marking it. */
const THIS_MATERIAL = new Set(['this', 'these', 'it', "it's", 'its', "that's", 'here', "here's", 'attached', 'enclosed', 'i', "i've", 'we', "we've", 'hwn', 'hon', 'hyn']);
/** With a verb of being, a document said to be confidential is one being sent: "the report is confidential". */
const DOCUMENTS = new Set(['attachment', 'attachments', 'email', 'e-mail', 'message', 'document', 'documents', 'report', 'paper', 'papers', 'letter', 'minutes', 'item', 'appendix', 'annex', 'information', 'contents', 'content', 'details', 'figures']);
/** What ends a clause between a verb and the marking: "Notes. Confidential" is a marking. A wrapped line does not. */
const CLAUSE_END = /[.!?;:()[\]]|\n\s*\n/;

/**
 * "Why did they make the attachments confidential if they are not confidential?" talks about
 * confidentiality: it marks nothing. A plain marking that follows a verb of being or of marking
 * (a few words back, in the same clause) marks this message only when the words around that verb
 * point to it or to its sender ("the attached report is confidential", "I have marked it
 * confidential"); said of anything else it is a description, and the message is not marked.
 */
/** Exempt markings that are also ordinary words of a sentence, read as saidOfSomethingElse reads a plain one. */
const saidInPassing = (m: PhraseMatch): boolean => m.phrase === 'commercially sensitive';

function saidOfSomethingElse(draft: Draft, m: PhraseMatch): boolean {
  if (!m.phrase.startsWith('confidential') && !saidInPassing(m)) return false;
  const { tokens, text } = draft;
  // Written in capitals, the word is set out as a marking, whatever stands before it.
  const written = text.slice(m.start, m.end);
  if (written === written.toUpperCase()) return false;
  let verb = -1;
  for (let t = m.firstToken - 1; t >= Math.max(0, m.firstToken - 4); t--) {
    if (CLAUSE_END.test(text.slice(tokens.end(t), tokens.start(t + 1)))) break;
    const key = tokens.key(t);
    if (COPULAS.has(key) || MARKING_ACTS.has(key)) {
      verb = t;
      break;
    }
  }
  if (verb < 0) return false;
  // The verb's subject (a few words before it) and what lies between it and the marking.
  for (let t = Math.max(0, verb - 3); t < m.firstToken; t++) {
    if (t < verb && CLAUSE_END.test(text.slice(tokens.end(t), tokens.start(t + 1)))) continue;
    const key = tokens.key(t);
    if (THIS_MATERIAL.has(key) || (COPULAS.has(tokens.key(verb)) && DOCUMENTS.has(key))) return false;
  }
  return true;
}
