import { app, chat } from '@microsoft/teams-js';
import { chatDeepLink, isGroupChat, type ChatRequest } from './chat-deep-link';

/** How the chat was opened: by the Teams chat capability, or by a deep link (returned so it can be shown). */
export type ChatOpened = { via: 'teams-chat' } | { via: 'deep-link'; url: string };

/** Opens a link in a new browser tab; injected so tests (and the E2E run) can capture it. */
export type LinkOpener = (url: string) => void;

export const openInNewTab: LinkOpener = (url) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

/**
 * Inside Teams: the chat capability when the client has it (1:1 or group chat with
 * the text prefilled), else the deep link through app.openLink so Teams handles it
 * in place. Never call chat.isSupported() outside Teams: it throws before initialize.
 */
export async function openChatInTeams(request: ChatRequest): Promise<ChatOpened> {
  if (chat.isSupported()) {
    if (isGroupChat(request)) {
      const topic = request.topic?.trim();
      await chat.openGroupChat({ users: request.users, message: request.message, ...(topic ? { topic } : {}) });
    } else {
      await chat.openChat({ user: request.users[0], message: request.message });
    }
    return { via: 'teams-chat' };
  }
  const url = chatDeepLink(request);
  await app.openLink(url);
  return { via: 'deep-link', url };
}

/** Outside Teams the deep link is all there is: the browser hands it to Teams (desktop or web). */
export function openChatStandalone(request: ChatRequest, open: LinkOpener = openInNewTab): ChatOpened {
  const url = chatDeepLink(request);
  open(url);
  return { via: 'deep-link', url };
}
