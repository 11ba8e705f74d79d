import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createChecker, parseDirectory, parsePolicy } from '../../src/core';

/**
 * Messages written to probe generalisation (English and Welsh, breaches and innocent
 * look-alikes) against the built-in sample council. Each raises exactly the rules listed.
 */
const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures', 'unseen');
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'expected-unseen.json'), 'utf8'));
const directory = parseDirectory(JSON.parse(readFileSync(join(ROOT, 'assets', 'sample', 'council.json'), 'utf8')));
if (!directory.ok) throw new Error('sample council did not parse');
const policy = parsePolicy({ schemaVersion: 1, directory: directory.value });
if (!policy.ok) throw new Error('policy did not parse');
const checker = createChecker(policy.value);

describe('messages the rules were not written from', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('covers both breaches and innocent messages', () => {
    const values = Object.values(expected);
    expect(values.filter((v) => v.length === 0).length).toBeGreaterThan(10);
    expect(values.filter((v) => v.length > 0).length).toBeGreaterThan(15);
  });

  it.each(files)('%s', (file) => {
    const result = checker.check(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const raised = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
    expect(raised).toEqual(expected[file.replace(/\.json$/, '')]);
  });
});
