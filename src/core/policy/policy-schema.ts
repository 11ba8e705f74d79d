import { z } from 'zod/mini';
import { DirectorySchema } from '../directory/directory-schema';
import { phraseProblem } from '../text/phrases';
import { ROLES, RULE_IDS, SENSITIVITIES, SEVERITIES } from '../types';
import { RULES } from '../rules/registry';
import { isBareAddress } from '../message/address';

/*
 * zod/mini rather than classic zod: the same checks and error paths, but functions
 * that tree-shake, which keeps the Outlook on-send bundle small.
 */

export const POLICY_SCHEMA_VERSION = 1;

const Phrase = z.string().check(
  z.superRefine((value, ctx) => {
    const problem = phraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

const PhraseLanguages = z.strictObject({
  en: z.optional(z.array(Phrase)),
  cy: z.optional(z.array(Phrase)),
});

const Wording = z.strictObject({ en: z.optional(z.string()), cy: z.optional(z.string()) });

function ruleConfigSchema(listNames: string[], options: z.ZodMiniType | undefined) {
  const lists = listNames.length > 0 ? (listNames as [string, ...string[]]) : ['-'];
  const listKey = z.enum(lists as [string, ...string[]]);
  return z.strictObject({
    enabled: z.optional(z.boolean()),
    severity: z.optional(z.enum(SEVERITIES)),
    /** How readily the rule's learned scorer raises a finding: low (fewer, surer), normal, or high (more). */
    sensitivity: z.optional(z.enum(SENSITIVITIES)),
    /** The council's own protocol wording, shown to users as the ground. */
    protocolText: z.optional(Wording),
    /** Replaces a list in one language. */
    phrases: z.optional(z.partialRecord(listKey, PhraseLanguages)),
    /** Adds to a list (any language) without restating the defaults. */
    addPhrases: z.optional(z.partialRecord(listKey, z.array(Phrase))),
    /** Takes phrases out of a list. */
    removePhrases: z.optional(z.partialRecord(listKey, z.array(z.string()))),
    options: z.optional(options ?? z.strictObject({})),
  });
}

const ruleShape = Object.fromEntries(
  RULES.map((r) => [r.header.id, z.optional(ruleConfigSchema(Object.keys(r.header.lists), r.header.options))]),
);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const CustomRuleSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(KEBAB, { message: 'expected lower-case words joined by hyphens, like "planning-lobbying"' }),
      z.refine((id) => !(RULE_IDS as readonly string[]).includes(id), { message: 'this id belongs to a built-in rule; choose another' }),
    ),
  title: z.strictObject({ en: z.string().check(z.minLength(1)), cy: z.optional(z.string()) }),
  enabled: z._default(z.boolean(), true),
  severity: z._default(z.enum(SEVERITIES), 'warn'),
  explanation: z.strictObject({ en: z.string().check(z.minLength(1)), cy: z.optional(z.string()) }),
  protocolText: z.optional(Wording),
  phrases: z.strictObject({ en: z._default(z.array(Phrase), []), cy: z._default(z.array(Phrase), []) }),
  /** Applies only when the message goes out in the name of someone with one of these roles (empty: anyone). */
  senderRoles: z._default(z.array(z.enum(ROLES)), []),
  /** Applies only when a recipient has one of these roles, or is outside the council (empty: anyone). */
  recipientRoles: z._default(z.array(z.enum([...ROLES, 'external'])), []),
  /** Where to look. */
  scope: z._default(z.enum(['body', 'subject', 'both']), 'both'),
});

const OfficerEmail = z.string().check(
  z.refine((e) => e.length <= 254 && isBareAddress(e) && !/[<>]/.test(e), {
    message: 'expected an email address like monitoring.officer@council.gov.uk',
  }),
);

const PolicyFields = z.strictObject({
  /** Editors use this to find the JSON Schema; the engine ignores it. */
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(POLICY_SCHEMA_VERSION, { message: `expected schemaVersion ${POLICY_SCHEMA_VERSION}` }),
  directory: z._default(DirectorySchema, () => DirectorySchema.parse({})),
  rules: z._default(z.strictObject(ruleShape), {}),
  customRules: z._default(z.array(CustomRuleSchema), []),
  /** Where "this warning is wrong" reports go. */
  monitoringOfficer: z.optional(z.strictObject({ name: z.optional(z.string()), email: z.optional(OfficerEmail) })),
  /** When and by whom it was published (the console fills these). */
  publishedAt: z.optional(z.string()),
  publishedBy: z.optional(z.string()),
  /** A note on what changed, kept with the file. */
  changeSummary: z.optional(z.string()),
  /**
   * The roster compiled when the policy was published or fetched (src/core/directory/compiled-roster.ts):
   * `directory` validated once and written compact, versioned and checksummed, with its name index, so a
   * first send loads 30,000 people without validating them again. parsePolicy reads it before the schema
   * runs; here it is only named, so that editors and the schema accept a policy that carries it.
   */
  compiledRoster: z.optional(
    z.string().check(
      z.regex(/^protocol-guard\/roster \d+ /, { message: 'expected a roster compiled by Protocol Guard ("protocol-guard/roster ..."): publish the policy again from the console' }),
      z.describe(
        'Written by the console when it publishes: the roster in "directory", validated and compiled (compact, versioned, checksummed). Do not edit it; after any edit to "directory" it no longer matches, is ignored, and "directory" is validated instead.',
      ),
    ),
  ),
});

/**
 * What no single field shows: two custom rules with one id (which would the console edit,
 * which would a finding name?), and one address twice in the policy's own roster (the same
 * roster is refused under --directory). Each problem names the later field and the earlier one.
 */
export const PolicySchema = PolicyFields.check(
  z.superRefine((policy, ctx) => {
    const ids = new Map<string, number>();
    policy.customRules.forEach((rule, i) => {
      const first = ids.get(rule.id);
      if (first === undefined) ids.set(rule.id, i);
      else ctx.addIssue({ code: 'custom', path: ['customRules', i, 'id'], message: `"${rule.id}" is already the id of customRules[${first}]: give each rule its own id`, input: rule.id });
    });
    const emails = new Map<string, number>();
    policy.directory.people.forEach((person, i) => {
      if (!person.email) return;
      const key = person.email.toLowerCase();
      const first = emails.get(key);
      if (first === undefined) {
        emails.set(key, i);
        return;
      }
      const other = policy.directory.people[first];
      const roles = other.role === person.role ? `both ${person.role}` : `${other.role} there, ${person.role} here`;
      ctx.addIssue({
        code: 'custom',
        path: ['directory', 'people', i, 'email'],
        message: `${person.email} is already used by directory.people[${first}] (${roles}): one address is one person, so remove one or correct the address`,
        input: person.email,
      });
    });
  }),
);

export type PolicyInput = z.input<typeof PolicySchema>;
export type ParsedPolicyFile = z.output<typeof PolicySchema>;
export type CustomRule = z.output<typeof CustomRuleSchema>;
export type RuleConfigInput = NonNullable<z.input<ReturnType<typeof ruleConfigSchema>>>;
