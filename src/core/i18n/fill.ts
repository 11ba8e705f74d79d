import type { Bilingual, Lang } from '../types';

/** Fills {placeholders} in a template; unknown placeholders are left visible so a missing value is noticed in tests. */
export function fill(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? data[key] : whole));
}

export function pick(text: Bilingual | Partial<Bilingual> | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text.en ?? text.cy;
}
