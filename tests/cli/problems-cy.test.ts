import { parseMessage, parsePolicy } from '../../src/core';
import { problemMessageCy, problemsLine } from '../../src/cli/problems-cy';
import { parseArgs } from '../../src/cli/args';

describe('input problems in Welsh (--lang cy)', () => {
  it('says the engine\'s problems in Welsh, keeping paths and values as written', () => {
    const policy = parsePolicy({ schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } });
    if (policy.ok) throw new Error('expected a problem');
    expect(problemsLine(policy.problems, 'cy')).toBe('rules.partisan-request.severity: disgwyl un o block, warn, info, cafwyd "loud"');
    expect(problemsLine(policy.problems, 'en')).toBe('rules.partisan-request.severity: expected one of block, warn, info, got "loud"');
    const message = parseMessage({ from: { email: 'not an address' }, to: [], Bcc: [], body: 'x' });
    if (message.ok) throw new Error('expected a problem');
    expect(problemsLine(message.problems, 'cy')).toBe('Bcc: maes anhysbys; oeddech chi’n golygu "bcc"?; from.email: disgwyl cyfeiriad e-bost fel enw@cyngor.gov.uk, cafwyd "not an address"');
  });

  it.each([
    ['is missing (expected object)', 'ar goll (disgwyl gwrthrych)'],
    ['expected at most 200 characters, got "xxx"', 'disgwyl 200 nod ar y mwyaf, cafwyd "xxx"'],
    ['expected at least 1 item', 'disgwyl o leiaf 1 eitem'],
    ['expected string, got a list', 'disgwyl testun, cafwyd rhestr'],
    ['a person needs a name', 'mae angen enw ar berson'],
  ])('%s', (en, cy) => expect(problemMessageCy(en)).toBe(cy));

  it('leaves a form it does not know in English rather than guess', () => {
    expect(problemMessageCy('a brand new kind of problem')).toBe('a brand new kind of problem');
  });
});

describe('parseArgs', () => {
  it('reads options in any order and -h for help', () => {
    expect(parseArgs(['check', '--lang', 'cy', 'a.json', '--format=json', 'b.eml'])).toEqual({
      ok: true,
      args: { command: 'check', files: ['a.json', 'b.eml'], format: 'json', lang: 'cy', directory: undefined, policy: undefined, noCache: false },
    });
    expect(parseArgs(['check', '-h'])).toEqual({ ok: true, help: true, lang: 'en' });
  });

  it('--no-cache asks for the roster to be validated afresh; it takes no value', () => {
    expect(parseArgs(['check', 'a.json', '--no-cache'])).toMatchObject({ ok: true, args: { noCache: true } });
    expect(parseArgs(['check', 'a.json', '--no-cache=yes'])).toMatchObject({ ok: false, error: '--no-cache takes no value' });
  });

  it('a file whose name starts with a dash is given after --', () => {
    expect(parseArgs(['check', '--', '-odd.json'])).toMatchObject({ ok: true, args: { files: ['-odd.json'] } });
  });

  it.each([
    [['check', 'a.json', '--help=yes'], '--help takes no value'],
    [['check', '--lang', 'cy', 'a.json', '--policy', '--format', 'json'], "mae angen llwybr ffeil ar --policy, ond yr opsiwn --format yw'r gair nesaf (ysgrifennwch --policy=--format os mai dyna'i enw go iawn)"],
    [['check', 'a.json', '-x'], 'unknown option -x'],
    [['lint', 'a.json'], 'unknown command "lint": the command is "check"'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, error });
  });
});
