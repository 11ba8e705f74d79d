import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Picks the Fluent theme that matches a host's background colour (Office passes
 * `officeTheme.bodyBackgroundColor`); dark backgrounds get the dark theme.
 */
export function themeForBackground(background: string | undefined | null): Theme {
  return isDark(background) ? webDarkTheme : webLightTheme;
}

/** True for a #rgb / #rrggbb colour whose relative luminance is below the midpoint. */
export function isDark(colour: string | undefined | null): boolean {
  if (!colour) return false;
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.split('').map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5;
}
