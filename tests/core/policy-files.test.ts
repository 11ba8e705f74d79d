import { readFileSync } from 'fs';
import { parsePolicy, problemsToLine } from '../../src/core';
import { policyFiles } from '../../src/devtools/write-policy-files';

describe("the monitoring officer's starting files", () => {
  it('are up to date with the engine (run "npm run policy-files" after changing rules or phrases)', () => {
    for (const [file, text] of Object.entries(policyFiles())) {
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('include a default policy that the engine accepts as it is', () => {
    const file = Object.keys(policyFiles()).find((f) => f.endsWith('default-policy.json')) as string;
    const parsed = parsePolicy(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    expect(parsed.value.rules['bullying-language'].phrases.deadlines.en.length).toBeGreaterThan(0);
  });
});
