/**
 * The engine's public face. Surfaces (Outlook, Teams, command line, console) import
 * from here only. Pure TypeScript: no host SDK, DOM, React or storage.
 */
export * from './types';
export { Checker, createChecker, COMMON_PARTIES, MAX_EVIDENCE, type CheckOptions, type CheckResult, type DraftReport } from './engine/checker';
export { DEFAULT_WORK_BUDGET, WorkBudget } from './engine/work-budget';
export { MAX_BODY_CHARS, MAX_SUBJECT_CHARS } from './draft/build-draft';
export { decide, dedupe, order } from './engine/pipeline';
export { buildDraft } from './draft/build-draft';
export type { Draft } from './draft/draft';
export type { QuotedMessage } from './draft/quoted-history';
export { MessageSchema, parseMessage, type Message, type MessageInput } from './message/message-schema';
export { checkMessageKeys, suggestKey, MESSAGE_KEYS, type MessageKeyReport } from './message/message-keys';
export { displayAddress, emailDomain, parseAddressText, parseAddressList, hasCouncillorTitle } from './message/address';
export { DirectorySchema, PersonSchema, ROSTER_EMAIL, type Directory, type DirectoryInput, type Person } from './directory/directory-schema';
export { DirectoryIndex, type Party } from './directory/directory-index';
export { parseDirectory } from './directory/parse-directory';
export { PolicySchema, CustomRuleSchema, POLICY_SCHEMA_VERSION, type PolicyInput, type CustomRule } from './policy/policy-schema';
export { parsePolicy, defaultPolicy, resolvePolicy, type ResolvedPolicy, type ResolvedRuleConfig, type PhraseList } from './policy/resolve-policy';
export { policyJsonSchema } from './policy/json-schema';
export { DEFAULT_PHRASES } from './policy/default-phrases/index';
export { RULES, ruleHeader } from './rules/registry';
export type { RuleHeader } from './rules/rule-types';
export { phraseProblem, phraseIssue, describePhraseIssue, MAX_GAPS, MAX_PHRASE_WORDS, type PhraseIssue } from './text/phrases';
export { formatIssues, problemsToLine, type InputProblem, type Parsed } from './validation/format-issues';
export { bodyChecksum, compileRoster, loadRoster, fingerprint, sourceFingerprint, ROSTER_VERSION, type LoadedRoster, type RosterRefusal } from './directory/compiled-roster';
export { publishedWithRoster, keptWithRoster } from './policy/compiled-policy';
export { COMPILED_ROSTER_KEY } from './policy/resolve-policy';
