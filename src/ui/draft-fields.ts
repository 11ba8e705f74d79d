import { displayAddress, parseAddressList, parseAddressText, type MailAddress } from '../core';

/**
 * A draft as a person types it into a form (the playground's compose window, the
 * console's test bench): addresses as "Name <address>" text separated by ; or ,.
 */
export interface DraftFields {
  channel: 'email' | 'chat';
  from: string;
  sentOnBehalfOf: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
}

/** The contract's message with every list present, as the forms produce it. */
export interface FieldsMessage {
  channel: 'email' | 'chat';
  from: MailAddress;
  sentOnBehalfOf?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  body: string;
}

export const EMPTY_DRAFT_FIELDS: DraftFields = { channel: 'email', from: '', sentOnBehalfOf: '', to: '', cc: '', bcc: '', subject: '', body: '' };

/** Fields to the message the engine checks; a chat has no Cc, Bcc or subject. */
export function fieldsToMessage(fields: DraftFields): FieldsMessage {
  const chat = fields.channel === 'chat';
  const message: FieldsMessage = {
    channel: fields.channel,
    from: parseAddressText(fields.from) ?? {},
    to: parseAddressList(fields.to),
    cc: chat ? [] : parseAddressList(fields.cc),
    bcc: chat ? [] : parseAddressList(fields.bcc),
    subject: chat ? '' : fields.subject,
    body: fields.body,
  };
  const onBehalf = parseAddressText(fields.sentOnBehalfOf);
  if (onBehalf) message.sentOnBehalfOf = onBehalf;
  return message;
}

const list = (addresses: ReadonlyArray<MailAddress> | undefined) => (addresses ?? []).map(displayAddress).join('; ');

/** A message (an example, a dropped file, the result of a fix) back to fields. */
export function messageToFields(message: {
  channel?: 'email' | 'chat';
  from: MailAddress;
  sentOnBehalfOf?: MailAddress;
  to?: MailAddress[];
  cc?: MailAddress[];
  bcc?: MailAddress[];
  subject?: string;
  body?: string;
}): DraftFields {
  return {
    channel: message.channel ?? 'email',
    from: displayAddress(message.from),
    sentOnBehalfOf: message.sentOnBehalfOf ? displayAddress(message.sentOnBehalfOf) : '',
    to: list(message.to),
    cc: list(message.cc),
    bcc: list(message.bcc),
    subject: message.subject ?? '',
    body: message.body ?? '',
  };
}
