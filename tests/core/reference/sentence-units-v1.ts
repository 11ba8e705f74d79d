// Reference for tests/core/speed-equivalence.test.ts: this file as it was before the speed work of issue 10
// (commit dd7953c), imports adjusted. The shipped code must give exactly what this gives; it is never shipped.
// When what the shipped code computes changes on purpose, change this the same way (or retire the test).
import type { NameMention } from '../../../src/core/directory/name-finder';
import type { Draft } from '../../../src/core/draft/draft';
import { baseForms } from '../../../src/core/language/base-form';
import { CLAUSE_CUES, NEGATION_REACH, REPORTING_VERBS } from '../../../src/core/language/clause-cues';
import { mutationKey } from '../../../src/core/language/welsh-mutation';
import { FUNCTION_WORDS } from '../../../src/core/language/function-words';
import { wordClasses } from '../../../src/core/language/word-class';
import { boundedMemo } from '../../../src/core/language/bounded-memo';
import type { PhraseMatch } from '../../../src/core/text/phrases';
import type { Span } from '../../../src/core/text/sentences';
import { hashFeature } from '../../../src/core/learned/hash';

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
}

const CUE_SETS: Array<[string, ReadonlySet<string>]> = Object.entries(CLAUSE_CUES).map(([name, words]) => [name, new Set(words)]);
const NEGATORS = new Set(CLAUSE_CUES.negation);
/** Sentences longer than this are read by their first words only: bounded work whatever the paste. */
const MAX_WORDS = 80;

/** A word's own features, which do not depend on its neighbours: worked out once per distinct word. */
interface WordFeatures {
  hashes: number[];
  bases: string[];
  classes: string[];
}
/** Keyed by the prefix letter and the word ("w:report"), so negated and reported uses differ. */
const wordFeatures = (prefix: string, key: string): WordFeatures => featuresOfWord(prefix + key);

const featuresOfWord = boundedMemo((memoKey: string): WordFeatures => {
  const prefix = memoKey.slice(0, 2);
  const key = memoKey.slice(2);
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
  return { hashes: names.map(hashFeature), bases, classes };
});

/** People named, by the role the roster gives them: "an officer is named here", never who. */
export type RoleOf = (mention: NameMention) => string;

/**
 * `setting` names who writes to whom, by role ("from-councillor", "to-officer", "to-outside",
 * "to-press", "chat"): the same words mean one thing to an officer and another to a contractor.
 */
export function sentenceUnits(draft: Draft, matches: ReadonlyArray<PhraseMatch>, mentions: ReadonlyArray<NameMention>, roleOf: RoleOf, setting: ReadonlyArray<string> = []): SentenceUnit[] {
  const { tokens } = draft;
  const mentionAt = new Map<number, NameMention>();
  for (const m of mentions) mentionAt.set(m.firstToken, m);
  // A party's name is read as "a party is named", never as its words: which parties a council
  // has is its own affair, and "Labour" alone asks nothing of anyone.
  const partyAt = new Map<number, number>();
  for (const m of matches) if (m.list.endsWith('\u0000parties')) partyAt.set(m.firstToken, m.lastToken);
  const units: SentenceUnit[] = [];
  let matchAt = 0;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  let previousClasses: string[] = [];
  for (const span of draft.sentences) {
    const classes = new Set<string>();
    const features: number[] = [];
    const tokenOf: number[] = [];
    const add = (name: string, token: number) => {
      features.push(hashFeature(name));
      tokenOf.push(token);
    };
    const first = tokens.firstAtOrAfter(span.start);
    const last = Math.min(tokens.firstAtOrAfter(span.end), first + MAX_WORDS);
    const cues = new Set<string>();
    let negatedUntil = -1;
    let reported = false;
    let previous = '<s>';
    for (let t = first; t < last; t++) {
      const mention = mentionAt.get(t);
      if (mention) {
        const role = roleOf(mention);
        add('p:' + role, t);
        add('b:' + previous + '|<' + role + '>', t);
        previous = '<' + role + '>';
        t = mention.lastToken;
        continue;
      }
      const partyEnd = partyAt.get(t);
      if (partyEnd !== undefined) {
        add('p:party', t);
        add('b:' + previous + '|<party>', t);
        previous = '<party>';
        t = partyEnd;
        continue;
      }
      const key = tokens.key(t);
      for (const [name, set] of CUE_SETS) if (set.has(key)) cues.add(name);
      if (/^\d/.test(key)) {
        const money = draft.text.charAt(tokens.start(t) - 1) === '£' || key.endsWith('k');
        add(money ? 'c:money' : 'c:number', t);
        previous = '#';
        continue;
      }
      const prefix = reported ? 'r:' : t <= negatedUntil ? 'n:' : 'w:';
      const word = wordFeatures(prefix, key);
      for (const h of word.hashes) {
        features.push(h);
        tokenOf.push(t);
      }
      for (const base of word.bases) {
        add('b:' + previous + '|' + base, t);
        previous = base;
      }
      for (const cls of word.classes) classes.add(cls);
      if (NEGATORS.has(key)) negatedUntil = t + NEGATION_REACH;
      if (REPORTING_VERBS.has(key)) reported = true;
    }
    // Word classes: each of the policy's lists that matched inside this sentence.
    while (matchAt < sorted.length && sorted[matchAt].start < span.start) matchAt++;
    for (let k = matchAt; k < sorted.length && sorted[k].start < span.end; k++) add('l:' + sorted[k].list, sorted[k].firstToken);
    for (const cue of cues) add('q:' + cue, -1);
    // Classes together say more than apart ("alter" with "report"); the sentence before carries over.
    const sortedClasses = [...classes].sort();
    for (let i = 0; i < sortedClasses.length; i++) {
      for (let j = i + 1; j < sortedClasses.length; j++) add('kk:' + sortedClasses[i] + '+' + sortedClasses[j], -1);
      for (const cue of cues) add('kq:' + sortedClasses[i] + '+' + cue, -1);
    }
    for (const cls of previousClasses) add('pk:' + cls, -1);
    for (const tag of setting) {
      add('x:' + tag, -1);
      for (const cls of sortedClasses) add('xk:' + tag + '+' + cls, -1);
      // Added on purpose after the speed work (setting x clause cue), as in the shipped features.ts.
      for (const cue of cues) add('xq:' + tag + '+' + cue, -1);
    }
    previousClasses = sortedClasses;
    if (cues.has('secondPerson') && cues.has('obligation')) add('q:you-must', -1);
    if (draft.text.slice(span.start, span.end).trimEnd().endsWith('?')) add('q:question', -1);
    const words = last - first;
    // Each feature counts once a sentence: a long sentence's tenth "the" says nothing its first did not.
    const seen = new Set<number>();
    const keep = features.map((f) => !seen.has(f) && seen.add(f) !== undefined);
    units.push({ span, features: features.filter((_, k) => keep[k]), tokenOf: tokenOf.filter((_, k) => keep[k]), words });
  }
  return units;
}
