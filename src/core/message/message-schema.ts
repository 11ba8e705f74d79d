import { z } from 'zod/mini';
import { formatIssues, type Parsed } from '../validation/format-issues';

/** A loose but real check: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export const AddressSchema = z
  .object({
    name: z.optional(z.string()),
    email: z.optional(z.string().check(z.regex(EMAIL, { message: 'expected an email address like name@council.gov.uk' }))),
  })
  .check(
    z.refine((a) => a.name !== undefined || a.email !== undefined, {
      message: 'a recipient needs a name or an email',
    }),
  );

const AddressList = z._default(z.array(AddressSchema), []);

/** The message of the contract: what a host (or a file) gives us before it becomes a Draft. */
export const MessageSchema = z
  .object({
    channel: z._default(z.enum(['email', 'chat']), 'email'),
    from: AddressSchema,
    sentOnBehalfOf: z.optional(AddressSchema),
    to: AddressList,
    cc: AddressList,
    bcc: AddressList,
    subject: z._default(z.string(), ''),
    body: z.optional(z.string()),
    /** Hosts that only give HTML (some .eml files, Outlook's HTML body) pass it here. */
    bodyHtml: z.optional(z.string()),
  })
  .check(
    z.refine((m) => m.body !== undefined || m.bodyHtml !== undefined, {
      message: 'a message needs a body (plain text) or a bodyHtml',
      path: ['body'],
    }),
  );

export type MessageInput = z.input<typeof MessageSchema>;
export type Message = z.output<typeof MessageSchema>;

export function parseMessage(input: unknown): Parsed<Message> {
  const result = MessageSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: formatIssues(result.error.issues) };
}
