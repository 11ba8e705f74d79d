import type { NameMention } from '../directory/name-finder';
import type { Draft } from '../draft/draft';
import { baseForms } from '../language/base-form';
import { CLAUSE_CUES, NEGATION_REACH, REPORTING_VERBS } from '../language/clause-cues';
import { mutationKey } from '../language/welsh-mutation';
import { FUNCTION_WORDS } from '../language/function-words';
import { wordClasses } from '../language/word-class';
import { boundedMemo } from '../language/bounded-memo';
import type { PhraseMatch } from '../text/phrases';
import type { Span } from '../text/sentences';
import { firstOccurrencesIn } from './first-occurrences';
import { hashFeature, hashFeatureFrom, hashState } from './hash';

/**
 * The analysis stage's view of one sentence for the learned scorers: hashed features
 * (base forms, their pairs, character n-grams for Welsh and misspellings, mutation-blind
 * keys, word classes from the policy's lists, people named by role, and clause cues),
 * each with the word it came from so a finding can cite the words that weighed most.
 */
export interface SentenceUnit {
  span: Span;
  features: number[];
  /** Token index behind each feature, or -1 for a feature of the whole sentence. */
  tokenOf: number[];
  /** How many words the sentence has (up to MAX_WORDS). */
  words: number;
  /** How many features the sentence has: `features.length`, unless a check left them out (see UnitScoring). */
  featureCount: number;
  /** The sentence's score for each rule, when sentenceUnits was given a UnitScoring; else undefined. */
  scores: number[] | undefined;
}

/**
 * For a check, not for training: each sentence is scored as soon as its features are read, and its
 * features are kept only when `keeps` says a rule may cite its words (a score over some rule's
 * threshold); the rest keep their scores alone. Speed only: copying every sentence's features out
 * was a fifth of all a check allocated, and the largest thing the collector copied on a long draft,
 * for the handful of sentences whose words are ever cited.
 */
export interface UnitScoring {
  /** The scores of the first `count` features in `features` (each feature once), one per rule. */
  score(features: ReadonlyArray<number>, count: number): number[];
  keeps(scores: ReadonlyArray<number>): boolean;
}

const CUE_NAMES = Object.keys(CLAUSE_CUES);
/** Speed only: word -> the numbers (in CUE_NAMES) of the cue sets holding it, in order (one lookup a word instead of one per set). */
const CUES_OF = new Map<string, number[]>();
CUE_NAMES.forEach((name, n) => {
  for (const word of new Set(CLAUSE_CUES[name])) CUES_OF.set(word, [...(CUES_OF.get(word) ?? []), n]);
});
const SECOND_PERSON = CUE_NAMES.indexOf('secondPerson');
const OBLIGATION = CUE_NAMES.indexOf('obligation');
const NEGATORS = new Set(CLAUSE_CUES.negation);
/** Sentences longer than this are read by their first words only: bounded work whatever the paste. */
const MAX_WORDS = 80;

/** A word's own features, which do not depend on its neighbours: worked out once per distinct word. */
interface WordFeatures {
  hashes: number[];
  bases: string[];
  classes: string[];
  /** Speed only: for each base, the hash state of "b:" + base + "|", which the next word's pair carries on from. */
  pairStates: number[];
}
/** Speed only: the hash state of "b:" + previous + "|" for a pair feature "b:previous|next". */
const pairState = (previous: string): number => hashState('|', hashState(previous, hashState('b:')));

/**
 * What the feature stage needs of one word, found with one lookup a word (speed only: it looked a word
 * up in four maps and sets): the clause cues it is, whether it negates or reports, and its features
 * for each prefix ("w:", "n:" negated, "r:" reported, so negated and reported uses differ), each
 * worked out the first time the word is used so.
 */
interface WordInfo {
  key: string;
  cues: number[] | undefined;
  negator: boolean;
  reporting: boolean;
  w?: WordFeatures;
  n?: WordFeatures;
  r?: WordFeatures;
}
const wordInfo = boundedMemo((key: string): WordInfo => ({ key, cues: CUES_OF.get(key), negator: NEGATORS.has(key), reporting: REPORTING_VERBS.has(key) }));

function featuresAs(info: WordInfo, prefix: 'w:' | 'n:' | 'r:'): WordFeatures {
  if (prefix === 'w:') return (info.w ??= featuresOfWord(prefix, info.key));
  if (prefix === 'n:') return (info.n ??= featuresOfWord(prefix, info.key));
  return (info.r ??= featuresOfWord(prefix, info.key));
}

function featuresOfWord(prefix: string, key: string): WordFeatures {
  const bases = baseForms(key);
  const names = bases.map((base) => prefix + base);
  // Little words carry their meaning in pairs ("you must"); their letters say nothing.
  if (key.length >= 4 && !FUNCTION_WORDS.has(key)) {
    const padded = '<' + key + '>';
    for (let k = 0; k + 4 <= padded.length; k++) names.push('g:' + padded.slice(k, k + 4));
    names.push('m:' + mutationKey(key));
  }
  const classes = !FUNCTION_WORDS.has(key) || key.length >= 4 ? wordClasses(key) : [];
  for (const cls of classes) names.push(prefix.charAt(0) + 'k:' + cls);
  return { hashes: names.map(hashFeature), bases, classes, pairStates: bases.map(pairState) };
}

const START_STATE = pairState('<s>');
const PARTY_STATE = pairState('<party>');
const NUMBER_STATE = pairState('#');

/*
 * Speed only: the sentence's own features are hashed on from the state after their fixed start
 * (hashFeatureFrom(hashState('kk:'), a) is hashFeature('kk:' + a)), so no string is built for them.
 */
const P_STATE = hashState('p:');
const L_STATE = hashState('l:');
const PK_STATE = hashState('pk:');
const KK_STATE = hashState('kk:');
const KQ_STATE = hashState('kq:');
const X_STATE = hashState('x:');
const XK_STATE = hashState('xk:');
const XQ_STATE = hashState('xq:');
const PARTY_HASH = hashFeature('p:party');
const MONEY_HASH = hashFeature('c:money');
const NUMBER_HASH = hashFeature('c:number');
const YOU_MUST_HASH = hashFeature('q:you-must');
const QUESTION_HASH = hashFeature('q:question');
/** "q:" + each cue's name, by its number in CUE_NAMES. */
const CUE_HASHES = CUE_NAMES.map((name) => hashFeature('q:' + name));
/** The hash of `a` + "+" + `b` read on from `state`. */
const joined = (state: number, a: string, b: string): number => hashFeatureFrom(hashState('+', hashState(a, state)), b);

/** Whether the sentence, its trailing white space left off, ends with "?" (as slice().trimEnd().endsWith('?') said, without the strings). */
function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isTrimmed(text.charCodeAt(k))) k--;
  return k >= start && text.charCodeAt(k) === 63;
}
const WHITE = /\s/;
/** What trimEnd takes off: ECMAScript white space and line terminators (the same set as \s). */
function isTrimmed(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WHITE.test(String.fromCharCode(code));
}

/*
 * Speed only: a sentence's features are written into these, reused from sentence to sentence and
 * call to call (the engine is synchronous), and copied out at their final length once repeats are
 * dropped. Pushing onto two new arrays a sentence, growing each as it went, was most of the feature
 * stage's time on a cold first send.
 */
const scratchFeatures: number[] = [];
const scratchTokens: number[] = [];
let written = 0;
function put(hash: number, token: number): void {
  scratchFeatures[written] = hash;
  scratchTokens[written] = token;
  written++;
}
const whole = (hash: number): void => put(hash, -1);
/** The features of a sentence a check scored and let go (see UnitScoring): shared, and never written to. */
const NO_FEATURES: number[] = [];
/** The classes of a sentence with none: shared, and never written to. */
const NO_CLASSES: ReadonlyArray<string> = [];

/**
 * A sorted copy of a few distinct strings, in the order sort() gives (UTF-16 code units, which is what
 * < compares). Speed only: a sort() call makes some 1.4 KB of scratch whatever the length, once a
 * sentence; an insertion sort of a handful of classes makes none.
 */
function sortedCopy(items: ReadonlyArray<string>): string[] {
  if (items.length > 16) return items.slice().sort();
  const out = items.slice();
  for (let i = 1; i < out.length; i++) {
    const item = out[i];
    let j = i - 1;
    while (j >= 0 && out[j] > item) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = item;
  }
  return out;
}

/** People named, by the role the roster gives them: "an officer is named here", never who. */
export type RoleOf = (mention: NameMention) => string;

/**
 * `setting` names who writes to whom, by role ("from-councillor", "to-officer", "to-outside",
 * "to-press", "chat"): the same words mean one thing to an officer and another to a contractor.
 */
export function sentenceUnits(
  draft: Draft,
  matches: ReadonlyArray<PhraseMatch>,
  mentions: ReadonlyArray<NameMention>,
  roleOf: RoleOf,
  setting: ReadonlyArray<string> = [],
  scoring?: UnitScoring,
): SentenceUnit[] {
  const { tokens } = draft;
  const mentionAt = new Map<number, NameMention>();
  // Indexed loops throughout: this runs cold on a first send, where for-of makes an iterator result a step.
  for (let k = 0; k < mentions.length; k++) mentionAt.set(mentions[k].firstToken, mentions[k]);
  // A party's name is read as "a party is named", never as its words: which parties a council
  // has is its own affair, and "Labour" alone asks nothing of anyone.
  const partyAt = new Map<number, number>();
  for (let k = 0; k < matches.length; k++) if (matches[k].list.endsWith('\u0000parties')) partyAt.set(matches[k].firstToken, matches[k].lastToken);
  // Made at its length and written by index (speed only: pushing one at a time grew it as it went).
  const units: SentenceUnit[] = new Array<SentenceUnit>(draft.sentences.length);
  let matchAt = 0;
  const sorted = matches.slice().sort((a, b) => a.start - b.start);
  let previousClasses: ReadonlyArray<string> = NO_CLASSES;
  // Speed only, reused from sentence to sentence: the sentence's word classes (each once) and its
  // cues (each once, in the order first met, as a Set kept them).
  const classes: string[] = [];
  const cues: number[] = [];
  const cueSeen = new Uint8Array(CUE_NAMES.length);
  for (let u = 0; u < draft.sentences.length; u++) {
    const span = draft.sentences[u];
    classes.length = 0;
    cues.length = 0;
    cueSeen.fill(0);
    written = 0;
    const first = tokens.firstAtOrAfter(span.start);
    const last = Math.min(tokens.firstAtOrAfter(span.end), first + MAX_WORDS);
    let negatedUntil = -1;
    let reported = false;
    // The pair feature "b:" + previous + "|" + next, hashed on from the state after "b:" + previous + "|".
    let previous = START_STATE;
    for (let t = first; t < last; t++) {
      const mention = mentions.length > 0 ? mentionAt.get(t) : undefined;
      if (mention) {
        const role = roleOf(mention);
        // "p:" + role, then the pair with "<" + role + ">".
        put(hashFeatureFrom(P_STATE, role), t);
        put(hashFeatureFrom(hashState(role, hashState('<', previous)), '>'), t);
        previous = pairState('<' + role + '>');
        t = mention.lastToken;
        continue;
      }
      const partyEnd = partyAt.size > 0 ? partyAt.get(t) : undefined;
      if (partyEnd !== undefined) {
        put(PARTY_HASH, t);
        put(hashFeatureFrom(previous, '<party>'), t);
        previous = PARTY_STATE;
        t = partyEnd;
        continue;
      }
      const key = tokens.key(t);
      const info = wordInfo(key);
      const cuesHere = info.cues;
      if (cuesHere) {
        for (let k = 0; k < cuesHere.length; k++) {
          const n = cuesHere[k];
          if (cueSeen[n] === 0) {
            cueSeen[n] = 1;
            cues.push(n);
          }
        }
      }
      const c0 = key.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) {
        const money = draft.text.charCodeAt(tokens.start(t) - 1) === 163 || key.charCodeAt(key.length - 1) === 107;
        put(money ? MONEY_HASH : NUMBER_HASH, t);
        previous = NUMBER_STATE;
        continue;
      }
      const prefix = reported ? 'r:' : t <= negatedUntil ? 'n:' : 'w:';
      const word = featuresAs(info, prefix);
      for (let k = 0; k < word.hashes.length; k++) put(word.hashes[k], t);
      for (let b = 0; b < word.bases.length; b++) {
        put(hashFeatureFrom(previous, word.bases[b]), t);
        previous = word.pairStates[b];
      }
      for (let k = 0; k < word.classes.length; k++) if (!classes.includes(word.classes[k])) classes.push(word.classes[k]);
      if (info.negator) negatedUntil = t + NEGATION_REACH;
      if (info.reporting) reported = true;
    }
    // Word classes: each of the policy's lists that matched inside this sentence.
    while (matchAt < sorted.length && sorted[matchAt].start < span.start) matchAt++;
    for (let k = matchAt; k < sorted.length && sorted[k].start < span.end; k++) put(hashFeatureFrom(L_STATE, sorted[k].list), sorted[k].firstToken);
    for (let c = 0; c < cues.length; c++) whole(CUE_HASHES[cues[c]]);
    // Classes together say more than apart ("alter" with "report"); the sentence before carries over.
    const sortedClasses = classes.length === 0 ? NO_CLASSES : sortedCopy(classes);
    for (let i = 0; i < sortedClasses.length; i++) {
      for (let j = i + 1; j < sortedClasses.length; j++) whole(joined(KK_STATE, sortedClasses[i], sortedClasses[j]));
      for (let c = 0; c < cues.length; c++) whole(joined(KQ_STATE, sortedClasses[i], CUE_NAMES[cues[c]]));
    }
    for (let k = 0; k < previousClasses.length; k++) whole(hashFeatureFrom(PK_STATE, previousClasses[k]));
    for (let x = 0; x < setting.length; x++) {
      const tag = setting[x];
      whole(hashFeatureFrom(X_STATE, tag));
      for (let k = 0; k < sortedClasses.length; k++) whole(joined(XK_STATE, tag, sortedClasses[k]));
      // Who writes to whom changes what a clause means: "you must" from a councillor to an officer
      // is not "you must" to a contractor (cross-validated +1.5 points over three fold layouts).
      for (let c = 0; c < cues.length; c++) whole(joined(XQ_STATE, tag, CUE_NAMES[cues[c]]));
    }
    previousClasses = sortedClasses;
    if (cueSeen[SECOND_PERSON] === 1 && cueSeen[OBLIGATION] === 1) whole(YOU_MUST_HASH);
    if (endsWithQuestionMark(draft.text, span.start, span.end)) whole(QUESTION_HASH);
    const words = last - first;
    // Each feature counts once a sentence: a long sentence's tenth "the" says nothing its first did not.
    const kept = firstOccurrencesIn(scratchFeatures, scratchTokens, written);
    const scores = scoring ? scoring.score(scratchFeatures, kept) : undefined;
    const keep = scores === undefined || scoring!.keeps(scores);
    units[u] = { span, features: keep ? scratchFeatures.slice(0, kept) : NO_FEATURES, tokenOf: keep ? scratchTokens.slice(0, kept) : NO_FEATURES, words, featureCount: kept, scores };
  }
  return units;
}
