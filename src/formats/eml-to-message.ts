import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import type { MailAddress, MessageInput } from '../core';
import { setBodyFromHtml } from './text-body';

/**
 * Reads an RFC 5322 message (.eml, with MIME parts) into the contract's message.
 * postal-mime runs in Node and in the browser, so the command line and the
 * console's test bench read .eml the same way.
 *
 * Exchange writes a delegate's mail with From = the person it is sent for and
 * Sender = the delegate; the contract's `from` is whoever sent it, so Sender wins
 * and From becomes `sentOnBehalfOf`.
 */
function flatten(list: Address[] | Address | undefined): MailAddress[] {
  if (!list) return [];
  const items = Array.isArray(list) ? list : [list];
  const out: MailAddress[] = [];
  for (const a of items) {
    if ('group' in a && a.group) out.push(...flatten(a.group));
    else if ('address' in a) out.push(clean({ name: a.name, email: a.address }));
  }
  return out;
}

function clean(a: { name?: string; email?: string }): MailAddress {
  const out: MailAddress = {};
  if (a.name && a.name.trim() !== '') out.name = a.name.trim();
  if (a.email && a.email.trim() !== '') out.email = a.email.trim();
  return out;
}

function sameAddress(a: MailAddress | undefined, b: MailAddress | undefined): boolean {
  return !!a?.email && !!b?.email && a.email.toLowerCase() === b.email.toLowerCase();
}

export function emailToMessage(email: Email): MessageInput {
  const from = flatten(email.from)[0];
  const sender = flatten(email.sender)[0];
  const delegated = sender !== undefined && from !== undefined && !sameAddress(sender, from);
  const channelHeader = email.headers.find((h) => h.key === 'x-protocol-guard-channel')?.value.trim().toLowerCase();
  const message: MessageInput = {
    channel: channelHeader === 'chat' ? 'chat' : 'email',
    from: (delegated ? sender : from) ?? sender ?? {},
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    subject: email.subject ?? '',
  };
  if (delegated) message.sentOnBehalfOf = from;
  // An HTML-only message is read as text here, so the engine never sees HTML; the HTML stays
  // beside it so findings can point into it too.
  if (email.text !== undefined && email.text.trim() !== '') message.body = email.text;
  else if (email.html !== undefined && email.html !== '') setBodyFromHtml(message, email.html);
  else message.body = '';
  return message;
}

export async function emlToMessage(raw: string | ArrayBuffer | Uint8Array): Promise<MessageInput> {
  const email = await PostalMime.parse(raw as string);
  return emailToMessage(email);
}
