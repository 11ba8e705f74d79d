import type { Fix, MailAddress } from '../../core/types';

export type RecipientFix = Extract<Fix, { kind: 'move-to-cc' } | { kind: 'add-cc' } | { kind: 'remove-recipients' }>;

export interface Recipients {
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
}

/** Same person: by email (case-insensitive) when both have one, else by name. */
export function sameAddress(a: MailAddress, b: MailAddress): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return !!a.name && !!b.name && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

const without = (list: MailAddress[], gone: MailAddress[]) => list.filter((r) => !gone.some((g) => sameAddress(r, g)));
function withAdded(list: MailAddress[], added: MailAddress[]): MailAddress[] {
  const out = [...list];
  for (const a of added) if (!out.some((r) => sameAddress(r, a))) out.push(a);
  return out;
}

/** Pure: the recipient lists after a fix. */
export function applyRecipientFix<T extends Recipients>(message: T, fix: RecipientFix): T {
  switch (fix.kind) {
    case 'move-to-cc': {
      // Keep the names and addresses as the user typed them, not as the finding reports them.
      const moving = message.bcc.filter((r) => fix.recipients.some((f) => sameAddress(r, f)));
      return { ...message, bcc: without(message.bcc, fix.recipients), cc: withAdded(message.cc, moving.length ? moving : fix.recipients) };
    }
    case 'add-cc':
      return { ...message, cc: withAdded(message.cc, fix.recipients) };
    case 'remove-recipients':
      return { ...message, to: without(message.to, fix.recipients), cc: without(message.cc, fix.recipients), bcc: without(message.bcc, fix.recipients) };
  }
}
