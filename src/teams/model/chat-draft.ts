import type { Fix, MessageInput } from '../../core';
import { addRecipients, removeRecipients, type ChatRecipient } from './recipients';
import type { Sender } from './sender';
import { fitReplacement } from '../../ui/fixes/fit-replacement';

/** What the tab is composing: everything needed to check it and then open the chat. */
export interface ChatDraft {
  recipients: ChatRecipient[];
  topic: string;
  body: string;
}

export const EMPTY_CHAT_DRAFT: ChatDraft = { recipients: [], topic: '', body: '' };

/** The contract's message for a chat: no subject, cc or bcc. */
export function chatMessage(sender: Sender | undefined, draft: ChatDraft): MessageInput {
  return {
    channel: 'chat',
    from: sender?.address ?? { name: 'You' },
    to: draft.recipients.map((r) => (r.name ? { name: r.name, email: r.email } : { email: r.email })),
    cc: [],
    bcc: [],
    subject: '',
    body: draft.body,
  };
}

function asRecipients(addresses: { name?: string; email?: string }[]): ChatRecipient[] {
  return addresses.filter((a) => !!a.email).map((a) => ({ email: a.email as string, ...(a.name ? { name: a.name } : {}) }));
}

/**
 * Whether a fix means anything in a chat. A chat has no Cc (everyone in it sees
 * everything) and is always sent by the person typing, so "move to Cc" and
 * "send from an officer" are advice here, not buttons.
 */
export function fixAppliesToChat(fix: Fix): boolean {
  return fix.kind === 'replace-text' || fix.kind === 'insert-text' || fix.kind === 'remove-recipients' || fix.kind === 'add-cc';
}

/** Applies one fix to the chat draft; fixes that do not apply to a chat leave it as it was. */
export function applyChatFix(draft: ChatDraft, fix: Fix): ChatDraft {
  switch (fix.kind) {
    case 'replace-text':
      return { ...draft, body: draft.body.slice(0, fix.start) + fitReplacement(draft.body.slice(0, fix.start), fix.replacement) + draft.body.slice(fix.end) };
    case 'insert-text':
      return { ...draft, body: draft.body.slice(0, fix.at) + fix.text + draft.body.slice(fix.at) };
    case 'remove-recipients':
      return { ...draft, recipients: removeRecipients(draft.recipients, fix.recipients) };
    case 'add-cc':
      // In a chat, "copy them in" means adding them to the chat.
      return { ...draft, recipients: addRecipients(draft.recipients, asRecipients(fix.recipients)) };
    default:
      return draft;
  }
}
