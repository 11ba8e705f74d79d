import { DEFAULT_PHRASES } from '../src/core';

/**
 * Inputs that once took seconds to minutes (issue 9), for the bench and the regression tests.
 * Deterministic: a fixed-seed generator, no Math.random.
 */

/** A small linear congruential generator: the same sequence for the same seed, everywhere. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALL_PHRASES: string[] = Object.values(DEFAULT_PHRASES).flatMap((lists) => Object.values(lists).flatMap((l) => [...l.en, ...l.cy]));

/**
 * About `chars` characters of the default policy's own phrases in random order (wildcards
 * filled in), with a sentence end now and then: the densest text for the phrase matcher.
 */
export function shuffledPhrases(chars: number, seed = 1): string {
  const next = seeded(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const phrase = ALL_PHRASES[Math.floor(next() * ALL_PHRASES.length)].replace(/\.\.\./g, 'the').replace(/\*/g, 'ing').replace(/#/g, '5pm');
    const r = next();
    const sep = r < 0.08 ? '. ' : r < 0.1 ? '\n' : ' ';
    parts.push(phrase, sep);
    size += phrase.length + sep.length;
  }
  return parts.join('').slice(0, chars);
}

/** The custom phrase from the issue: nine gaps, 51 s through the command line on 240 words. */
export const MANY_GAP_PHRASE = 'must ... ... ... ... ... ... ... ... ... zzz';

/** The policy that carries it (the engine refuses it: at most three gaps a phrase). */
export function manyGapPolicy(directory: unknown): Record<string, unknown> {
  return {
    schemaVersion: 1,
    directory,
    customRules: [{ id: 'many-gaps', title: { en: 'Many gaps' }, explanation: { en: 'A phrase with many gaps.' }, phrases: { en: [MANY_GAP_PHRASE] } }],
  };
}

/** The most gaps the engine accepts, on every word of the text: the worst a valid policy can do. */
export function maxGapPolicy(directory: unknown, rules = 20): Record<string, unknown> {
  return {
    schemaVersion: 1,
    directory,
    customRules: Array.from({ length: rules }, (_, i) => ({
      id: `gaps-${i}`,
      title: { en: `Gaps ${i}` },
      explanation: { en: 'Three gaps.' },
      phrases: { en: [`must ... ... ... zzz${i}`, `the ... ... ... zzz${i}`] },
    })),
  };
}

/** 240 words with "must" every few words and never the closing word. */
export const MUST_BODY = 'you must do it '.repeat(60);

/** A quoted From: line of "<a@a@a@..." with no closing ">" (parseAddressText was quadratic). */
export const unclosedAngleBody = (chars: number) => 'Thanks.\n\nFrom: <' + 'a@'.repeat(chars >> 1) + '\nSent: Monday\nTo: Gareth\nSubject: x\n\nold text';
/** A commitment again and again with no sentence end (isQuestion scanned to the end for each). */
export const noSentenceEndBody = (chars: number) => 'we accept the quote and '.repeat(Math.ceil(chars / 24)).slice(0, chars);
/** A display name of 100,000 "(" (nameKeyWords' /\(.*?\)/ was quadratic). */
export const parenName = (chars: number) => '('.repeat(chars);
/** Shouting on one long line (isHeadingOrMarking rebuilt the line per run of capitals). */
export const oneLineCapsBody = (chars: number) => 'YOU WILL FIX THIS NOW AND I WANT IT '.repeat(Math.ceil(chars / 36)).slice(0, chars);
/** Ordinary prose with capitals, on one line. */
export const oneLineProseBody = (chars: number) => 'Thank you for the update on the Heol Fawr APPLICATION AND THE figures. '.repeat(Math.ceil(chars / 72)).slice(0, chars);

/** A quoted To: line of "x@@@@..." (the Notes routing test /@[^\s]*\./ re-read the run from every "@"). */
export const atRunToBody = (chars: number) => 'Thanks.\n\nFrom: Ann Wyn <ann@council.gov.uk>\nTo: x' + '@'.repeat(chars) + '\nSubject: Bins\n\nText';
/** A Notes sender line of "/b/b/b..." routing parts (the Notes pattern walked the chain 40 times). */
export const notesChainBody = (chars: number) => 'Hello.\n\na' + '/b'.repeat(chars >> 1) + ' @x\nTo: Bob\ncc: Di\n\nText';
/** A Notes date line with a long run of spaces and no AM/PM (two optional space runs traded characters). */
export const notesDateSpacesBody = (chars: number) => 'Hello.\n\nJane Smith/HOU/EES@EES\n10/18/99 07:08' + ' '.repeat(chars) + 'x\nTo: Bob\nSubject: x\n\nText';
/** A roster address of "a@" and dots (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/ tried every dot in turn). */
export const dottedAddress = (chars: number) => 'a@' + '.'.repeat(chars) + '@';
