import { UI_STRINGS, isDark, langFromLocale, themeForBackground } from '../../src/ui';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Every key an English string has, a Welsh string has too (and is not just the English copied). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

describe('UI strings', () => {
  it('has every English string in Welsh', () => {
    const en = leaves(UI_STRINGS.en);
    const cy = leaves(UI_STRINGS.cy);
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
    for (const text of cy.values()) expect(text.length).toBeGreaterThan(0);
  });

  it('translates most strings rather than copying them', () => {
    const en = leaves(UI_STRINGS.en);
    const cy = leaves(UI_STRINGS.cy);
    const same = [...en].filter(([k, v]) => cy.get(k) === v).map(([k]) => k);
    // Only names that are the same in both languages (Cc, Bcc, the language names) may match.
    expect(same.every((k) => /^(fieldLabel\.(cc|bcc)|languageNames\.)/.test(k))).toBe(true);
  });
});

describe('langFromLocale', () => {
  it.each([
    ['cy-GB', 'cy'],
    ['cy', 'cy'],
    ['CY_gb', 'cy'],
    ['en-GB', 'en'],
    ['cs-CZ', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});

describe('theme', () => {
  it('follows a dark or light background', () => {
    expect(isDark('#1f1f1f')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(isDark('nonsense')).toBe(false);
    expect(themeForBackground('#000')).toBe(webDarkTheme);
    expect(themeForBackground(undefined)).toBe(webLightTheme);
  });
});
