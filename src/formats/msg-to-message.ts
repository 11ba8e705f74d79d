import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import type { MailAddress, MessageInput } from '../core';

/**
 * Reads an Outlook item file (.msg, a compound file of MAPI properties, as Outlook's
 * "Save as" and drag-to-desktop write it) into the contract's message, with
 * @kenjiuno/msgreader (maintained, runs in Node and the browser).
 *
 * Exchange stores people by X.500 address (`/o=ExchangeLabs/...`); the SMTP address sits
 * beside it (`smtpAddress`, `senderSmtpAddress`), so that one is preferred. A message sent
 * by a delegate has the sender's mailbox and the one it was sent for (`sentRepresenting...`):
 * as for .eml, `from` is who sent it and `sentOnBehalfOf` whose name it went in.
 */
function smtp(...candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) if (c && c.includes('@') && !c.startsWith('/')) return c.trim();
  return undefined;
}

function address(name: string | undefined, email: string | undefined): MailAddress {
  const out: MailAddress = {};
  // Outlook often repeats the address as the name, quoted: 'x@y' -> no separate name.
  const cleanName = name?.trim().replace(/^'(.*)'$/, '$1');
  if (cleanName && cleanName !== email) out.name = cleanName;
  if (email) out.email = email;
  return out;
}

function same(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** The HTML body: a string in some files, code-page bytes in others (PR_HTML). */
function htmlOf(data: FieldsData): string | undefined {
  if (data.bodyHtml) return data.bodyHtml;
  if (!data.html || data.html.length === 0) return undefined;
  const label = data.internetCodepage === 65001 || data.internetCodepage === undefined ? 'utf-8' : `windows-${data.internetCodepage}`;
  try {
    return new TextDecoder(label).decode(data.html);
  } catch {
    return new TextDecoder('utf-8').decode(data.html);
  }
}

export function fieldsToMessage(data: FieldsData): MessageInput {
  if (data.error) throw new Error(data.error);
  if (data.messageClass && !/^IPM\.Note/i.test(data.messageClass)) {
    throw new Error(`it holds an Outlook ${data.messageClass} item, not an email`);
  }
  const senderEmail = smtp(data.senderSmtpAddress, data.senderEmail, data.creatorSMTPAddress);
  const representingEmail = smtp(data.sentRepresentingSmtpAddress);
  const from = address(data.senderName, senderEmail);
  const message: MessageInput = {
    channel: 'email',
    from,
    to: [],
    cc: [],
    bcc: [],
    subject: data.subject ?? '',
  };
  if (representingEmail && senderEmail && !same(representingEmail, senderEmail)) message.sentOnBehalfOf = { email: representingEmail };
  for (const r of data.recipients ?? []) {
    const email = smtp(r.smtpAddress, r.email);
    const entry = address(r.name, email);
    if (entry.name === undefined && entry.email === undefined) continue;
    (message[r.recipType ?? 'to'] as MailAddress[]).push(entry);
  }
  const text = data.body;
  if (text !== undefined && text.trim() !== '') message.body = text;
  else message.bodyHtml = htmlOf(data) ?? '';
  return message;
}

export function msgToMessage(raw: ArrayBuffer | Uint8Array): MessageInput {
  const view = raw instanceof Uint8Array ? new DataView(raw.buffer, raw.byteOffset, raw.byteLength) : new DataView(raw);
  return fieldsToMessage(new MsgReader(view).getFileData());
}
