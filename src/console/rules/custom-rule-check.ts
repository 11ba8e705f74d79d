import { CustomRuleSchema, RULE_IDS, formatIssues, type InputProblem } from '../../core';
import type { Strings } from '../i18n/strings';
import type { CustomRuleFile } from '../state/policy-file';

/**
 * What stops a custom rule being saved, said in the page's language beside the field it is
 * about. The engine's schema stays the judge: anything it refuses that is not one of the
 * editor's own fields comes back as the schema's problem (named by field), so nothing is let
 * through unsaid.
 */
export type CustomRuleField = 'id' | 'title' | 'explanation';

export interface CustomRuleCheck {
  fields: Partial<Record<CustomRuleField, string>>;
  other: InputProblem[];
}

/** The same shape the schema asks of an id ("planning-lobbying"). */
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The editor's own fields, as the schema names their paths. */
const FIELD_OF: Record<string, CustomRuleField> = { id: 'id', 'title.en': 'title', 'explanation.en': 'explanation' };

export function checkCustomRule(rule: CustomRuleFile, takenIds: ReadonlyArray<string>, t: Strings): CustomRuleCheck {
  const fields: CustomRuleCheck['fields'] = {};
  const id = rule.id.trim();
  if (id === '') fields.id = t.custom.idMissing;
  else if (!KEBAB.test(id)) fields.id = t.custom.idShape;
  else if ((RULE_IDS as readonly string[]).includes(id)) fields.id = t.custom.idBuiltIn;
  else if (takenIds.includes(id)) fields.id = t.custom.duplicateId;
  if (!rule.title.en?.trim()) fields.title = t.custom.titleMissing;
  if (!rule.explanation.en?.trim()) fields.explanation = t.custom.explanationMissing;
  const parsed = CustomRuleSchema.safeParse(rule, { reportInput: true });
  const other = parsed.success ? [] : formatIssues(parsed.error.issues).filter((p) => !(FIELD_OF[p.path] && fields[FIELD_OF[p.path]]));
  return { fields, other };
}

export function isSaveable(check: CustomRuleCheck): boolean {
  return Object.keys(check.fields).length === 0 && check.other.length === 0;
}
