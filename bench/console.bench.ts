/**
 * The console's cost per edit with a 30,000-person roster: the work useConsoleState does after
 * one change, step by step as the hook does it (content key, parse the part that changed, the
 * draft checker, the storage write after the pause in typing; the checker's name index is built
 * on the next preview, included here). A rule edit keeps the roster object, so its parse, index and
 * stored copy are reused; a roster edit makes a new roster object and pays for all of them.
 * Target (issue 10): a rule edit under 20 ms. Prints figures only.
 */
import { createChecker } from '../src/core';
import { saveWork } from '../src/console/state/draft-storage';
import { parseDirectoryPart, parseDraft, type DirectoryParse } from '../src/console/state/parse-draft';
import { setProtocolText } from '../src/console/state/policy-edits';
import { policyContentKey, type PolicyFile } from '../src/console/state/policy-file';
import { generateCouncil } from './generate-council';
import { measure, ms } from './measure';

/** localStorage's shape, keeping what was written in memory (the browser's write cost is not modelled). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

export function runConsoleBench(): void {
  const storage = memoryStorage();
  let draft: PolicyFile = { schemaVersion: 1, directory: generateCouncil(30000) as PolicyFile['directory'] };
  // What the hook holds between renders: the parsed roster for the current roster object.
  let directoryFor: object | undefined;
  let directoryPart: DirectoryParse | undefined;

  const afterEdit = () => {
    policyContentKey(draft);
    if (draft.directory !== directoryFor || !directoryPart) {
      directoryFor = draft.directory;
      directoryPart = parseDirectoryPart(draft.directory);
    }
    const parsed = parseDraft(draft, directoryPart);
    if (!parsed.ok) throw new Error('bench draft is invalid: ' + JSON.stringify(parsed.problems[0]));
    createChecker(parsed.value).directory.warmUp();
    saveWork(storage, draft);
  };
  afterEdit();

  let n = 0;
  const rule = measure(() => {
    draft = setProtocolText(draft, 'silent-copy', 'en', `Copies are open (edit ${n++}).`);
    afterEdit();
  }, 30);
  console.log(`console, one rule edit, 30,000 people: median ${ms(rule.median)}, p95 ${ms(rule.p95)} (target < 20 ms)`);

  const roster = measure(() => {
    const directory = draft.directory!;
    const people = directory.people!.slice();
    people[0] = { ...people[0], jobTitle: `Officer ${n++}` };
    draft = { ...draft, directory: { ...directory, people } };
    afterEdit();
  }, 10, 2);
  console.log(`console, one roster edit, 30,000 people: median ${ms(roster.median)}, p95 ${ms(roster.p95)}`);
}

if (require.main === module) runConsoleBench();
