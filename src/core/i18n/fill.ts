import type { Bilingual, Lang } from '../types';

/**
 * Little words that start a phrase taken from the message ("My daughter", "Our nephew"): written
 * with a capital only because they began the writer's sentence, so mid-sentence they lose it.
 */
const LEADING_LITTLE_WORDS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'that', 'these', 'those', 'a', 'an', 'fy', 'ein', 'eich', 'ei', 'eu', 'y', 'yr']);

/**
 * Fills {placeholders} in a template; unknown placeholders are left visible so a missing value is
 * noticed in tests. A value set mid-sentence, outside quotation marks, that begins with a capitalised
 * little word ("My daughter") reads "…involving my daughter"; quotations keep the writer's letters.
 */
export function fill(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, at: number) => {
    if (!(key in data)) return whole;
    const value = data[key];
    const before = template.slice(0, at).trimEnd();
    const quoted = /["“'‘«]$/.test(before);
    const midSentence = before !== '' && !/[.!?:]$/.test(before);
    const first = /^(\p{Lu}\p{Ll}*)\s/u.exec(value);
    if (!quoted && midSentence && first && LEADING_LITTLE_WORDS.has(first[1].toLowerCase())) return value.charAt(0).toLowerCase() + value.slice(1);
    return value;
  });
}

export function pick(text: Bilingual | Partial<Bilingual> | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text.en ?? text.cy;
}
