export type ThemeName = 'light' | 'dark' | 'contrast';

/** Teams calls its themes default, dark and contrast. */
export function teamsThemeName(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

/** True when the page sits in a frame (as a Teams tab does); only then is Teams JS loaded at all. */
export function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}
