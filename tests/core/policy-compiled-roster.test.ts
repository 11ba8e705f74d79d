/**
 * `compiledRoster` is part of the published policy's shape: the zod schema and the JSON Schema editors use
 * (assets/policy/policy.schema.json) both accept a policy carrying it, and one that has been tampered with
 * is not trusted: the plain directory is validated instead, and publishing again writes a fresh one.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadRoster, parsePolicy, PolicySchema, publishedWithRoster, sourceFingerprint } from '../../src/core';

const ROOT = join(__dirname, '..', '..');
const COUNCIL = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample', 'council.json'), 'utf8'));
const JSON_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'assets', 'policy', 'policy.schema.json'), 'utf8'));

function published() {
  const file = { $schema: './policy.schema.json', schemaVersion: 1, directory: COUNCIL, rules: { 'silent-copy': { severity: 'block' as const } } };
  const plain = parsePolicy(file);
  if (!plain.ok) throw new Error('fixture is invalid');
  return { plain, file: JSON.parse(JSON.stringify(publishedWithRoster(file, plain.value))) as typeof file & { compiledRoster: string } };
}

describe('a published policy carrying compiledRoster', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON_SCHEMA);

  it('validates against the JSON Schema editors use and the zod schema', () => {
    const { file } = published();
    expect(typeof file.compiledRoster).toBe('string');
    expect([validate(file), validate.errors ?? []]).toEqual([true, []]);
    expect(PolicySchema.safeParse(file).success).toBe(true);
    // And the schema still refuses a field it does not know, so the acceptance above is compiledRoster's own.
    expect(validate({ ...file, compiledRosters: file.compiledRoster })).toBe(false);
  });

  it('is refused by both schemas when it is not a compiled roster at all, naming the field', () => {
    const { file } = published();
    const bad = { ...file, compiledRoster: 'people: everyone' };
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.[0].instancePath).toBe('/compiledRoster');
    const zod = PolicySchema.safeParse(bad);
    expect(!zod.success && zod.error.issues[0].path).toEqual(['compiledRoster']);
  });

  it('loads to exactly what the plain directory gives when current', () => {
    const { plain, file } = published();
    expect(parsePolicy(file)).toEqual(plain);
    expect(loadRoster(file.compiledRoster, sourceFingerprint(file.directory)).ok).toBe(true);
  });

  it('is not trusted once tampered with: the directory is validated instead, and publishing again rebuilds it', () => {
    const { plain, file } = published();
    // Someone "corrects" a person inside the compiled copy: its checksum no longer matches.
    const tampered = { ...file, compiledRoster: file.compiledRoster.replace('Bowen', 'Bowan') };
    expect(tampered.compiledRoster).not.toBe(file.compiledRoster);
    expect(loadRoster(tampered.compiledRoster, sourceFingerprint(tampered.directory))).toEqual({ ok: false, reason: 'checksum' });
    const reparsed = parsePolicy(tampered);
    expect(reparsed).toEqual(plain);
    expect(reparsed.ok && reparsed.value.directory.people.some((p) => p.name.includes('Bowan'))).toBe(false);
    // Publishing again from what was validated writes a roster that loads, and matches the first one.
    if (!reparsed.ok) throw new Error('unreachable');
    const again = publishedWithRoster(tampered, reparsed.value);
    expect(again.compiledRoster).toBe(file.compiledRoster);
    expect(loadRoster(again.compiledRoster, sourceFingerprint(again.directory)).ok).toBe(true);
  });
});
