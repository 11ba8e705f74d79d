/**
 * The Teams chat deep link: what we open when the host cannot start a chat itself
 * (outside Teams, or a Teams client without the chat capability).
 * https://teams.microsoft.com/l/chat/0/0?users=a,b&topicName=...&message=...
 */
export const TEAMS_CHAT_LINK_BASE = 'https://teams.microsoft.com/l/chat/0/0';

/** Who the chat is with, what it is called, and the checked text to put in the compose box. */
export interface ChatRequest {
  /** User principal names (usually email addresses); one makes a 1:1 chat, several a group chat. */
  users: string[];
  /** Group chats only: Teams ignores a topic on a chat with one person. */
  topic?: string;
  message: string;
}

export function isGroupChat(request: ChatRequest): boolean {
  return request.users.length > 1;
}

/**
 * Builds the deep link. Each address is encoded on its own and joined with a bare
 * comma, the form Teams documents; the topic is sent only for a group chat.
 */
export function chatDeepLink(request: ChatRequest): string {
  const users = request.users.map((u) => encodeURIComponent(u.trim())).join(',');
  const parts = [`users=${users}`];
  const topic = request.topic?.trim();
  if (isGroupChat(request) && topic) parts.push(`topicName=${encodeURIComponent(topic)}`);
  if (request.message) parts.push(`message=${encodeURIComponent(request.message)}`);
  return `${TEAMS_CHAT_LINK_BASE}?${parts.join('&')}`;
}
