import { z } from 'zod';
import { formatIssues, type Parsed } from '../validation/format-issues';

/** A loose but real check: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export const AddressSchema = z
  .object({
    name: z.string().optional(),
    email: z.string().regex(EMAIL, { message: 'expected an email address like name@council.gov.uk' }).optional(),
  })
  .refine((a) => a.name !== undefined || a.email !== undefined, {
    message: 'a recipient needs a name or an email',
  });

const AddressList = z.array(AddressSchema).default([]);

/** The message of the contract: what a host (or a file) gives us before it becomes a Draft. */
export const MessageSchema = z
  .object({
    channel: z.enum(['email', 'chat']).default('email'),
    from: AddressSchema,
    sentOnBehalfOf: AddressSchema.optional(),
    to: AddressList,
    cc: AddressList,
    bcc: AddressList,
    subject: z.string().default(''),
    body: z.string().optional(),
    /** Hosts that only give HTML (some .eml files, Outlook's HTML body) pass it here. */
    bodyHtml: z.string().optional(),
  })
  .refine((m) => m.body !== undefined || m.bodyHtml !== undefined, {
    message: 'a message needs a body (plain text) or a bodyHtml',
    path: ['body'],
  });

export type MessageInput = z.input<typeof MessageSchema>;
export type Message = z.output<typeof MessageSchema>;

export function parseMessage(input: unknown): Parsed<Message> {
  const result = MessageSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: formatIssues(result.error.issues) };
}
