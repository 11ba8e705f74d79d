import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createChecker, parseDirectory, parsePolicy } from '../../src/core';

/**
 * Messages written to probe generalisation (English and Welsh, breaches and innocent
 * look-alikes) against the built-in sample council. Each raises exactly the rules listed.
 */
const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(FIXTURES, 'expected-unseen.json'), 'utf8'));

/** Each folder of messages is checked against its own council: the sample county, a community council, and a Welsh county. */
const COUNCILS: Record<string, string> = {
  unseen: join(ROOT, 'assets', 'sample', 'council.json'),
  'unseen-parish': join(FIXTURES, 'unseen-parish.directory.json'),
  // A Welsh-speaking county on .gov.wales and .llyw.cymru, with a councillor on a personal address and a delegate mailbox.
  'unseen-welsh': join(FIXTURES, 'unseen-welsh.directory.json'),
};

function checkerFor(directoryFile: string) {
  const directory = parseDirectory(JSON.parse(readFileSync(directoryFile, 'utf8')));
  if (!directory.ok) throw new Error(`${directoryFile} did not parse`);
  const policy = parsePolicy({ schemaVersion: 1, directory: directory.value });
  if (!policy.ok) throw new Error('policy did not parse');
  return createChecker(policy.value);
}
const checkers = Object.fromEntries(Object.entries(COUNCILS).map(([folder, file]) => [folder, checkerFor(file)]));

describe('messages the rules were not written from', () => {
  const files = Object.keys(COUNCILS).flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${folder}/${f}`),
  );

  it('covers both breaches and innocent messages', () => {
    const values = Object.values(expected);
    expect(values.filter((v) => v.length === 0).length).toBeGreaterThan(10);
    expect(values.filter((v) => v.length > 0).length).toBeGreaterThan(15);
  });

  it.each(files)('%s', (file) => {
    const checker = checkers[file.split('/')[0]];
    const result = checker.check(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const raised = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
    expect(raised).toEqual(expected[file.replace(/\.json$/, '')]);
  });
});
