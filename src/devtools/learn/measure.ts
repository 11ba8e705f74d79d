import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, type Checker } from '../../core';
import { loadBatches, loadRealMail, realMailUse, type LabelledMessage } from './corpus';

/** Counts for one rule over a split, at message level. */
export interface RuleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SplitScore {
  messages: number;
  byRule: Record<string, RuleCounts>;
  /** Labels caught over labels expected. */
  recall: number;
  /** Clean messages (no breach expected) that raised a warn or block. */
  cleanFlagged: number;
  clean: number;
  falseAlarmRate: number;
}

const flagged = (checker: Checker, message: unknown): Set<string> => {
  const result = checker.check(message);
  if (!result.ok) throw new Error(`message: ${result.problems.map((p) => p.message).join('; ')}`);
  return new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
};

/** Scores the corpus split named (the frozen test split, or the development split for tuning). */
/** Scores a split, or only the named batches of it (`only`), e.g. the batches added since a split was last scored. */
export function scoreSplit(split: 'test' | 'dev', only?: ReadonlyArray<string>): SplitScore {
  const byRule: Record<string, RuleCounts> = Object.fromEntries(RULE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  let messages = 0;
  let clean = 0;
  let cleanFlagged = 0;
  const batches = loadBatches(split === 'test' ? 'test' : 'train').filter((b) => !only || only.includes(b.name));
  for (const batch of batches) {
    const checker = batch.checker();
    for (const m of batch.messages.filter((x: LabelledMessage) => x.split === split)) {
      messages++;
      const raised = flagged(checker, m.message);
      for (const rule of RULE_IDS) {
        const want = m.expect.includes(rule);
        const got = raised.has(rule);
        if (want && got) byRule[rule].tp++;
        else if (want) byRule[rule].fn++;
        else if (got) byRule[rule].fp++;
      }
      if (m.expect.length === 0) {
        clean++;
        if (raised.size > 0) cleanFlagged++;
      }
    }
  }
  const tp = Object.values(byRule).reduce((n, c) => n + c.tp, 0);
  const fn = Object.values(byRule).reduce((n, c) => n + c.fn, 0);
  return { messages, byRule, recall: tp / Math.max(1, tp + fn), clean, cleanFlagged, falseAlarmRate: cleanFlagged / Math.max(1, clean) };
}

export interface RealMailScore {
  measured: number;
  falseAlarms: number;
  rate: number;
  /** Findings judged.json has not marked true, by message, on the measuring half. */
  unjudged: Array<{ id: string; ruleId: string; text: string }>;
}

/** The odd-numbered half of ../shared/realmail: messages with a warn or block that judged.json does not mark true. */
export function scoreRealMail(): RealMailScore | undefined {
  const real = loadRealMail();
  if (!real) return undefined;
  const checker = real.checker();
  let measured = 0;
  let falseAlarms = 0;
  const unjudged: RealMailScore['unjudged'] = [];
  for (const m of real.messages) {
    if (realMailUse(m.id) !== 'measure') continue;
    measured++;
    const result = checker.check(m.message);
    if (!result.ok) continue;
    const wrong = result.findings.filter((f) => f.severity !== 'info' && !real.judgedTrue.has(m.id + '|' + f.ruleId));
    if (wrong.length > 0) falseAlarms++;
    for (const f of wrong) unjudged.push({ id: m.id, ruleId: f.ruleId, text: f.evidence.map((e) => e.text).join(' | ').slice(0, 120) });
  }
  return { measured, falseAlarms, rate: falseAlarms / Math.max(1, measured), unjudged };
}

export interface ExamplesScore {
  total: number;
  passed: number;
  failures: string[];
}

const SHARED_EXAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'examples');

/** ../shared/examples: every breach raises its rules, every clean message raises nothing. */
export function scoreExamples(checkerFor: (directory: unknown) => Checker, root = SHARED_EXAMPLES): ExamplesScore | undefined {
  if (!existsSync(join(root, 'expected.json'))) return undefined;
  const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Record<string, { expect: string[] }>;
  const checker = checkerFor(JSON.parse(readFileSync(join(root, 'directory.json'), 'utf8')));
  const failures: string[] = [];
  const files = readdirSync(join(root, 'messages')).filter((f) => f.endsWith('.json'));
  for (const f of files) {
    const id = f.replace(/\.json$/, '');
    const want = expected[id]?.expect ?? [];
    const raised = flagged(checker, JSON.parse(readFileSync(join(root, 'messages', f), 'utf8')));
    const ok = want.length === 0 ? raised.size === 0 : want.every((r) => raised.has(r));
    if (!ok) failures.push(`${id}: expected [${want.join(', ')}], raised [${[...raised].join(', ')}]`);
  }
  return { total: files.length, passed: files.length - failures.length, failures };
}
