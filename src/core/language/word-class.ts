import { fold } from '../text/fold';
import { baseForms } from './base-form';
import { mutationKey } from './welsh-mutation';
import WORD_CLASSES from './word-classes.json';

/**
 * The word classes a folded word belongs to (see word-classes.json): English words by their
 * base form, Welsh ones by their mutation-blind key, so "tynnu", "dynnu" and "nhynnu" are one.
 * Built once at load; a lookup is one or two map reads.
 */
const byBase = new Map<string, string[]>();
const byMutation = new Map<string, string[]>();

function add(map: Map<string, string[]>, key: string, cls: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
}

for (const [cls, words] of Object.entries(WORD_CLASSES.classes as Record<string, { en: string[]; cy: string[] }>)) {
  for (const w of words.en) for (const base of baseForms(fold(w))) add(byBase, base, cls);
  for (const w of words.cy) add(byMutation, mutationKey(fold(w)), cls);
}

const NONE: string[] = [];
/** One lookup per distinct word: a body repeats its words. Cleared past a size, so bounded. */
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 50000;

export function wordClasses(key: string): string[] {
  const known = memo.get(key);
  if (known) return known;
  const out = classesOf(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}

function classesOf(key: string): string[] {
  let out: string[] | undefined;
  for (const base of baseForms(key)) {
    const hit = byBase.get(base);
    if (hit) out = out ? [...new Set([...out, ...hit])] : hit;
  }
  const welsh = byMutation.get(mutationKey(key));
  if (welsh) out = out ? [...new Set([...out, ...welsh])] : welsh;
  return out ?? NONE;
}
