import { useEffect } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { useLanguage } from '../host/useLanguage';
import { useTeamsContext } from '../host/useTeamsContext';
import { THEMES, useHostTheme } from '../host/useHostTheme';
import { STRINGS, StringsContext } from '../i18n/strings';
import { ConsoleApp } from './ConsoleApp';
import { ErrorBoundary } from './ErrorBoundary';

/** Theme (host or system) and language around the console. */
export function ConsoleRoot() {
  const teams = useTeamsContext();
  const [lang, toggle] = useLanguage(teams.locale);
  const theme = useHostTheme(teams.theme);
  // The page behind the provider (overscroll, a tall Teams frame) takes the theme's background too.
  useEffect(() => {
    document.body.style.backgroundColor = THEMES[theme].colorNeutralBackground1;
    document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  }, [theme]);
  // The tab's title in the officer's language, not the page's bilingual default.
  useEffect(() => {
    document.title = STRINGS[lang].appTitle;
  }, [lang]);
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100vh' }}>
      <StringsContext.Provider value={STRINGS[lang]}>
        <ErrorBoundary t={STRINGS[lang]}>
          <ConsoleApp onToggleLanguage={toggle} />
        </ErrorBoundary>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
