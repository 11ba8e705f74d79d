import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageInput } from '../../core';
import { COLLECTED } from '../../../tests/core/rules/support/table';
import { DIRECTORY } from '../../../tests/core/rules/support/council';

/**
 * The rule tables' hand-written look-alikes (their "valid" cases: innocent messages a
 * keyword checker would flag), gathered for `npm run train` to keep each threshold above.
 */
export function tableLookalikes(): { directory: unknown; cases: Array<{ ruleId: string; message: MessageInput }> } {
  COLLECTED.tables = [];
  const folder = join(__dirname, '..', '..', '..', 'tests', 'core', 'rules');
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.test.ts')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each table registers itself on import
    require(join(folder, f));
  }
  const cases = COLLECTED.tables.flatMap(({ ruleId, table }) => table.valid.map((c) => ({ ruleId, message: c.message })));
  COLLECTED.tables = undefined;
  return { directory: DIRECTORY, cases };
}
