import { createContext, useContext } from 'react';
import { cy } from './strings-cy';
import { en, type Strings } from './strings-en';

export type { Strings };
export const STRINGS: Record<'en' | 'cy', Strings> = { en, cy };

/** Welsh when the browser asks for it first, else English. */
export function defaultLang(languages: ReadonlyArray<string> | undefined): 'en' | 'cy' {
  const first = (languages ?? []).find((l) => /^(cy|en)\b/i.test(l));
  return first && /^cy/i.test(first) ? 'cy' : 'en';
}

export const StringsContext = createContext<Strings>(en);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
