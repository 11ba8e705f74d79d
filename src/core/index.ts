/**
 * The engine's public face. Surfaces (Outlook, Teams, command line, console) import
 * from here only. Pure TypeScript: no host SDK, DOM, React or storage.
 */
export * from './types';
export { Checker, createChecker, COMMON_PARTIES, type CheckOptions, type CheckResult } from './engine/checker';
export { decide, dedupe, order } from './engine/pipeline';
export { buildDraft } from './draft/build-draft';
export type { Draft } from './draft/draft';
export type { QuotedMessage } from './draft/quoted-history';
export { MessageSchema, parseMessage, type Message, type MessageInput } from './message/message-schema';
export { displayAddress, emailDomain, parseAddressText, parseAddressList, hasCouncillorTitle } from './message/address';
export { DirectorySchema, PersonSchema, type Directory, type DirectoryInput, type Person } from './directory/directory-schema';
export { DirectoryIndex, type Party } from './directory/directory-index';
export { parseDirectory } from './directory/parse-directory';
export { PolicySchema, CustomRuleSchema, POLICY_SCHEMA_VERSION, type PolicyInput, type CustomRule } from './policy/policy-schema';
export { parsePolicy, defaultPolicy, resolvePolicy, type ResolvedPolicy, type ResolvedRuleConfig, type PhraseList } from './policy/resolve-policy';
export { policyJsonSchema } from './policy/json-schema';
export { DEFAULT_PHRASES } from './policy/default-phrases/index';
export { RULES, ruleHeader } from './rules/registry';
export type { RuleHeader } from './rules/rule-types';
export { phraseProblem } from './text/phrases';
export { formatIssues, problemsToLine, type InputProblem, type Parsed } from './validation/format-issues';
