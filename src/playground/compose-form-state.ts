import type { ComposeMessage } from '../outlook/host/read-compose-message';
import { EMPTY_DRAFT_FIELDS, fieldsToMessage as draftFieldsToMessage, messageToFields, type DraftFields } from '../ui/draft-fields';

/** The simulated compose window's fields, as the user types them: an email, so no channel to choose. */
export type ComposeFields = Omit<DraftFields, 'channel'>;

export const EMPTY_FIELDS: ComposeFields = EMPTY_DRAFT_FIELDS;

/** Fields to the message Outlook's adapter would read from a real compose window. */
export function fieldsToMessage(fields: ComposeFields): ComposeMessage {
  return { ...draftFieldsToMessage({ ...fields, channel: 'email' }), channel: 'email' };
}

export { messageToFields };
