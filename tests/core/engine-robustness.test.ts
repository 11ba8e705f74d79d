import { createChecker, parsePolicy, problemsToLine, RULES, type CheckResult, type MessageInput } from '../../src/core';
import { MAX_BODY_CHARS } from '../../src/core/draft/build-draft';
import { MAX_EVIDENCE } from '../../src/core/engine/checker';
import {
  MUST_BODY, manyGapPolicy, maxGapPolicy, noSentenceEndBody, oneLineCapsBody, oneLineProseBody, parenName, shuffledPhrases, unclosedAngleBody,
} from '../../bench/pathological-inputs';

/** Issue 9: nothing a draft or a policy contains holds up a send, and nothing fails silently. */
const directory = {
  internalDomains: ['tref.gov.uk'],
  pressDomains: ['news.example'],
  people: [
    { name: 'Ann Wyn', email: 'cllr.ann@tref.gov.uk', role: 'councillor' },
    { name: 'Dai Rees', email: 'cllr.dai@tref.gov.uk', role: 'councillor' },
    { name: 'Bob Lee', email: 'bob@tref.gov.uk', role: 'officer', politicallyRestricted: true },
  ],
};

function checkerFor(extra: Record<string, unknown> = {}) {
  const parsed = parsePolicy({ schemaVersion: 1, directory, ...extra });
  if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
  return createChecker(parsed.value);
}
const checker = checkerFor();

const fromAnn = (body: string, extra: Partial<MessageInput> = {}): MessageInput => ({
  channel: 'email',
  from: { name: 'Cllr Ann Wyn', email: 'cllr.ann@tref.gov.uk' },
  to: [{ name: 'Bob Lee', email: 'bob@tref.gov.uk' }, { name: 'Tarmac Ltd', email: 'quotes@tarmac.example' }],
  subject: 'Roads',
  body,
  ...extra,
});

function ok(result: CheckResult) {
  if (!result.ok) throw new Error(problemsToLine(result.problems));
  return result;
}

/** Every range lies in the body exactly as given (or the subject) and holds the words it claims. */
function expectRangesInBody(result: ReturnType<typeof ok>, body: string) {
  for (const f of result.findings) {
    for (const e of f.evidence) {
      if (e.start === undefined || e.end === undefined) continue;
      const source = e.field === 'subject' ? result.draft.subject : body;
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('errors stay visible', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reports a built-in rule that throws, by id and message, and keeps the other rules', () => {
    const bullying = RULES.find((r) => r.header.id === 'bullying-language')!;
    jest.spyOn(bullying, 'check').mockImplementation(() => {
      throw new Error('boom\non two lines');
    });
    const result = ok(checker.check(fromAnn('I accept your quotation for the resurfacing. YOU WILL FIX THIS NOW!')));
    expect(result.ruleErrors).toEqual([{ ruleId: 'bullying-language', message: 'boom on two lines' }]);
    expect(result.findings.map((f) => f.ruleId)).toContain('obligation-in-councillor-name');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('bullying-language');
  });

  it('reports a custom rule that throws', () => {
    const withCustom = checkerFor({ customRules: [{ id: 'lobbying', title: { en: 'Lobbying' }, explanation: { en: 'No.' }, phrases: { en: ['live application'] } }] });
    const compiled = (withCustom as unknown as { custom: Array<{ matcher: { findAll: () => never } }> }).custom[0];
    jest.spyOn(compiled.matcher, 'findAll').mockImplementation(() => {
      throw new TypeError('bad matcher');
    });
    const result = ok(withCustom.check(fromAnn('About the live application.')));
    expect(result.ruleErrors).toEqual([{ ruleId: 'lobbying', message: 'bad matcher' }]);
  });

  it('keeps messageId, data and sources on every finding', () => {
    const result = ok(
      checker.check(fromAnn('I accept your quotation for the resurfacing.', { bcc: [{ name: 'Cllr Dai Rees', email: 'cllr.dai@tref.gov.uk' }] })),
    );
    const obligation = result.findings.find((f) => f.ruleId === 'obligation-in-councillor-name')!;
    expect(obligation.messageId).toBe('obligation');
    expect(obligation.data).toEqual({ recipients: 'Tarmac Ltd', councillor: 'Ann Wyn', words: 'accept your quotation' });
    expect(obligation.sources).toEqual(['001']);
    expect(result.ruleErrors).toEqual([]);
    expect(result.incomplete).toBeUndefined();
  });

  it(`caps evidence at ${MAX_EVIDENCE} ranges a finding and counts the rest`, () => {
    const many = checkerFor({ customRules: [{ id: 'the-word', title: { en: 'The' }, explanation: { en: 'The.' }, phrases: { en: ['the'] } }] });
    const result = ok(many.check(fromAnn('the '.repeat(500))));
    const finding = result.findings.find((f) => f.ruleId === 'the-word')!;
    expect(finding.evidence).toHaveLength(MAX_EVIDENCE);
    expect(finding.evidenceOmitted).toBe(500 - MAX_EVIDENCE);
    expect(finding.messageId).toBe('phrase');
    expect(finding.data).toEqual({ words: 'the' });
  });
});

describe('the work budget', () => {
  it('stops a check that would exceed it, returns what it found, and says so', () => {
    const body = shuffledPhrases(60 * 1024);
    const full = ok(checker.check(fromAnn(body)));
    const cut = ok(checker.check(fromAnn(body), { workBudget: 20000 }));
    expect(full.incomplete).toBeUndefined();
    expect(cut.incomplete).toEqual({ reasons: ['work-budget'] });
    expect(cut.work).toEqual({ steps: expect.any(Number), budget: 20000 });
    expect(cut.work.steps).toBeLessThanOrEqual(20000);
    // What it found is still reported; the same budget gives the same answer.
    expect(JSON.stringify(ok(checker.check(fromAnn(body), { workBudget: 20000 })).findings)).toBe(JSON.stringify(cut.findings));
    expectRangesInBody(cut, body);
  });

  it('checks the first part of a body longer than the limit, and says so', () => {
    const head = 'I accept your quotation for the resurfacing.\n';
    const body = head + 'x '.repeat(MAX_BODY_CHARS) + '\nYOU WILL FIX THIS NOW AND I WANT IT!';
    const result = ok(checker.check(fromAnn(body)));
    expect(result.incomplete?.reasons).toContain('body-too-long');
    expect(result.draft.text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(result.draft.body).toBe(body);
    expect(result.findings.map((f) => f.ruleId)).toContain('obligation-in-councillor-name');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('bullying-language');
  });
});

describe('offsets', () => {
  it('point into the body exactly as given, CRLF included', () => {
    const lf = 'Dear Tarmac,\n\nI accept your quotation for the resurfacing.\nYOU WILL FIX THIS NOW AND I WANT IT DONE!\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = ok(checker.check(fromAnn(lf)));
    const b = ok(checker.check(fromAnn(crlf)));
    expect(b.draft.body).toBe(crlf);
    expectRangesInBody(b, crlf);
    // The same findings, with the same words, at places shifted by the \r before them.
    expect(b.findings.map((f) => [f.ruleId, f.messageId, f.evidence.map((e) => e.text)])).toEqual(a.findings.map((f) => [f.ruleId, f.messageId, f.evidence.map((e) => e.text)]));
    const at = b.findings.find((f) => f.ruleId === 'obligation-in-councillor-name')!.evidence[0];
    expect(crlf.slice(at.start, at.end)).toBe('accept your quotation');
    expect(at.start).toBe(crlf.indexOf('accept your quotation'));
    expect(b.findings.map((f) => f.ruleId)).toEqual(['obligation-in-councillor-name', 'bullying-language']);
  });
});

/** Each input the issue measured at seconds to minutes; jest's timeout bounds them, the asserts say what comes back. */
describe('inputs that once held a send', () => {
  it('a quoted From: <a@a@a@... line with no closing ">" (100 KB)', () => {
    const body = unclosedAngleBody(100 * 1024);
    const result = ok(checker.check(fromAnn(body)));
    expect(result.incomplete).toBeUndefined();
    expect(result.draft.quoted[0].author?.email).toBeUndefined();
  });

  it('commitments with no sentence end (400 KB): every one is still judged', () => {
    const result = ok(checker.check(fromAnn(noSentenceEndBody(400 * 1024))));
    const obligation = result.findings.find((f) => f.ruleId === 'obligation-in-councillor-name')!;
    expect(obligation.evidence.filter((e) => e.field === 'body')).toHaveLength(MAX_EVIDENCE);
  });

  it('a display name of 100,000 "("', () => {
    const result = ok(checker.check(fromAnn('Hello.', { to: [{ name: parenName(100000) }] })));
    expect(result.findings).toEqual([]);
  });

  it('shouting on one line of 1 MB: found in the part read, and the rest said to be unread', () => {
    const result = ok(checker.check(fromAnn(oneLineCapsBody(1024 * 1024))));
    expect(result.findings.find((f) => f.ruleId === 'bullying-language')?.messageId).toBe('shouting');
    expect(result.incomplete?.reasons).toEqual(['body-too-long']);
  });

  it('prose with capitals on one line of 1 MB is not shouting', () => {
    const result = ok(checker.check(fromAnn(oneLineProseBody(1024 * 1024))));
    expect(result.findings.filter((f) => f.ruleId === 'bullying-language')).toEqual([]);
  });

  it('5 MB of the default phrases, shuffled', () => {
    const body = shuffledPhrases(5 * 1024 * 1024);
    const result = ok(checker.check(fromAnn(body)));
    expect(result.incomplete?.reasons).toContain('body-too-long');
    expect(result.work.steps).toBeLessThanOrEqual(result.work.budget);
    expectRangesInBody(result, body);
  });

  it('the nine-gap phrase is refused, naming customRules', () => {
    const parsed = parsePolicy(manyGapPolicy(directory));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(problemsToLine(parsed.problems)).toMatch(/^customRules\[0\]\.phrases\.en\[0\]: .*9 gaps/);
  });

  it('the most gaps a policy may have, on every word, stays inside the budget', () => {
    const parsed = parsePolicy(maxGapPolicy(directory));
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    const gaps = createChecker(parsed.value);
    const short = ok(gaps.check(fromAnn(MUST_BODY)));
    expect(short.incomplete).toBeUndefined();
    const long = ok(gaps.check(fromAnn(MUST_BODY.repeat(400))));
    expect(long.work.steps).toBeLessThanOrEqual(long.work.budget);
  });

  it('a forwarded wall of 8,000 header blocks naming 150 councillors: the silent copy is found, each author looked up once', () => {
    const people: unknown[] = [{ name: 'Olive Officer', email: 'olive@tref.gov.uk', role: 'officer' }];
    for (let k = 0; k < 150; k++) people.push({ name: `Person${k} Surname${k}`, email: `cllr${k}@tref.gov.uk`, role: 'councillor' });
    const parsed = parsePolicy({ schemaVersion: 1, directory: { internalDomains: ['tref.gov.uk'], people } });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    const wall = createChecker(parsed.value);
    let body = 'See below.\n\n';
    for (let i = 0; i < 8000; i++) body += `From: Olive Officer <olive@tref.gov.uk>\nTo: <cllr${i % 150}@tref.gov.uk>\n\nx\n`;
    const lookups = jest.spyOn(wall.directory, 'describe');
    const result = ok(wall.check({ channel: 'email', from: { email: 'olive@tref.gov.uk' }, to: [{ email: 'cllr149@tref.gov.uk' }], cc: [], bcc: [], subject: 'FW: x', body }));
    const silent = result.findings.filter((f) => f.ruleId === 'silent-copy');
    expect(silent.map((f) => f.messageId)).toEqual(['forward']);
    expect(silent[0].data.author).toContain('Person0');
    // Once for each quoted author and each one-recipient To:, with a little over for the sender and
    // recipients; it was once more for every quoted message for each councillor missing (1.2 million).
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(2 * 8000 + 100);
    lookups.mockRestore();
  });
});
