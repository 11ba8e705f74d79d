import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { langFromLocale } from '../../src/ui';
import { fluentThemeFor, normaliseTeamsTheme } from '../../src/teams/host/theme';

describe('Teams theme to Fluent theme', () => {
  it.each([
    ['default', webLightTheme],
    ['dark', webDarkTheme],
    ['contrast', teamsHighContrastTheme],
  ] as const)('maps %s', (name, theme) => {
    expect(fluentThemeFor(normaliseTeamsTheme(name))).toBe(theme);
  });

  it('treats an unknown or missing theme as light', () => {
    expect(normaliseTeamsTheme(undefined)).toBe('default');
    expect(normaliseTeamsTheme('sepia')).toBe('default');
  });
});

describe('Teams locale to language', () => {
  it.each([
    ['cy-GB', 'cy'],
    ['CY', 'cy'],
    ['cy', 'cy'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['cyrl', 'en'],
    [undefined, 'en'],
  ])('%s is %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
