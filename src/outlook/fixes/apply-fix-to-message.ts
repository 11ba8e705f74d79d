import type { Fix } from '../../core/types';
import type { ComposeMessage } from '../host/read-compose-message';
import { applyRecipientFix } from './recipient-fix';
import { applyTextFix } from './text-fix';

/**
 * Pure: a compose message after one fix, for hosts that hold the message themselves (the
 * playground). Returns undefined when the fix cannot be applied here (the text moved, or the fix
 * needs a person, like asking an officer to send it).
 */
export function applyFixToMessage(message: ComposeMessage, fix: Fix, draftText: string): ComposeMessage | undefined {
  switch (fix.kind) {
    case 'move-to-cc':
    case 'add-cc':
    case 'remove-recipients':
      return applyRecipientFix(message, fix);
    case 'replace-text':
    case 'insert-text': {
      const body = applyTextFix(message.body, draftText, fix);
      return body === undefined ? undefined : { ...message, body };
    }
    case 'send-from-officer':
      return undefined;
  }
}
