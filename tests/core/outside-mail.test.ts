import { createChecker, parsePolicy, problemsToLine } from '../../src/core';
import { DIRECTORY, P } from './rules/support/council';
import { email } from './rules/support/table';

/**
 * Mail from outside the council (a resident, a contractor, a newsroom) is bound by no part of the
 * protocol, so a check does not analyse it: no built-in rule can raise anything, and reading its
 * sentences was most of the cost of checking a mailbox of incoming mail. A monitoring officer's own
 * custom rules still read it.
 */

// Words that raise several built-in rules when a councillor writes them to an officer.
const BODY = 'I need you to withdraw the report by 5pm today. Declan O\u2019Brien is useless and should be sacked. Do it now or else.';

/** The test council, with one councillor the roster knows only by a personal address. */
const WARD_ADDRESS = { name: 'Cllr Nia Wyn', email: 'nia.wyn.ward@gmail.com' };
const COUNCIL = { ...DIRECTORY, people: [...(DIRECTORY.people ?? []), { name: 'Nia Wyn', email: WARD_ADDRESS.email, role: 'councillor' as const }] };

function checkerWith(customRules: unknown[] = []) {
  const parsed = parsePolicy({ schemaVersion: 1, directory: COUNCIL, customRules });
  if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
  return createChecker(parsed.value);
}

function checked(checker: ReturnType<typeof createChecker>, from: { name: string; email: string }) {
  const result = checker.check(email({ from, to: [P.declan, P.gareth], subject: 'The report', body: BODY }));
  if (!result.ok) throw new Error('the message does not parse');
  return result;
}

describe('mail from outside the council', () => {
  const checker = checkerWith();

  it('raises findings from a councillor, so the words below are ones the rules read', () => {
    const fromCouncillor = checked(checker, P.helen);
    expect(fromCouncillor.findings.length).toBeGreaterThan(0);
    expect(fromCouncillor.work.steps).toBeGreaterThan(0);
  });

  it.each([
    ['a resident', P.resident],
    ['a contractor', P.contractor],
    ['a newsroom on the roster', P.gwenno],
    ['a newsroom by its domain', P.newsdesk],
  ])('from %s, is not analysed at all: no findings and no work spent', (_who, from) => {
    const result = checked(checker, from);
    expect(result.findings).toEqual([]);
    expect(result.decision.kind).toBe('allow');
    expect(result.work.steps).toBe(0);
    expect(result.incomplete).toBeUndefined();
  });

  it("from a councillor's personal address that the roster knows, is still the council's and still read", () => {
    const result = checked(checker, WARD_ADDRESS);
    expect(result.work.steps).toBeGreaterThan(0);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it("still meets the monitoring officer's own rules, which may read anyone's mail", () => {
    const withCustom = checkerWith([
      { id: 'threats-received', title: { en: 'A threat', cy: 'Bygythiad' }, explanation: { en: 'Tell the monitoring officer.', cy: "Dywedwch wrth y swyddog monitro." }, phrases: { en: ['or else'] } },
    ]);
    const result = checked(withCustom, P.resident);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['threats-received']);
    expect(result.work.steps).toBeGreaterThan(0);
  });

  it('is still read whole for training, which learns from every sentence', () => {
    const draft = checked(checker, P.resident).draft;
    expect(checker.gateMasks(draft).units.length).toBeGreaterThan(0);
  });
});
