import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './teams-theme';

export { teamsThemeName, type ThemeName } from './teams-theme';

export const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

function media(query: string): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
}

/** What the browser or operating system asks for. */
export function systemTheme(): ThemeName {
  if (media('(forced-colors: active)')?.matches) return 'contrast';
  if (media('(prefers-color-scheme: dark)')?.matches) return 'dark';
  return 'light';
}

/** Light, dark or high contrast: the host's theme when it gives one (Teams), else the system's, following changes. */
export function useHostTheme(hostTheme?: ThemeName): ThemeName {
  const [system, setSystem] = useState<ThemeName>(systemTheme);
  useEffect(() => {
    const queries = [media('(forced-colors: active)'), media('(prefers-color-scheme: dark)')].filter((q): q is MediaQueryList => !!q);
    const onChange = () => setSystem(systemTheme());
    for (const q of queries) q.addEventListener?.('change', onChange);
    return () => {
      for (const q of queries) q.removeEventListener?.('change', onChange);
    };
  }, []);
  // Forced colours (Windows high contrast) win even in Teams: the user asked the OS for them.
  if (system === 'contrast') return 'contrast';
  return hostTheme ?? system;
}
