import fc from 'fast-check';
import { createChecker, DEFAULT_PHRASES, parsePolicy, type CheckResult } from '../../src/core';
import { compilePhrase, phraseProblem } from '../../src/core/text/phrases';

/** Property tests over random drafts: never throws, same input same output, every range inside its text. */
const people = [
  { name: 'Siân Prys-Jones', email: 'cllr.sian@sir.gov.uk', role: 'councillor', party: 'Plaid Cymru' },
  { name: "Gareth O'Connell", email: 'gareth@sir.gov.uk', role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true },
  { name: 'Rose Green', email: 'rose@sir.gov.uk', role: 'officer' },
  { name: 'Llinos Mai', email: 'llinos@press.example', role: 'press' },
  { name: 'Aelodau', email: 'aelodau@sir.gov.uk', role: 'councillor', isGroup: true },
] as const;
const policy = parsePolicy({
  schemaVersion: 1,
  directory: { internalDomains: ['sir.gov.uk'], pressDomains: ['press.example'], people },
});
if (!policy.ok) throw new Error('bad policy');
const checker = createChecker(policy.value);

const addresses = fc.constantFrom(
  ...people.map((p) => ({ name: p.name, email: p.email })),
  { email: 'someone@gmail.com' },
  { name: 'Cllr Unknown' },
  { email: 'contractor@firm.example' },
);
const words = fc.constantFrom(
  'Siân', 'Prys-Jones', "O'Connell's", 'Gareth', 'Rose', 'Green', 'incompetent', 'withdraw', 'the', 'report', 'I', 'need', 'you', 'to', 'by', '5pm', 'today',
  'CONFIDENTIAL', 'Part', '2', 'leaflet', 'Plaid', 'Cymru', 'my', 'brother', 'planning', 'make', 'sure', '.', '?', '\n', 'From:', 'Sent:', 'To:', 'On', 'wrote:', '>',
  'Cllr', 'Y', 'Cynghorydd', 'accept', 'your', 'quotation', 'ŵ', 'ŷ', '’', '-', '', 'NO', 'EXCUSES', '<b>', '&amp;', '\u0301', '\uD83D\uDE00',
);
const body = fc.oneof(fc.array(words, { maxLength: 80 }).map((w) => w.join(' ')), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const message = fc.record({
  channel: fc.constantFrom('email', 'chat'),
  from: addresses,
  sentOnBehalfOf: fc.option(addresses, { nil: undefined }),
  to: fc.array(addresses, { maxLength: 3 }),
  cc: fc.array(addresses, { maxLength: 2 }),
  bcc: fc.array(addresses, { maxLength: 2 }),
  subject: fc.oneof(fc.constant('RE: Part 2 report'), fc.string({ maxLength: 40 })),
  body,
});

describe('the engine over random drafts', () => {
  it('never throws, and gives the same answer twice', () => {
    fc.assert(
      fc.property(message, fc.constantFrom('en' as const, 'cy' as const), (m, lang) => {
        const a = checker.check(m, { lang });
        const b = checker.check(JSON.parse(JSON.stringify(m)), { lang });
        expect(JSON.stringify(a.ok ? a.findings : a.problems)).toBe(JSON.stringify(b.ok ? b.findings : b.problems));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every evidence range inside its text, and its words at that range', () => {
    fc.assert(
      fc.property(message, (m) => {
        const result = checker.check(m);
        if (!result.ok) return;
        for (const f of result.findings) {
          for (const e of f.evidence) {
            if (e.start === undefined || e.end === undefined) {
              expect(['to', 'cc', 'bcc']).toContain(e.field);
              continue;
            }
            const text = e.field === 'subject' ? result.draft.subject : result.draft.body;
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.start).toBeLessThanOrEqual(e.end);
            expect(text.slice(e.start, e.end)).toBe(e.text);
          }
          expect(['block', 'warn', 'info']).toContain(f.severity);
          expect(f.explanation).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on input that is not a message at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = checker.check(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

/** Issue 9: random phrases, random policies, bodies up to 1 MB. */
const PHRASE_WORDS = ['must', 'the', 'report', 'withdraw*', 'accept', 'quote', 'today', 'you', '*', '#', '...', '!!!', 'e.g.', 'a/b', "o'", 'siân', '-'];
const phrase = fc.array(fc.constantFrom(...PHRASE_WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
const ROLE_NAMES = ['councillor', 'officer', 'political-assistant', 'press', 'external'] as const;
const randomPolicy = fc.record({
  customRules: fc.array(
    fc.record({
      phrases: fc.array(phrase, { maxLength: 4 }),
      recipientRoles: fc.subarray([...ROLE_NAMES]),
      scope: fc.constantFrom('body', 'subject', 'both'),
    }),
    { maxLength: 4 },
  ),
  addDeadlines: fc.array(phrase, { maxLength: 3 }),
  disabled: fc.subarray(['bullying-language', 'report-pressure', 'silent-copy']),
});

/** A body of up to `max` characters: default phrases, random words, capitals, line endings of either kind. */
function bodyOf(max: number) {
  const pool = Object.values(DEFAULT_PHRASES).flatMap((lists) => Object.values(lists).flatMap((l) => l.en.slice(0, 6)));
  const piece = fc.oneof(fc.constantFrom(...pool), words, fc.constantFrom('YOU WILL DO THIS NOW', '\r\n', '\n', '. ', '? ', 'From: <a@a@', '((('));
  return fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: Math.max(1, Math.floor(max / 200)) }))
    .map(([parts, times]) => {
      const unit = parts.join(' ');
      return unit.repeat(Math.max(1, Math.min(times, Math.floor(max / Math.max(1, unit.length))))).slice(0, max);
    });
}

function policyFrom(p: { customRules: Array<{ phrases: string[]; recipientRoles: string[]; scope: string }>; addDeadlines: string[]; disabled: string[] }) {
  const usable = (list: string[]) => list.filter((x) => phraseProblem(x) === undefined);
  return parsePolicy({
    schemaVersion: 1,
    directory: { internalDomains: ['sir.gov.uk'], pressDomains: ['press.example'], people },
    rules: {
      'bullying-language': { addPhrases: { deadlines: usable(p.addDeadlines) } },
      ...Object.fromEntries(p.disabled.map((id) => [id, { enabled: false }])),
    },
    customRules: p.customRules.map((r, i) => ({ id: `custom-${i}`, title: { en: `Custom ${i}` }, explanation: { en: 'A custom rule.' }, phrases: { en: usable(r.phrases) }, recipientRoles: r.recipientRoles, scope: r.scope })),
  });
}

function assertSound(result: CheckResult, body: string) {
  if (!result.ok) throw new Error('a generated message did not parse');
  expect(result.work.steps).toBeLessThanOrEqual(result.work.budget);
  if (result.work.steps === result.work.budget) expect(result.incomplete?.reasons).toContain('work-budget');
  expect(result.ruleErrors).toEqual([]);
  expect(result.draft.body).toBe(body);
  for (const f of result.findings) {
    expect(typeof f.messageId).toBe('string');
    expect(f.evidence.filter((e) => e.start !== undefined).length).toBeLessThanOrEqual(25);
    for (const e of f.evidence) {
      if (e.start === undefined || e.end === undefined) continue;
      const source = e.field === 'subject' ? result.draft.subject : body;
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('the engine over random policies, phrases and large bodies', () => {
  it('accepts a random phrase or refuses it naming its path, and never compiles one it refused', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const parsed = parsePolicy({ schemaVersion: 1, customRules: [{ id: 'c', title: { en: 'c' }, explanation: { en: 'c' }, phrases: { en: [text] } }] });
        const problem = phraseProblem(text);
        expect(parsed.ok).toBe(problem === undefined);
        if (!parsed.ok) expect(parsed.problems.map((x) => x.path)).toEqual(['customRules[0].phrases.en[0]']);
        expect(compilePhrase(text, 'l') === undefined).toBe(problem !== undefined);
        expect(policyFrom({ customRules: [{ phrases: [text], recipientRoles: [], scope: 'both' }], addDeadlines: [text], disabled: [] }).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays inside the work budget, answers the same twice, and keeps every range in the body as given (up to 100 KB)', () => {
    fc.assert(
      fc.property(randomPolicy, bodyOf(100 * 1024), message, fc.integer({ min: 1000, max: 400000 }), (p, body, m, budget) => {
        const parsed = policyFrom(p);
        if (!parsed.ok) throw new Error('policy');
        const local = createChecker(parsed.value);
        const input = { ...m, body };
        const a = local.check(input, { workBudget: budget });
        const b = local.check(JSON.parse(JSON.stringify(input)), { workBudget: budget });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        assertSound(a, body);
      }),
      { numRuns: 40 },
    );
  });

  it('does the same on bodies up to 1 MB with the default budget', () => {
    fc.assert(
      fc.property(randomPolicy, bodyOf(1024 * 1024), message, (p, body, m) => {
        const parsed = policyFrom(p);
        if (!parsed.ok) throw new Error('policy');
        const local = createChecker(parsed.value);
        const a = local.check({ ...m, body });
        assertSound(a, body);
        expect(JSON.stringify(local.check({ ...m, body }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 6 },
    );
  });
});
