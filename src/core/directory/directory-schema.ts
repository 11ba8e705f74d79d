import { z } from 'zod';
import { ROLES } from '../types';

const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

const Domain = z.string().regex(DOMAIN, { message: 'expected a domain like council.gov.uk (no @, no spaces)' });

export const PersonSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'a person needs a name' }),
  email: z.string().regex(EMAIL, { message: 'expected an email address like name@council.gov.uk' }).optional(),
  role: z.enum(ROLES),
  /** Title of office for councillors ("Leader of the Council", "Chair, Planning Committee"). */
  title: z.string().optional(),
  /** Job title for officers; used when a fix replaces a name with the post. */
  jobTitle: z.string().optional(),
  party: z.string().optional(),
  politicallyRestricted: z.boolean().optional(),
  /** A distribution list whose members all hold `role`. */
  isGroup: z.boolean().optional(),
  /** Other spellings people use ("Sian" for "Siân" is automatic; this is for "Bob" for "Robert"). */
  aliases: z.array(z.string()).optional(),
});

export const DirectorySchema = z.strictObject({
  organisation: z.string().default(''),
  internalDomains: z.array(Domain).default([]),
  pressDomains: z.array(Domain).default([]),
  personalDomains: z
    .array(Domain)
    .default(['gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'btinternet.com', 'aol.com', 'sky.com', 'virginmedia.com', 'talktalk.net', 'protonmail.com', 'proton.me']),
  people: z.array(PersonSchema).default([]),
});

export type Person = z.output<typeof PersonSchema>;
export type Directory = z.output<typeof DirectorySchema>;
export type DirectoryInput = z.input<typeof DirectorySchema>;
