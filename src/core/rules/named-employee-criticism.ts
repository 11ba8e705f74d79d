import type { NameMention } from '../directory/name-finder';
import type { Person } from '../directory/directory-schema';
import { staffByFirstAndLastName, staffByFirstName, staffBySurname } from '../directory/first-names';
import { findJobTitles, holdsUniqueTitle } from '../directory/job-titles';
import { zoneAt } from '../zones/zone-types';
import { stripPossessive } from '../text/fold';
import type { PhraseMatch } from '../text/phrases';
import type { Span } from '../text/sentences';
import { isCapitalisedAt } from '../text/tokenize';
import type { Evidence } from '../types';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { CLAUSE_CUES } from '../language/clause-cues';
import { bodyEvidence, councillorWrites, inList, isCouncillor, negated, recipientEvidence, scoredFinding, sentenceAt } from './helpers';

type Lists = 'criticism' | 'pronouns';

/**
 * A councillor naming an employee alongside criticism of them. Ties each officer
 * named in the new text to criticism in the same sentence, or in the next one when
 * that sentence refers back to them ("he", "she", "they").
 */
export const namedEmployeeCriticism = defineRule<'named' | 'scored' | 'addressed', Lists>({
  header: {
    id: 'named-employee-criticism',
    title: { en: 'Employee named alongside criticism', cy: 'Enwi aelod o staff wrth ei feirniadu' },
    defaultSeverity: 'warn',
    ground: {
      en: 'Councillors avoid naming individual employees, and employees are not the subject of attacks or criticism, least of all in front of others. Raise concerns about performance with the line manager.',
      cy: "Mae cynghorwyr yn osgoi enwi gweithwyr unigol, ac nid yw gweithwyr yn destun ymosodiadau na beirniadaeth, yn enwedig o flaen eraill. Codwch bryderon am berfformiad gyda'r rheolwr llinell.",
    },
    sources: ['001', '002', '003'],
    messages: {
      scored: {
        en: '"{words}" criticises {person}, a named member of staff. Raise concerns about an officer\'s work with their manager, without naming them in correspondence.',
        cy: 'Mae "{words}" yn beirniadu {person}, aelod o staff a enwir. Codwch bryderon am waith swyddog gyda\'i reolwr, heb ei enwi mewn gohebiaeth.',
      },
      addressed: {
        en: '"{words}" criticises {person}, the member of staff you are writing to. Raise concerns about an officer\'s work with their line manager, in private, rather than in writing to them.',
        cy: 'Mae "{words}" yn beirniadu {person}, yr aelod o staff rydych yn ysgrifennu ato. Codwch bryderon am waith swyddog gyda\'i reolwr llinell, yn breifat, yn hytrach nag mewn neges ato.',
      },
      named: {
        en: 'You name {name} next to "{words}". Criticise the service, not the person: use their job title, or raise it with their manager privately.',
        cy: "Rydych yn enwi {name} wrth ymyl \"{words}\". Beirniadwch y gwasanaeth, nid yr unigolyn: defnyddiwch deitl y swydd, neu codwch y mater gyda'r rheolwr yn breifat.",
      },
    },
    lists: {
      criticism: { en: 'Words that criticise or attack a person', cy: 'Geiriau sy\'n beirniadu neu\'n ymosod ar unigolyn' },
      pronouns: { en: 'Words that point back to someone just named', cy: "Geiriau sy'n cyfeirio'n ôl at rywun newydd ei enwi" },
    },
  },
  check(ctx: RuleContext): RawFinding<'named' | 'scored' | 'addressed'>[] {
    const { draft } = ctx;
    if (!isCouncillor(ctx.inNameOf) && !isCouncillor(ctx.sender)) return [];
    const criticism = inList(ctx.matches, 'criticism').filter((m) => !negated(draft, m));
    if (criticism.length === 0) return [];
    const pronouns = inList(ctx.matches, 'pronouns');
    const mentions = [...ctx.namesInNewText().filter((m) => STAFF.has(m.person.role)), ...jobTitlesIn(ctx, 0, draft.newTextTokenEnd)].sort((a, b) => a.start - b.start);
    const findings: RawFinding<'named' | 'scored' | 'addressed'>[] = [];
    const seen = new Set<unknown>();
    for (const mention of mentions) {
      if (seen.has(mention.person)) continue;
      const words = criticismAbout(ctx, mention, criticism, pronouns);
      if (words.length === 0) continue;
      seen.add(mention.person);
      // A post only they hold names them still: then the fix says "the officer concerned".
      const post = mention.person.jobTitle && !holdsUniqueTitle(ctx.directory, mention.person) ? `the ${mention.person.jobTitle}` : 'the officer concerned';
      findings.push({
        messageId: 'named',
        data: { name: draft.text.slice(mention.start, mention.end), words: draft.text.slice(words[0].start, words[0].end) },
        evidence: [bodyEvidence(draft, mention), ...words.map((w) => bodyEvidence(draft, w))],
        // Named by their post, there is no name to take out: the criticism itself has to go.
        fixes: mention.how === 'job-title' ? [] : [{ kind: 'replace-text', start: mention.start, end: mention.end, replacement: post }],
      });
    }
    return findings;
  },
  scored(ctx, hit) {
    // A councillor's words about a member of staff the message points to (see staffReferredTo).
    if (!councillorWrites(ctx)) return undefined;
    // A sentence whose only words of criticism are denied ("has never been unprofessional") defends
    // the officer; the scorer, which reads the name and the verb, cannot tell that from an attack.
    const critical = inList(ctx.matches, 'criticism').filter((m) => m.start >= hit.span.start && m.start < hit.span.end);
    if (critical.length > 0 && critical.every((m) => negated(ctx.draft, m))) return undefined;
    const person = staffReferredTo(ctx, hit.span);
    if (!person) return undefined;
    const finding = scoredFinding(ctx.draft, hit, { person: person.person.name }, person.evidence ? [person.evidence] : []);
    return person.addressed ? { ...finding, messageId: 'addressed' as const } : finding;
  },
});

/** Words after a name that make it a place: a street, an estate, a school, a farm. */
const PLACE_WORDS = new Set([
  'road', 'street', 'lane', 'avenue', 'close', 'drive', 'way', 'court', 'terrace', 'crescent', 'square', 'hill', 'park', 'gardens', 'estate',
  'school', 'farm', 'house', 'hall', 'centre', 'ward',
]);

/** Welsh place words, which come before the name: "Heol Owain", "Ysgol Glyn", "Fferm Bryn". */
const PLACE_BEFORE = new Set(['heol', 'ffordd', 'stryd', 'lon', 'ysgol', 'fferm', 'neuadd', 'canolfan', 'parc', 'stad', 'cae', 'capel', 'eglwys', 'pont', 'maes']);

/** How far back a name still carries into a sentence that says "she" or "he". */
const NAME_REACH = 3;
const STAFF = new Set(['officer', 'political-assistant']);
const SECOND_PERSON = new Set(CLAUSE_CUES.secondPerson);

/**
 * The members of staff among `mentions` (in order of where they start, as the name search gives them)
 * that start in [from, to), found by halving. Speed only: "Mr Jones" in a roster of 30,000 is a mention
 * of each of its thousand Joneses, and every scored sentence used to filter all of a draft's mentions.
 */
function staffNamedBetween(mentions: ReadonlyArray<NameMention>, from: number, to: number): NameMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: NameMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k].start < to; k++) if (STAFF.has(mentions[k].person.role)) out.push(mentions[k]);
  return out;
}

/**
 * The member of staff a sentence is about, if the message makes one identifiable: named in it or
 * shortly before (in full, by title and surname, or in full without capitals), by a first name
 * only one of them has, or spoken to as "you" when a member of staff is among those it is
 * written to. (The last was once left out because on real mail it let ordinary instructions
 * through; since the scorer learns from every sentence its gate offers, the clean ones included,
 * it tells "you have made a hash of this" from "could you send it", and real mail keeps the
 * threshold clear of its sentences: cross-validated +1.9 points over three fold layouts.)
 */
function staffReferredTo(ctx: RuleContext, span: Span): { person: Person; evidence?: Evidence; addressed?: boolean } | undefined {
  const { draft } = ctx;
  const index = sentenceAt(draft, span.start);
  const from = draft.sentences[Math.max(0, index - NAME_REACH)].start;
  const { tokens } = draft;
  const named = [...staffNamedBetween(ctx.namesInNewText(), from, span.end), ...jobTitlesIn(ctx, tokens.firstAtOrAfter(from), tokens.firstAtOrAfter(span.end))]
    .filter((m) => m.start >= from && m.start < span.end)
    .sort((a, b) => a.start - b.start);
  if (named.length > 0) {
    const last = named[named.length - 1];
    return { person: last.person, evidence: bodyEvidence(draft, last) };
  }
  const end = tokens.firstAtOrAfter(span.end);
  for (let t = tokens.firstAtOrAfter(from); t + 1 < end; t++) {
    const person = staffByFirstAndLastName(ctx.directory, tokens.key(t), stripPossessive(tokens.key(t + 1)));
    if (person && zoneAt(draft.zones, tokens.start(t)) === 'own') return { person, evidence: bodyEvidence(draft, { start: tokens.start(t), end: tokens.end(t + 1) }) };
  }
  // A first name or a surname only one member of staff has, as far back as a full name carries.
  // Capitals are asked for unless the author writes without them ("elen has no bedside manner").
  const lowerCaseWriter = writesWithoutCapitals(draft);
  for (let t = tokens.firstAtOrAfter(from); t < end; t++) {
    if (!lowerCaseWriter && !isCapitalisedAt(draft.text, tokens.start(t))) continue;
    if (zoneAt(draft.zones, tokens.start(t)) !== 'own') continue;
    const word = stripPossessive(tokens.key(t));
    // "Bryn Road", "Glyn Avenue", and in Welsh the other way round, "Heol Owain": a name that is part of a place names no one.
    if ((t + 1 < tokens.length && PLACE_WORDS.has(tokens.key(t + 1))) || (t > 0 && PLACE_BEFORE.has(tokens.key(t - 1)))) continue;
    const person = staffByFirstName(ctx.directory, word) ?? staffBySurname(ctx.directory, word);
    if (person) return { person, evidence: bodyEvidence(draft, { start: tokens.start(t), end: tokens.end(t) }) };
  }
  for (let t = tokens.firstAtOrAfter(span.start); t < end; t++) {
    if (!SECOND_PERSON.has(tokens.key(t))) continue;
    const to = ctx.recipients.find((r) => r.field === 'to' && r.person && STAFF.has(r.person.role));
    return to ? { person: to.person!, evidence: recipientEvidence(to), addressed: true } : undefined;
  }
  return undefined;
}

/**
 * Whether the author's own sentences mostly start in lower case (a quick chat, a phone): then a
 * name without a capital is still a name. Two sentences at least, so one casual line decides nothing.
 */
const LOWER_CASE_WRITERS = new WeakMap<RuleContext['draft'], boolean>();
function writesWithoutCapitals(draft: RuleContext['draft']): boolean {
  const known = LOWER_CASE_WRITERS.get(draft);
  if (known !== undefined) return known;
  let lower = 0;
  let upper = 0;
  for (const span of draft.sentences) {
    const t = draft.tokens.firstAtOrAfter(span.start);
    if (t >= draft.tokens.length || draft.tokens.start(t) >= span.end) continue;
    const c = draft.text.charAt(draft.tokens.start(t));
    if (c.toLowerCase() === c.toUpperCase()) continue;
    if (c === c.toLowerCase()) lower++;
    else upper++;
  }
  const answer = lower >= 2 && lower > upper;
  LOWER_CASE_WRITERS.set(draft, answer);
  return answer;
}

/** Job titles only one member of staff holds, in the author's own words between two tokens. */
function jobTitlesIn(ctx: RuleContext, from: number, to: number): NameMention[] {
  return findJobTitles(ctx.directory, ctx.draft.tokens, from, to).filter((m) => zoneAt(ctx.draft.zones, m.start) === 'own');
}

function criticismAbout(ctx: RuleContext, mention: NameMention, criticism: PhraseMatch[], pronouns: PhraseMatch[]): PhraseMatch[] {
  const { draft } = ctx;
  const s = sentenceAt(draft, mention.start);
  return criticism.filter((c) => {
    const cs = sentenceAt(draft, c.start);
    if (cs === s) return true;
    // The next sentence or two, when they point back to the person named ("Frankly he is incompetent").
    if (cs > s && cs <= s + 2) {
      const span = draft.sentences[cs];
      return pronouns.some((p) => p.start >= span.start && p.start < span.end);
    }
    return false;
  });
}
