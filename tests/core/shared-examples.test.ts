import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createChecker, parseDirectory, parsePolicy } from '../../src/core';

/**
 * Every message in ../shared/examples must raise exactly the rules expected.json names
 * (as warn or block), and an expected [] must raise no warn or block at all.
 */
const EXAMPLES = process.env.PROTOCOL_GUARD_SHARED_EXAMPLES ?? join(__dirname, '..', '..', '..', 'shared', 'examples');

// CI has ../shared beside the clone; a fresh clone on its own does not, and skips these, saying so.
// The product's own samples (tests/core/unseen-messages.test.ts, the rule tests) still run.
const present = existsSync(join(EXAMPLES, 'expected.json'));
const SKIPPED = `the shared examples: SKIPPED, ${EXAMPLES} is not beside this clone (CI puts ../shared there); the product's own samples still run`;
// Written straight to stderr: jest shows no console output for a suite it skips whole.
if (!present) process.stderr.write(`\ntests/core/shared-examples.test.ts: ${SKIPPED}\n`);

function load() {
  const expected: Record<string, { expect: string[] }> = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8'));
  const directory = parseDirectory(JSON.parse(readFileSync(join(EXAMPLES, 'directory.json'), 'utf8')));
  if (!directory.ok) throw new Error('shared directory did not parse');
  const policy = parsePolicy({ schemaVersion: 1, directory: directory.value });
  if (!policy.ok) throw new Error('policy did not parse');
  return { expected, checker: createChecker(policy.value) };
}

(present ? describe : describe.skip)(present ? 'the shared examples' : SKIPPED, () => {
  const { expected, checker } = present ? load() : { expected: {} as Record<string, { expect: string[] }>, checker: undefined as never };
  const files = present ? readdirSync(join(EXAMPLES, 'messages')).filter((f) => f.endsWith('.json')) : [];

  it('has an expectation for every message', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s raises exactly what expected.json says', (file) => {
    const id = file.replace(/\.json$/, '');
    const result = checker.check(JSON.parse(readFileSync(join(EXAMPLES, 'messages', file), 'utf8')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const raised = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
    expect(raised).toEqual([...expected[id].expect].sort());
  });
});
