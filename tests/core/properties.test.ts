import fc from 'fast-check';
import { createChecker, parsePolicy } from '../../src/core';

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
            const text = e.field === 'subject' ? result.draft.subject : result.draft.text;
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
