import type { Lang } from '../../core/types';

/**
 * Maps a host's display language (Office's `displayLanguage`, Teams' `locale`, the browser's)
 * to the product's languages: Welsh for any `cy` locale, English otherwise.
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  return typeof locale === 'string' && /^cy(\b|[-_])/i.test(locale) ? 'cy' : 'en';
}
