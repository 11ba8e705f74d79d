import { z } from 'zod';
import { DirectorySchema } from '../directory/directory-schema';
import { phraseProblem } from '../text/phrases';
import { ROLES, RULE_IDS, SEVERITIES } from '../types';
import { RULES } from '../rules/registry';

export const POLICY_SCHEMA_VERSION = 1;

const Phrase = z.string().superRefine((value, ctx) => {
  const problem = phraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const PhraseLanguages = z.strictObject({
  en: z.array(Phrase).optional(),
  cy: z.array(Phrase).optional(),
});

const Wording = z.strictObject({ en: z.string().optional(), cy: z.string().optional() });

function ruleConfigSchema(listNames: string[], options: z.ZodType | undefined) {
  const lists = listNames.length > 0 ? (listNames as [string, ...string[]]) : ['-'];
  const listKey = z.enum(lists as [string, ...string[]]);
  return z.strictObject({
    enabled: z.boolean().optional(),
    severity: z.enum(SEVERITIES).optional(),
    /** The council's own protocol wording, shown to users as the ground. */
    protocolText: Wording.optional(),
    /** Replaces a list in one language. */
    phrases: z.partialRecord(listKey, PhraseLanguages).optional(),
    /** Adds to a list (any language) without restating the defaults. */
    addPhrases: z.partialRecord(listKey, z.array(Phrase)).optional(),
    /** Takes phrases out of a list. */
    removePhrases: z.partialRecord(listKey, z.array(z.string())).optional(),
    options: (options ?? z.strictObject({})).optional(),
  });
}

const ruleShape = Object.fromEntries(
  RULES.map((r) => [r.header.id, ruleConfigSchema(Object.keys(r.header.lists), r.header.options).optional()]),
);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const CustomRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(KEBAB, { message: 'expected lower-case words joined by hyphens, like "planning-lobbying"' })
    .refine((id) => !(RULE_IDS as readonly string[]).includes(id), { message: 'this id belongs to a built-in rule; choose another' }),
  title: z.strictObject({ en: z.string().min(1), cy: z.string().optional() }),
  enabled: z.boolean().default(true),
  severity: z.enum(SEVERITIES).default('warn'),
  explanation: z.strictObject({ en: z.string().min(1), cy: z.string().optional() }),
  protocolText: Wording.optional(),
  phrases: z.strictObject({ en: z.array(Phrase).default([]), cy: z.array(Phrase).default([]) }),
  /** Applies only when the message goes out in the name of someone with one of these roles (empty: anyone). */
  senderRoles: z.array(z.enum(ROLES)).default([]),
  /** Applies only when a recipient has one of these roles, or is outside the council (empty: anyone). */
  recipientRoles: z.array(z.enum([...ROLES, 'external'])).default([]),
  /** Where to look. */
  scope: z.enum(['body', 'subject', 'both']).default('both'),
});

export const PolicySchema = z.strictObject({
  /** Editors use this to find the JSON Schema; the engine ignores it. */
  $schema: z.string().optional(),
  schemaVersion: z.literal(POLICY_SCHEMA_VERSION, { message: `expected schemaVersion ${POLICY_SCHEMA_VERSION}` }),
  directory: DirectorySchema.default(DirectorySchema.parse({})),
  rules: z.strictObject(ruleShape).default({}),
  customRules: z.array(CustomRuleSchema).default([]),
  /** Where "this warning is wrong" reports go. */
  monitoringOfficer: z.strictObject({ name: z.string().optional(), email: z.string().optional() }).optional(),
  /** When and by whom it was published (the console fills these). */
  publishedAt: z.string().optional(),
  publishedBy: z.string().optional(),
  /** A note on what changed, kept with the file. */
  changeSummary: z.string().optional(),
});

export type PolicyInput = z.input<typeof PolicySchema>;
export type ParsedPolicyFile = z.output<typeof PolicySchema>;
export type CustomRule = z.output<typeof CustomRuleSchema>;
export type RuleConfigInput = NonNullable<z.input<ReturnType<typeof ruleConfigSchema>>>;
