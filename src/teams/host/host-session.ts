import { app } from '@microsoft/teams-js';
import { openChatInTeams, openChatStandalone, openInNewTab, type ChatOpened, type LinkOpener } from './open-chat';
import type { ChatRequest } from './chat-deep-link';
import { normaliseTeamsTheme, type TeamsThemeName } from './theme';
import { withTimeout } from './with-timeout';

/**
 * What the tab needs from its host, whether that is Teams or a plain browser tab.
 * The page talks to this, never to teams-js, so it renders (and is tested) the same in both.
 */
export interface HostSession {
  mode: 'teams' | 'standalone';
  /** The signed-in user's principal name (Teams only). */
  userPrincipalName?: string;
  theme: TeamsThemeName;
  /** The Teams locale (for example "cy-GB"); absent standalone. */
  locale?: string;
  /** Calls back when Teams changes theme; returns nothing to undo (Teams keeps one handler). */
  onThemeChange(handler: (theme: TeamsThemeName) => void): void;
  openChat(request: ChatRequest): Promise<ChatOpened>;
}

export interface ConnectOptions {
  /** How long to wait for Teams before deciding we are in a plain browser. */
  timeoutMs?: number;
  /** Where standalone links go (a new tab by default). */
  openLink?: LinkOpener;
}

export const DEFAULT_HOST_TIMEOUT_MS = 2500;

/**
 * Initialises Teams JS with a short timeout. Outside Teams initialize rejects or
 * never settles: either way we carry on as a standalone checker rather than hang.
 */
export async function connectHost(options: ConnectOptions = {}): Promise<HostSession> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS;
  const openLink = options.openLink ?? openInNewTab;
  try {
    await withTimeout(app.initialize(), timeoutMs, 'Teams initialize');
  } catch {
    return standaloneSession(openLink);
  }
  let context: app.Context | undefined;
  try {
    context = await withTimeout(app.getContext(), timeoutMs, 'Teams getContext');
  } catch {
    // Initialised but no context: still inside Teams, just without the user or theme.
    context = undefined;
  }
  // Tell Teams the tab has loaded so it removes its loading indicator.
  try {
    app.notifySuccess();
  } catch {
    // Older hosts without the loading indicator contract: nothing to tell.
  }
  return {
    mode: 'teams',
    userPrincipalName: context?.user?.userPrincipalName || context?.user?.loginHint || undefined,
    theme: normaliseTeamsTheme(context?.app.theme),
    locale: context?.app.locale,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(normaliseTeamsTheme(theme))),
    openChat: (request) => openChatInTeams(request),
  };
}

export function standaloneSession(openLink: LinkOpener = openInNewTab): HostSession {
  return {
    mode: 'standalone',
    theme: 'default',
    onThemeChange: () => undefined,
    openChat: async (request) => openChatStandalone(request, openLink),
  };
}
