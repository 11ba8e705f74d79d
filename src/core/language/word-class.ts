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

/** Called once per distinct word by the feature stage, which remembers its answer. */
export function wordClasses(key: string): string[] {
  let out: string[] | undefined;
  for (const base of baseForms(key)) {
    const hit = byBase.get(base);
    if (hit) out = out ? [...new Set([...out, ...hit])] : hit;
  }
  const welsh = byMutation.get(mutationKey(key));
  if (welsh) out = out ? [...new Set([...out, ...welsh])] : welsh;
  return out ?? NONE;
}
