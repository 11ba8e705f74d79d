import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The three themes Teams reports (app.getContext().app.theme and the theme-change handler). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Anything Teams did not name (or no Teams at all) is the light theme. */
export function normaliseTeamsTheme(value: string | undefined | null): TeamsThemeName {
  if (value === 'dark' || value === 'contrast') return value;
  return 'default';
}

const FLUENT_THEMES: Record<TeamsThemeName, Theme> = {
  default: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentThemeFor(name: TeamsThemeName): Theme {
  return FLUENT_THEMES[name];
}
