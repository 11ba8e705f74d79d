import type { Lang } from '../../core/types';

/**
 * The language a person chose on a page, kept in this browser so a reload keeps it.
 * Storage can be blocked (private windows, some Teams clients): then it is simply not kept.
 */
export function rememberedLang(page: string): Lang | undefined {
  try {
    const v = typeof localStorage !== 'undefined' ? localStorage.getItem(`protocol-guard.${page}.lang`) : null;
    return v === 'cy' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLang(page: string, lang: Lang): void {
  try {
    localStorage.setItem(`protocol-guard.${page}.lang`, lang);
  } catch {
    /* not remembered */
  }
}
