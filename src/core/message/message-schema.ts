import { z } from 'zod/mini';
import { formatIssues, type Parsed } from '../validation/format-issues';
import { parseAddressText } from './address';
import { checkMessageKeys } from './message-keys';

/** A loose but real check: something@domain, no spaces (intranet domains may have no dot). */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

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
    /**
     * An HTML body, as some exports give it. The engine reads text only: callers turn it into `body`
     * first (withTextBody in src/formats), so a message with bodyHtml alone is refused here.
     */
    bodyHtml: z.optional(z.string()),
  })
  .check(
    z.refine((m) => m.body !== undefined, {
      message: 'a message needs a body (plain text); a bodyHtml alone must be converted to text first (withTextBody in src/formats)',
      path: ['body'],
    }),
  );

export type MessageInput = z.input<typeof MessageSchema>;
export type Message = z.output<typeof MessageSchema>;

const CHANNEL_ALIASES: Record<string, 'email' | 'chat'> = { email: 'email', mail: 'email', 'e-mail': 'email', chat: 'chat', teams: 'chat' };

/**
 * Forgives what exporters commonly write without changing meaning: null for an absent
 * field, a channel in capitals or called "teams", an address in the email field as
 * "Name <a@b>". Anything else still has to match the schema exactly.
 */
function normalise(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === null) continue;
    out[key] = value;
  }
  if (typeof out.channel === 'string') out.channel = CHANNEL_ALIASES[out.channel.trim().toLowerCase()] ?? out.channel;
  for (const field of ['from', 'sentOnBehalfOf']) out[field] = normaliseAddress(out[field]);
  for (const field of ['to', 'cc', 'bcc']) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = list.map(normaliseAddress);
    else if (list !== undefined && typeof list === 'object') out[field] = [normaliseAddress(list)];
  }
  return out;
}

function normaliseAddress(a: unknown): unknown {
  if (typeof a === 'string') return parseAddressText(a) ?? a;
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return a;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(a as Record<string, unknown>)) if (value !== null && value !== '') out[key] = value;
  if (typeof out.email === 'string') {
    const parsed = parseAddressText(out.email);
    if (parsed?.email) {
      out.email = parsed.email;
      if (out.name === undefined && parsed.name) out.name = parsed.name;
    }
  }
  return out;
}

/**
 * A key one letter from a known one (`Bcc`, `Body`, `form`) is refused with a suggestion rather
 * than stripped, so a misspelt Bcc is never checked as if there were none. The problems it causes
 * (a body that then seems missing) are left out: the suggestion already names the fix.
 */
export function parseMessage(input: unknown): Parsed<Message> {
  const keys = checkMessageKeys(input);
  const result = MessageSchema.safeParse(normalise(input), { reportInput: true });
  if (result.success && keys.problems.length === 0) return { ok: true, value: result.data };
  const suggested = new Set(keys.suggestedPaths);
  const schemaProblems = result.success ? [] : formatIssues(result.error.issues).filter((p) => !suggested.has(p.path));
  return { ok: false, problems: [...keys.problems, ...schemaProblems] };
}
