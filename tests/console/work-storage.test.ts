/**
 * The console keeps work in progress in two storage keys: the roster (megabytes for a large
 * council), written only when it changes, and everything else, written after each pause in typing.
 */
import { loadWork, saveWork } from '../../src/console/state/draft-storage';
import { policyContentKey, type PolicyFile } from '../../src/console/state/policy-file';

function recordingStorage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      writes.push(k);
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
}

const roster = { organisation: 'Cyngor Prawf', people: [{ name: 'Siân Hughes', email: 'sian@prawf.gov.uk', role: 'councillor' as const }] };
const work = (severity: 'warn' | 'block'): PolicyFile => ({ schemaVersion: 1, directory: roster, rules: { 'silent-copy': { severity } } });

describe('console work storage', () => {
  it('writes the roster once, and only the rules on a rule edit, and reads back the whole work', () => {
    const storage = recordingStorage();
    saveWork(storage, work('warn'));
    saveWork(storage, work('block'));
    expect(storage.writes.filter((k) => k.endsWith('.directory'))).toHaveLength(1);
    expect(storage.writes).toHaveLength(3);
    expect(loadWork(storage)?.policy).toEqual(work('block'));
  });

  it('writes the roster again when it changes', () => {
    const storage = recordingStorage();
    saveWork(storage, work('warn'));
    const changed = { ...work('warn'), directory: { ...roster, people: [...roster.people, { name: 'Will Parry', role: 'officer' as const }] } };
    saveWork(storage, changed);
    expect(storage.writes.filter((k) => k.endsWith('.directory'))).toHaveLength(2);
    expect(loadWork(storage)?.policy.directory?.people).toHaveLength(2);
  });

  it('never pairs the work with a roster saved for other work', () => {
    const storage = recordingStorage();
    saveWork(storage, work('warn'));
    const directoryKey = [...storage.items.keys()].find((k) => k.endsWith('.directory'))!;
    storage.items.set(directoryKey, JSON.stringify({ key: 'other', directory: { people: [] } }));
    expect(loadWork(storage)).toBeUndefined();
  });

  it('content keys are short, stable, and tell a rule change from a roster change', () => {
    const a = policyContentKey(work('warn'));
    expect(a.length).toBeLessThan(40);
    expect(policyContentKey(JSON.parse(JSON.stringify(work('warn'))))).toBe(a);
    expect(policyContentKey(work('block'))).not.toBe(a);
    expect(policyContentKey({ ...work('warn'), directory: { ...roster, organisation: 'Arall' } })).not.toBe(a);
    expect(policyContentKey({ ...work('warn'), publishedAt: '2026-12-01' })).toBe(a);
  });
});

describe('publishing', () => {
  it('publishes the roster compiled beside the plain directory, and reading the file back gives the plain policy', async () => {
    const { buildExport, readPolicyText } = await import('../../src/console/publish/export-policy');
    const { parsePolicy } = await import('../../src/core');
    const out = buildExport(work('block'), new Date('2026-12-01T12:00:00Z'), 'Rosters.');
    const json = JSON.parse(out.text!);
    expect(typeof json.compiledRoster).toBe('string');
    expect(json.directory).toEqual(roster);
    const fast = parsePolicy(json);
    const { compiledRoster: _c, ...plain } = json;
    expect(fast).toEqual(parsePolicy(plain));
    const read = readPolicyText(out.text!);
    expect(read.ok && 'compiledRoster' in read.file).toBe(false);
  });
});
