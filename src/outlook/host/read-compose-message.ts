import type { MailAddress } from '../../core/types';
import type { FieldsMessage } from '../../ui/draft-fields';
import { officeCall } from './office-call';

/**
 * The host adapter: reads an Outlook compose item into the contract's message JSON.
 * Only what the engine needs is read; nothing leaves the device.
 */
export type ComposeMessage = FieldsMessage & { channel: 'email' };

interface EmailDetails {
  displayName?: string;
  emailAddress?: string;
}

/** The part of `Office` this adapter uses (so tests can hand in a fake). */
export interface OfficeForRead {
  context: {
    mailbox: {
      item?: unknown;
      userProfile?: { displayName?: string; emailAddress?: string };
    };
  };
  CoercionType: { Text: unknown };
}

/** Any Office.js field with a callback-style getAsync (recipients, subject, from). */
type Getter = { getAsync: (...args: unknown[]) => void };

function toAddress(details: EmailDetails | undefined | null): MailAddress | undefined {
  if (!details) return undefined;
  const address: MailAddress = {};
  if (details.displayName) address.name = details.displayName;
  if (details.emailAddress) address.email = details.emailAddress;
  return address.name || address.email ? address : undefined;
}

function hasGetter(value: unknown): value is Getter {
  return !!value && typeof (value as { getAsync?: unknown }).getAsync === 'function';
}

function readRecipients(field: unknown): Promise<MailAddress[]> {
  if (!hasGetter(field)) return Promise.resolve([]);
  return officeCall<EmailDetails[]>((cb) => field.getAsync(cb)).then((list) =>
    (list || []).map(toAddress).filter((a): a is MailAddress => !!a),
  );
}

/** Reads the From mailbox (Mailbox 1.7) when the host has it; a delegate or shared mailbox shows up here. */
function readFromField(item: Record<string, unknown>): Promise<MailAddress | undefined> {
  const from = item.from;
  if (!hasGetter(from)) return Promise.resolve(undefined);
  return officeCall<EmailDetails>((cb) => from.getAsync(cb)).then(toAddress, () => undefined);
}

function sameMailbox(a: MailAddress | undefined, b: MailAddress | undefined): boolean {
  if (!a || !b || !a.email || !b.email) return false;
  return a.email.toLowerCase() === b.email.toLowerCase();
}

export async function readComposeMessage(office: OfficeForRead): Promise<ComposeMessage> {
  const item = office.context.mailbox.item as Record<string, unknown> | undefined;
  if (!item) throw new Error('no compose item');
  const profile = office.context.mailbox.userProfile;
  const user = toAddress(profile ? { displayName: profile.displayName, emailAddress: profile.emailAddress } : undefined);
  const subjectField = item.subject;
  const bodyField = item.body as { getAsync?: (type: unknown, cb: (r: never) => void) => void } | undefined;
  const [fromField, to, cc, bcc, subject, body] = await Promise.all([
    readFromField(item),
    readRecipients(item.to),
    readRecipients(item.cc),
    readRecipients(item.bcc),
    hasGetter(subjectField) ? officeCall<string>((cb) => subjectField.getAsync(cb)) : Promise.resolve(''),
    bodyField && typeof bodyField.getAsync === 'function'
      ? officeCall<string>((cb) => bodyField.getAsync!(office.CoercionType.Text, cb as never))
      : Promise.resolve(''),
  ]);
  // Whoever pressed Send is the signed-in user; when the From field names another mailbox
  // (a delegate or shared mailbox), the message goes out in that mailbox's name.
  const sender = user || fromField || {};
  const message: ComposeMessage = {
    channel: 'email',
    from: sender,
    to,
    cc,
    bcc,
    subject: subject || '',
    body: body || '',
  };
  if (fromField && user && !sameMailbox(fromField, user)) message.sentOnBehalfOf = fromField;
  return message;
}
