import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_PHRASES, RULES, policyJsonSchema } from '../core';

/**
 * Writes the files a monitoring officer starts from:
 *   assets/policy/policy.schema.json   the JSON Schema editors use (from the zod schema)
 *   assets/policy/default-policy.json  every rule with its default severity and phrase lists
 * `--check` fails when the committed files are out of date (a test runs it).
 */
const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, 'assets', 'policy', 'policy.schema.json');
const DEFAULT = join(ROOT, 'assets', 'policy', 'default-policy.json');

export function policyFiles(): Record<string, string> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.header.id] = { enabled: true, severity: rule.header.defaultSeverity, phrases: DEFAULT_PHRASES[rule.header.id] };
  }
  const defaults = { $schema: './policy.schema.json', schemaVersion: 1, rules };
  return {
    [SCHEMA]: JSON.stringify(policyJsonSchema(), null, 2) + '\n',
    [DEFAULT]: JSON.stringify(defaults, null, 2) + '\n',
  };
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [file, text] of Object.entries(policyFiles())) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (current !== text) {
        console.error(`${file} is out of date: run "npm run policy-files"`);
        stale = true;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
