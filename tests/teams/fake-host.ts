import type { HostSession } from '../../src/teams/host/host-session';
import type { ChatOpened } from '../../src/teams/host/open-chat';
import type { ChatRequest } from '../../src/teams/host/chat-deep-link';
import { chatDeepLink } from '../../src/teams/host/chat-deep-link';
import type { TeamsThemeName } from '../../src/teams/host/theme';

/** A host the tab can run against in jsdom: records chat requests and lets a test change the theme. */
export interface FakeHost extends HostSession {
  requests: ChatRequest[];
  setTheme(theme: TeamsThemeName): void;
}

export function fakeHost(overrides: Partial<HostSession> = {}): FakeHost {
  const requests: ChatRequest[] = [];
  let themeHandler: ((theme: TeamsThemeName) => void) | undefined;
  const host: FakeHost = {
    mode: 'standalone',
    theme: 'default',
    requests,
    onThemeChange: (handler) => {
      themeHandler = handler;
    },
    setTheme: (theme) => themeHandler?.(theme),
    openChat: async (request): Promise<ChatOpened> => {
      requests.push(request);
      return { via: 'deep-link', url: chatDeepLink(request) };
    },
    ...overrides,
  };
  return host;
}
