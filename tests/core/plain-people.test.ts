import fc from 'fast-check';
import { parseDirectory } from '../../src/core';
import { DirectorySchema } from '../../src/core/directory/directory-schema';
import { normaliseDirectoryInput } from '../../src/core/directory/normalise-directory';
import { plainPeople } from '../../src/core/directory/plain-people';
import { generateCouncil } from '../../bench/generate-council';

/**
 * parseDirectory takes a fast path for rosters whose people are all plainly valid (plain-people.ts).
 * It must give exactly what the schema gives: the same people, the same fields in the same order
 * (compared as JSON text, which keeps order), and, for anything the fast path declines, the schema's
 * own problems.
 */
const bySchema = (input: unknown) => {
  const r = DirectorySchema.safeParse(normaliseDirectoryInput(input), { reportInput: true });
  return r.success ? r.data : undefined;
};

const field = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const text = fc.oneof(fc.string(), fc.constantFrom('  Siân Jones ', 'Gareth', '', '   ', 'O’Brien'));
const person = fc.record(
  {
    name: fc.oneof(text, fc.integer() as fc.Arbitrary<unknown>),
    email: field(fc.oneof(fc.constantFrom('a@b.cd', 'Sian.Jones@Sir.gov.uk', 'no-at-sign', 'a@b', 'x y@z.com', ''), fc.emailAddress())),
    role: fc.constantFrom('councillor', 'officer', 'political-assistant', 'press', 'Councillor', 'staff', 'nobody', 7),
    title: field(fc.oneof(text, fc.constant(3) as fc.Arbitrary<unknown>)),
    jobTitle: field(text),
    party: field(text),
    politicallyRestricted: field(fc.oneof(fc.boolean(), fc.constant('yes') as fc.Arbitrary<unknown>)),
    isGroup: field(fc.boolean()),
    aliases: field(fc.oneof(fc.array(text, { maxLength: 3 }), fc.constant(['a', 4]) as fc.Arbitrary<unknown>)),
    ward: field(fc.string()),
  },
  { requiredKeys: [] },
);

/** Mostly valid people (so whole rosters pass), some with a name to trim, a role to normalise or a field the schema drops. */
const validPerson = fc.record(
  {
    name: fc.constantFrom('Siân Jones', 'Gareth', ' Padded Name ', 'O’Brien'),
    email: field(fc.constantFrom('a@b.cd', 'Sian.Jones@Sir.gov.uk', 'x@y.org')),
    role: fc.constantFrom('councillor', 'officer', 'political-assistant', 'press', 'press', 'officer', 'Councillor'),
    title: field(text),
    jobTitle: field(text),
    party: field(text),
    politicallyRestricted: field(fc.boolean()),
    isGroup: field(fc.boolean()),
    aliases: field(fc.array(text, { maxLength: 2 })),
    ward: fc.option(fc.string(), { nil: undefined, freq: 5 }),
  },
  { requiredKeys: ['name', 'role'] },
);

describe('the fast path for plainly valid people', () => {
  it('gives exactly the schema output for random rosters, and declines whatever the schema refuses', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(person, { maxLength: 6 }), (people) => {
        const input = { organisation: 'Sir', internalDomains: ['sir.gov.uk'], people };
        const expected = bySchema(input);
        const parsed = parseDirectory(input);
        if (expected === undefined) {
          expect(parsed.ok).toBe(false);
          return;
        }
        // Duplicate addresses are refused after the schema either way.
        if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(expected));
        const fast = plainPeople((normaliseDirectoryInput(input) as { people: unknown }).people);
        if (fast) {
          taken++;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(expected.people));
        }
      }),
      { numRuns: 2000 },
    );
    // The comparison above means something only if the fast path was taken often.
    expect(taken).toBeGreaterThan(200);
  });

  it('gives the schema output for a roster it may keep (parsed from a file), keys in any order, keeping only people already in that form', () => {
    let kept = 0;
    let copied = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(validPerson, fc.option(fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), { nil: undefined })), { maxLength: 3 }), (rows) => {
        // Each person's keys in the schema's order or a random one, as a file might hold them, then read back as JSON.
        const people = rows.map(([p, rank]) => {
          if (rank === undefined) return p;
          const keys = Object.keys(p).sort((a, b) => rank[Object.keys(p).indexOf(a)] - rank[Object.keys(p).indexOf(b)]);
          return Object.fromEntries(keys.map((k) => [k, (p as Record<string, unknown>)[k]]));
        });
        const input = JSON.parse(JSON.stringify({ organisation: 'Sir', internalDomains: ['sir.gov.uk'], people })) as { people: Record<string, unknown>[] };
        const expected = bySchema(input);
        const parsed = parseDirectory(input, { owned: true });
        if (expected === undefined) {
          expect(parsed.ok).toBe(false);
          return;
        }
        expect(parsed.ok).toBe(parseDirectory(JSON.parse(JSON.stringify(input))).ok);
        if (!parsed.ok) return;
        expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(expected));
        parsed.value.people.forEach((p, i) => {
          if (p === input.people[i]) kept++;
          else copied++;
        });
      }),
      { numRuns: 2000 },
    );
    // Both ways were taken often enough for the comparison to mean something. Few random people are
    // already in the schema's exact form: about 110 of some 2,500 are kept (94 to 119 over six runs),
    // so "more than 100" failed about one run in six; 30 is far below any run and still many cases.
    expect(kept).toBeGreaterThan(30);
    expect(copied).toBeGreaterThan(100);
  });

  it('keeps nobody of a roster it may not keep', () => {
    const input = { people: [{ name: 'Gareth', role: 'officer' }] };
    const parsed = parseDirectory(input);
    expect(parsed.ok && parsed.value.people[0]).not.toBe(input.people[0]);
    const owned = parseDirectory(input, { owned: true });
    expect(owned.ok && owned.value.people[0]).toBe(input.people[0]);
  });

  it('is taken for a generated council, with the same result as the schema', () => {
    const input = JSON.parse(JSON.stringify(generateCouncil(500)));
    expect(plainPeople(input.people)).toBeDefined();
    const parsed = parseDirectory(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(bySchema(input)));
  });

  it('is declined for a field present but undefined, a hole in a list of aliases, or a bad address', () => {
    expect(plainPeople([{ name: 'A', role: 'officer', title: undefined }])).toBeUndefined();
    // eslint-disable-next-line no-sparse-arrays -- a hole, on purpose
    expect(plainPeople([{ name: 'A', role: 'officer', aliases: ['x', , 'y'] }])).toBeUndefined();
    expect(plainPeople([{ name: 'A', role: 'officer', email: 'not an address' }])).toBeUndefined();
  });

  it('leaves the problems of a bad roster to the schema: each names the person and field', () => {
    const parsed = parseDirectory({ people: [{ name: 'A', role: 'officer' }, { name: 'B', role: 'officer', email: 'nope' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(['people[1].email']);
  });

  it('copies aliases, so the result shares no list with the input', () => {
    const aliases = ['Bob'];
    const fast = plainPeople([{ name: 'Robert', role: 'officer', aliases }]);
    expect(fast?.[0].aliases).toEqual(['Bob']);
    expect(fast?.[0].aliases).not.toBe(aliases);
  });
});
