import { useEffect, useState } from 'react';
import { inFrame, teamsThemeName, type ThemeName } from './teams-theme';

export interface TeamsHost {
  theme?: ThemeName;
  /** The Teams user's language, e.g. "cy-GB". */
  locale?: string;
}

/**
 * What Teams tells a tab about its user: theme (and changes to it) and language.
 * Teams JS is loaded only when the page sits in a frame, and never Office.js.
 * Outside Teams this stays empty and the page follows the browser.
 */
export function useTeamsContext(): TeamsHost {
  const [host, setHost] = useState<TeamsHost>({});
  useEffect(() => {
    if (!inFrame()) return;
    let live = true;
    (async () => {
      try {
        const { app } = await import(/* webpackChunkName: "console-teams" */ '@microsoft/teams-js');
        // A frame that is not Teams never answers; give up quietly after a few seconds.
        await Promise.race([app.initialize(), new Promise((_, fail) => setTimeout(() => fail(new Error('not Teams')), 4000))]);
        const context = await app.getContext();
        if (live) setHost({ theme: teamsThemeName(context.app.theme), locale: context.app.locale });
        app.registerOnThemeChangeHandler((name) => live && setHost((h) => ({ ...h, theme: teamsThemeName(name) })));
        app.notifySuccess();
      } catch {
        // Not in Teams (or Teams JS failed): the browser's theme and language stand.
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return host;
}
