import { z } from 'zod/mini';
import { ROLES } from '../types';

const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
/**
 * An address: no spaces or brackets, one "@", and a "." in the domain with something either side.
 * It accepts what /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/ did, but that pattern tried every "." of a
 * domain in turn and re-read the rest from each ("a@" and 100,000 dots took minutes); here the
 * lookahead checks the domain's characters once and `[^.]*\.` finds its first "." once. A regular
 * expression still, so the JSON Schema editors read carries it as the field's pattern.
 */
export const ROSTER_EMAIL = /^[^\s@<>]+@(?=[^\s@<>]+$)[^\s@<>][^.]*\.[^\s@<>]/;

const Domain = z.string().check(z.regex(DOMAIN, { message: 'expected a domain like council.gov.uk (no @, no spaces)' }));

/**
 * People and the directory accept fields they do not know (an HR export's ward, phone or
 * department) and leave them out, rather than refusing a whole roster for an extra column.
 */
export const PersonSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { message: 'a person needs a name' })),
  email: z.optional(z.string().check(z.regex(ROSTER_EMAIL, { message: 'expected an email address like name@council.gov.uk' }))),
  role: z.enum(ROLES),
  /** Title of office for councillors ("Leader of the Council", "Chair, Planning Committee"). */
  title: z.optional(z.string()),
  /** Job title for officers; used when a fix replaces a name with the post. */
  jobTitle: z.optional(z.string()),
  party: z.optional(z.string()),
  politicallyRestricted: z.optional(z.boolean()),
  /** A distribution list whose members all hold `role`. */
  isGroup: z.optional(z.boolean()),
  /** Other spellings people use ("Sian" for "Siân" is automatic; this is for "Bob" for "Robert"). */
  aliases: z.optional(z.array(z.string())),
});

export const DirectorySchema = z.object({
  organisation: z._default(z.string(), ''),
  internalDomains: z._default(z.array(Domain), []),
  pressDomains: z._default(z.array(Domain), []),
  personalDomains: z._default(
    z.array(Domain),
    ['gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'btinternet.com', 'aol.com', 'sky.com', 'virginmedia.com', 'talktalk.net', 'protonmail.com', 'proton.me'],
  ),
  people: z._default(z.array(PersonSchema), []),
});

export type Person = z.output<typeof PersonSchema>;
export type Directory = z.output<typeof DirectorySchema>;
export type DirectoryInput = z.input<typeof DirectorySchema>;
