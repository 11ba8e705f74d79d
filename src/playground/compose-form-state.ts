import { displayAddress, parseAddressList, parseAddressText } from '../core/message/address';
import type { MailAddress } from '../core/types';
import type { ComposeMessage } from '../outlook/host/read-compose-message';

/** The simulated compose window's fields, as the user types them. */
export interface ComposeFields {
  from: string;
  sentOnBehalfOf: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
}

export const EMPTY_FIELDS: ComposeFields = { from: '', sentOnBehalfOf: '', to: '', cc: '', bcc: '', subject: '', body: '' };

const list = (addresses: MailAddress[] | undefined) => (addresses ?? []).map(displayAddress).join('; ');

/** Fields to the contract's message (what the engine checks). */
export function fieldsToMessage(fields: ComposeFields): ComposeMessage {
  const message: ComposeMessage = {
    channel: 'email',
    from: parseAddressText(fields.from) ?? {},
    to: parseAddressList(fields.to),
    cc: parseAddressList(fields.cc),
    bcc: parseAddressList(fields.bcc),
    subject: fields.subject,
    body: fields.body,
  };
  const onBehalf = parseAddressText(fields.sentOnBehalfOf);
  if (onBehalf) message.sentOnBehalfOf = onBehalf;
  return message;
}

/** A message (an example, or the result of a fix) back to fields. */
export function messageToFields(message: {
  from: MailAddress;
  sentOnBehalfOf?: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  bcc?: MailAddress[];
  subject?: string;
  body: string;
}): ComposeFields {
  return {
    from: displayAddress(message.from),
    sentOnBehalfOf: message.sentOnBehalfOf ? displayAddress(message.sentOnBehalfOf) : '',
    to: list(message.to),
    cc: list(message.cc),
    bcc: list(message.bcc),
    subject: message.subject ?? '',
    body: message.body,
  };
}
