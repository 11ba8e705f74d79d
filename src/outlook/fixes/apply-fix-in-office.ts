import type { Fix, MailAddress } from '../../core/types';
import { officeCall } from '../host/office-call';
import { applyTextFix, fitReplacement } from './text-fix';
import { sameAddress } from './recipient-fix';

/**
 * Carries out a fix on the Outlook compose item with Office.js. Recipients are changed with
 * get/set/addAsync; text with the body API, keeping an HTML body HTML (the words are replaced in
 * place, or the disclosing line is added at the top). Throws with a reason when it cannot.
 */
type Callback = (result: never) => void;
interface RecipientField {
  getAsync(cb: Callback): void;
  setAsync(list: { displayName?: string; emailAddress?: string }[], cb: Callback): void;
  addAsync(list: { displayName?: string; emailAddress?: string }[], cb: Callback): void;
}
interface BodyField {
  getTypeAsync(cb: Callback): void;
  getAsync(type: unknown, cb: Callback): void;
  setAsync(data: string, options: Record<string, unknown>, cb: Callback): void;
  prependAsync(data: string, options: Record<string, unknown>, cb: Callback): void;
}
interface ComposeItem {
  to: RecipientField;
  cc: RecipientField;
  bcc: RecipientField;
  body: BodyField;
}
export interface OfficeForFix {
  context: { mailbox: { item?: unknown; displayNewMessageForm?: (params: Record<string, unknown>) => void } };
  CoercionType: { Text: unknown; Html: unknown };
}
type Details = { displayName?: string; emailAddress?: string };

const toDetails = (a: MailAddress): Details => ({ displayName: a.name ?? a.email, emailAddress: a.email ?? a.name });
const toAddress = (d: Details): MailAddress => ({ name: d.displayName, email: d.emailAddress });

async function removeFrom(field: RecipientField, gone: MailAddress[]): Promise<Details[]> {
  const current = await officeCall<Details[]>((cb) => field.getAsync(cb as Callback));
  const removed = current.filter((d) => gone.some((g) => sameAddress(toAddress(d), g)));
  if (removed.length > 0) {
    const kept = current.filter((d) => !removed.includes(d));
    await officeCall<void>((cb) => field.setAsync(kept, cb as Callback));
  }
  return removed;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function applyTextInOffice(office: OfficeForFix, item: ComposeItem, fix: Extract<Fix, { kind: 'replace-text' | 'insert-text' }>, draftText: string) {
  const type = await officeCall<string>((cb) => item.body.getTypeAsync(cb as Callback));
  if (String(type).toLowerCase() === 'html') {
    if (fix.kind === 'insert-text') {
      await officeCall<void>((cb) => item.body.prependAsync(`<p>${escapeHtml(fix.text.trim())}</p>`, { coercionType: office.CoercionType.Html }, cb as Callback));
      return;
    }
    const html = await officeCall<string>((cb) => item.body.getAsync(office.CoercionType.Html, cb as Callback));
    const words = escapeHtml(draftText.slice(fix.start, fix.end));
    const at = html.indexOf(words);
    if (!words || at < 0) throw new Error('the words are no longer in the message');
    const updated = html.slice(0, at) + escapeHtml(fitReplacement(draftText.slice(0, fix.start), fix.replacement)) + html.slice(at + words.length);
    await officeCall<void>((cb) => item.body.setAsync(updated, { coercionType: office.CoercionType.Html }, cb as Callback));
    return;
  }
  const text = await officeCall<string>((cb) => item.body.getAsync(office.CoercionType.Text, cb as Callback));
  const updated = applyTextFix(text, draftText, fix);
  if (updated === undefined) throw new Error('the words are no longer in the message');
  await officeCall<void>((cb) => item.body.setAsync(updated, { coercionType: office.CoercionType.Text }, cb as Callback));
}

export async function applyFixInOffice(office: OfficeForFix, fix: Fix, draftText: string): Promise<void> {
  const item = office.context.mailbox.item as ComposeItem | undefined;
  if (!item) throw new Error('no message is open');
  switch (fix.kind) {
    case 'move-to-cc': {
      const moved = await removeFrom(item.bcc, fix.recipients);
      const adding = moved.length > 0 ? moved : fix.recipients.map(toDetails);
      await officeCall<void>((cb) => item.cc.addAsync(adding, cb as Callback));
      return;
    }
    case 'add-cc':
      await officeCall<void>((cb) => item.cc.addAsync(fix.recipients.map(toDetails), cb as Callback));
      return;
    case 'remove-recipients':
      for (const field of [item.to, item.cc, item.bcc]) await removeFrom(field, fix.recipients);
      return;
    case 'replace-text':
    case 'insert-text':
      await applyTextInOffice(office, item, fix, draftText);
      return;
    case 'send-from-officer': {
      // The sender cannot be changed from here: start a new message to the officer, without the draft's text.
      const open = office.context.mailbox.displayNewMessageForm;
      if (!open) throw new Error('this Outlook cannot open a new message');
      open({ toRecipients: fix.officer && fix.officer.email ? [fix.officer.email] : [] });
      return;
    }
  }
}
