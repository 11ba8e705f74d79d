import { useCallback, useEffect, useState } from 'react';
import { defaultLang } from '../i18n/strings';
import { safeLocalStorage } from '../state/draft-storage';

const KEY = 'protocol-guard.console.lang';

function storedChoice(): 'en' | 'cy' | undefined {
  try {
    const stored = safeLocalStorage()?.getItem(KEY);
    return stored === 'en' || stored === 'cy' ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** English or Welsh: the officer's last choice, else the host's language (Teams), else the browser's. */
export function useLanguage(hostLocale?: string): ['en' | 'cy', () => void] {
  const [lang, setLang] = useState<'en' | 'cy'>(
    () => storedChoice() ?? defaultLang(typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : undefined),
  );
  useEffect(() => {
    if (hostLocale && storedChoice() === undefined) setLang(defaultLang([hostLocale]));
  }, [hostLocale]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const toggle = useCallback(() => {
    setLang((l) => {
      const next = l === 'en' ? 'cy' : 'en';
      try {
        safeLocalStorage()?.setItem(KEY, next);
      } catch {
        /* the choice just will not be remembered */
      }
      return next;
    });
  }, []);
  return [lang, toggle];
}
