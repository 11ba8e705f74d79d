import { displayAddress, parseAddressList, parseAddressText, type MessageInput } from '../../core';

/** A draft as a person types it: addresses as "Name <address>" text, separated by ; or ,. */
export interface SimpleDraft {
  channel: 'email' | 'chat';
  from: string;
  sentOnBehalfOf: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
}

export function simpleToMessage(d: SimpleDraft): MessageInput {
  const message: MessageInput = {
    channel: d.channel,
    from: parseAddressText(d.from) ?? { name: '' },
    to: parseAddressList(d.to),
    cc: d.channel === 'chat' ? [] : parseAddressList(d.cc),
    bcc: d.channel === 'chat' ? [] : parseAddressList(d.bcc),
    subject: d.channel === 'chat' ? '' : d.subject,
    body: d.body,
  };
  const onBehalf = parseAddressText(d.sentOnBehalfOf);
  if (onBehalf) message.sentOnBehalfOf = onBehalf;
  return message;
}

export function messageToSimple(m: MessageInput): SimpleDraft {
  const list = (xs: MessageInput['to']) => (xs ?? []).map(displayAddress).join('; ');
  return {
    channel: m.channel ?? 'email',
    from: displayAddress(m.from),
    sentOnBehalfOf: m.sentOnBehalfOf ? displayAddress(m.sentOnBehalfOf) : '',
    to: list(m.to),
    cc: list(m.cc),
    bcc: list(m.bcc),
    subject: m.subject ?? '',
    body: m.body ?? '',
  };
}
