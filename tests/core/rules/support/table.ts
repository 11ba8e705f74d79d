import { createChecker, parsePolicy, type Finding, type Lang, type MailAddress, type MessageInput, type Severity } from '../../../../src/core';
import { DIRECTORY } from './council';

/**
 * An ESLint-RuleTester-style table for one rule: `valid` messages must not raise it,
 * `invalid` ones must raise exactly the listed messages (by message id, in the engine's
 * order: an extra or a duplicated finding fails), with the given severity, evidence and
 * fixes. Evidence is checked by the words it points at (sliced from the body as given),
 * never by prose. No rule may error on any case.
 */

export type ExpectedEvidence =
  | { field: 'body' | 'subject'; text: string }
  | { field: 'to' | 'cc' | 'bcc'; index: number };

export type ExpectedFix =
  | { kind: 'move-to-cc' | 'add-cc' | 'remove-recipients'; emails: string[] }
  | { kind: 'replace-text'; replaces: string; replacement: string }
  | { kind: 'send-from-officer' | 'insert-text' };

export interface ValidCase {
  name: string;
  message: MessageInput;
  lang?: Lang;
}

export interface InvalidCase extends ValidCase {
  severity: Severity;
  /** The message id of every finding of this rule, exactly, in order (ESLint's `errors`). */
  messages: string[];
  evidence?: ExpectedEvidence[];
  fixes?: ExpectedFix[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const parsed = parsePolicy({ schemaVersion: 1, directory: DIRECTORY });
if (!parsed.ok) throw new Error(`test council does not parse: ${JSON.stringify(parsed.problems)}`);
export const checker = createChecker(parsed.value);

interface Built {
  from: MailAddress;
  to?: MailAddress[];
  cc?: MailAddress[];
  bcc?: MailAddress[];
  sentOnBehalfOf?: MailAddress;
  subject?: string;
  body: string;
}

export function email(m: Built): MessageInput {
  return { channel: 'email', to: [], cc: [], bcc: [], subject: '', ...m };
}

export function chat(m: { from: MailAddress; to: MailAddress[]; body: string }): MessageInput {
  return { channel: 'chat', from: m.from, to: m.to, cc: [], bcc: [], subject: '', body: m.body };
}

export function run(message: MessageInput, lang: Lang = 'en'): { text: string; subject: string; findings: Finding[] } {
  const result = checker.check(message, { lang });
  if (!result.ok) throw new Error(`message does not parse: ${JSON.stringify(result.problems)}`);
  // A rule that throws is reported, not hidden: in a table that is a failure of the case.
  if (result.ruleErrors.length > 0) throw new Error(`rule errors: ${JSON.stringify(result.ruleErrors)}`);
  if (result.incomplete) throw new Error(`check incomplete: ${result.incomplete.reasons.join(', ')}`);
  return { text: result.draft.body, subject: result.draft.subject, findings: result.findings };
}

function evidenceMatches(expected: ExpectedEvidence, finding: Finding, text: string, subject: string): boolean {
  return finding.evidence.some((e) => {
    if (e.field !== expected.field) return false;
    if ('text' in expected) {
      const source = expected.field === 'body' ? text : subject;
      return e.start !== undefined && e.end !== undefined && source.slice(e.start, e.end) === expected.text;
    }
    return e.index === expected.index;
  });
}

function fixMatches(expected: ExpectedFix, finding: Finding, text: string): boolean {
  return finding.fixes.some((f) => {
    if (f.kind !== expected.kind) return false;
    if ((f.kind === 'move-to-cc' || f.kind === 'add-cc' || f.kind === 'remove-recipients') && 'emails' in expected) {
      const got = f.recipients.map((r) => r.email?.toLowerCase()).sort();
      return JSON.stringify(got) === JSON.stringify([...expected.emails].map((e) => e.toLowerCase()).sort());
    }
    if (f.kind === 'replace-text' && 'replaces' in expected) {
      return text.slice(f.start, f.end) === expected.replaces && f.replacement === expected.replacement;
    }
    return true;
  });
}

/** Every range any finding carries lies inside its text and says what it claims. */
function assertRangesSound(findings: Finding[], text: string, subject: string): void {
  for (const f of findings) {
    for (const e of f.evidence) {
      if (e.start === undefined || e.end === undefined) continue;
      const source = e.field === 'subject' ? subject : text;
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(e.start).toBeLessThan(e.end);
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

const describeFinding = (f: Finding) => `${f.ruleId}/${f.severity}: ${f.evidence.map((e) => e.text).join(' | ')}`;

/**
 * Where `npm run train` collects these tables' look-alikes (valid cases) as guards for its
 * thresholds: set by src/devtools/learn/lookalikes.ts, never under jest.
 */
export const COLLECTED: { tables?: Array<{ ruleId: string; table: RuleTable }> } = {};

export function ruleTable(ruleId: string, table: RuleTable): void {
  if (COLLECTED.tables) {
    COLLECTED.tables.push({ ruleId, table });
    return;
  }
  describe(ruleId, () => {
    describe('valid (not raised)', () => {
      it.each(table.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const { findings, text, subject } = run(c.message, c.lang);
        const raised = findings.filter((f) => f.ruleId === ruleId);
        expect(raised.map(describeFinding)).toEqual([]);
        assertRangesSound(findings, text, subject);
      });
    });

    describe('invalid (raised)', () => {
      it.each(table.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const { findings, text, subject } = run(c.message, c.lang);
        const raised = findings.filter((f) => f.ruleId === ruleId);
        expect(raised.map((f) => f.messageId)).toEqual(c.messages);
        expect(raised.map((f) => f.severity)).toContain(c.severity);
        for (const f of raised) expect(Object.values(f.data).every((v) => typeof v === 'string')).toBe(true);
        const finding = raised.find((f) => f.severity === c.severity) as Finding;
        expect(finding.explanation.length).toBeGreaterThan(0);
        expect(finding.ground.length).toBeGreaterThan(0);
        for (const e of c.evidence ?? []) {
          const ok = raised.some((f) => evidenceMatches(e, f, text, subject));
          if (!ok) throw new Error(`no evidence ${JSON.stringify(e)} in ${raised.map(describeFinding).join('; ')}`);
        }
        for (const x of c.fixes ?? []) {
          const ok = raised.some((f) => fixMatches(x, f, text));
          if (!ok) throw new Error(`no fix ${JSON.stringify(x)} in ${JSON.stringify(raised.map((f) => f.fixes))}`);
        }
        assertRangesSound(findings, text, subject);
      });
    });
  });
}
