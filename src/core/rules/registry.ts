import type { BuiltInRuleId } from '../types';
import type { RuleHeader, RuleModule } from './rule-types';
import { bullyingLanguage } from './bullying-language';
import { confidentialDisclosure } from './confidential-disclosure';
import { improperInfluence } from './improper-influence';
import { individualInstruction } from './individual-instruction';
import { mediaDispute } from './media-dispute';
import { namedEmployeeCriticism } from './named-employee-criticism';
import { obligationInCouncillorName } from './obligation-in-councillor-name';
import { partisanRequest } from './partisan-request';
import { reportPressure } from './report-pressure';
import { restrictedOfficerPoliticalActivity } from './restricted-officer-political-activity';
import { silentCopy } from './silent-copy';

/** Every built-in rule, in the contract's order. */
export const RULES: ReadonlyArray<RuleModule<string, string, never>> = [
  silentCopy,
  obligationInCouncillorName,
  namedEmployeeCriticism,
  partisanRequest,
  mediaDispute,
  confidentialDisclosure,
  bullyingLanguage,
  reportPressure,
  individualInstruction,
  improperInfluence,
  restrictedOfficerPoliticalActivity,
] as ReadonlyArray<RuleModule<string, string, never>>;

export function ruleHeader(id: BuiltInRuleId): RuleHeader {
  const rule = RULES.find((r) => r.header.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.header;
}
