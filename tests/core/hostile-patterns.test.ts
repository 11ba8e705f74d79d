import fc from 'fast-check';
import { buildDraft, createChecker, parseDirectory, parseMessage, parsePolicy, ROSTER_EMAIL } from '../../src/core';
import { isNotesAddressLine } from '../../src/core/draft/notes-address';
import { hasDottedDomain } from '../../src/core/draft/quoted-history';
import { loadBatches, loadRealMail } from '../../src/devtools/learn/corpus';
import { ATTRIBUTION, NOTES_DATE_LINE, REPLY_SUBJECT } from '../../src/core/draft/header-labels';
import { PHONE_NUMBER } from '../../src/core/zones/footers';
import { isEmailAddress } from '../../src/console/roster/cell-values';
import { looksLikeAddress } from '../../src/teams/model/recipients';

/**
 * The patterns that read quoted headers and addresses, on hostile input. Each replacement below
 * is checked two ways: it gives the answer of the pattern it replaced (on random strings, where
 * the old pattern is still quick, and on every line of the corpus and ../shared/realmail, so the
 * zoning of real mail is unchanged), and on a hostile line of half a megabyte it gives the right
 * answer (the old patterns took minutes to hours there, so a slow one would never finish).
 */

// The patterns as they were, kept here only as the reference the replacements must agree with.
const OLD_NOTES_ADDRESS_LINE = /^\s*[^\s:<>][^:<>]{0,80}?(?:\/[^\s/@]+)*@[A-Za-z][\w.-]*(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}.*)?\s*$/;
const OLD_DOTTED_DOMAIN = /@[^\s]*\./;
const OLD_ROSTER_EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const OLD_TEAMS_EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
const OLD_ATTRIBUTION = /^\s*(?:on|ar)\s+(.+?)\s+(?:wrote|ysgrifennodd)\s*:\s*$/i;
const OLD_NOTES_DATE_LINE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*$/i;
const OLD_REPLY_SUBJECT = /^\s*(?:re|ateb|atb|aw|sv|antw)\s*(?:\[\d+\])?\s*:/i;
const OLD_PHONE_NUMBER = /\d{4,}\s?\d{3,}/;

/** Strings over the characters these patterns care about. */
const hostileText = (max: number) =>
  fc
    .array(fc.constantFrom('a', 'B', 'z', ' ', '\t', '/', '@', ':', '<', '>', '.', '-', '_', '1', '0', '9', ',', ';', '\u2028', '\n', 'é', ' 1/2/34', 'Jane Smith/HOU/EES@EES', ' 10/18/99 07:08 AM'), { maxLength: max })
    .map((parts) => parts.join(''));

/** Every line of every body in the corpus and, when it is beside the project, ../shared/realmail. */
let lines: string[] | undefined;
function realLines(): string[] {
  return (lines ??= readRealLines());
}
function readRealLines(): string[] {
  const bodies: string[] = [];
  for (const kind of ['train', 'test'] as const) for (const batch of loadBatches(kind)) for (const m of batch.messages) bodies.push(String(m.message.body ?? ''));
  for (const m of loadRealMail()?.messages ?? []) bodies.push(String((m.message as { body?: unknown }).body ?? ''));
  return bodies.flatMap((b) => b.replace(/\r\n?/g, '\n').split('\n'));
}

function draftOf(body: string, subject = '') {
  const parsed = parseMessage({ from: { email: 'a@council.gov.uk' }, to: [{ email: 'b@council.gov.uk' }], subject, body });
  if (!parsed.ok) throw new Error('bad message');
  return buildDraft(parsed.value);
}

const HALF_MB = 512 * 1024 - 4096;

describe('the Notes sender line (Jane Smith/Planning/Council@Council)', () => {
  it('is read as the old pattern read it, on random lines', () => {
    fc.assert(
      fc.property(hostileText(40), (line) => isNotesAddressLine(line) === OLD_NOTES_ADDRESS_LINE.test(line)),
      { numRuns: 20000 },
    );
  });

  it('is read as the old pattern read it, on every line of the corpus and real mail', () => {
    const lines = realLines().filter((l) => l.includes('@'));
    expect(lines.length).toBeGreaterThan(1000);
    const differ = lines.filter((l) => isNotesAddressLine(l) !== OLD_NOTES_ADDRESS_LINE.test(l));
    expect(differ).toEqual([]);
    // The corpus does hold Notes sender lines (a few; real mail, when beside the project, many),
    // so the agreement covers both answers.
    expect(lines.filter((l) => isNotesAddressLine(l)).length).toBeGreaterThan(loadRealMail() ? 10 : 2);
  });

  it.each([
    ['Jane Smith/Planning/Council@Council', true],
    ['Karen Denne@ENRON', true],
    ['Steven J Kean/HOU/EES@EES 10/17/2001 10:32 AM', true],
    ['From: Jane <jane@council.gov.uk>', false],
    ['see jane@council.gov.uk: today', false],
  ])('%s -> %s', (line, expected) => {
    expect(isNotesAddressLine(line)).toBe(expected);
  });

  it('reads each character a bounded number of times on hostile lines (steps grow with the length, not its square)', () => {
    const shapes: Array<(n: number) => string> = [
      (n) => 'a' + '/b'.repeat(n / 2) + ' @x', // a long chain of routing parts (the old pattern walked it 40 times)
      (n) => 'a' + '/'.repeat(n) + '@b',
      (n) => 'a@b 1/1/11' + ' '.repeat(n) + '\u2028x', // the tail's ".*\s*$" with a line terminator
      (n) => '@'.repeat(n) + 'a',
      (n) => 'a@a '.repeat(n / 4) + '1/1/11',
      (n) => 'x'.repeat(70) + '/y'.repeat(n / 2) + '@',
    ];
    for (const shape of shapes) {
      const small = { count: 0 };
      const large = { count: 0 };
      const a = isNotesAddressLine(shape(20_000), small);
      const b = isNotesAddressLine(shape(200_000), large);
      expect(b).toBe(a);
      expect(large.count).toBeLessThanOrEqual(small.count * 10 * 1.05 + 1000);
      expect(large.count).toBeLessThanOrEqual(6 * 200_000 + 10_000);
    }
  });
});

describe('an "@" with a "." after it (a Notes routing name or a mailbox)', () => {
  it('agrees with the old pattern on random strings', () => {
    fc.assert(fc.property(hostileText(60), (s) => hasDottedDomain(s) === OLD_DOTTED_DOMAIN.test(s)), { numRuns: 20000 });
  });

  it('reads a quoted To: line of half a megabyte of "@" and keeps the recipient', () => {
    const at = 'x' + '@'.repeat(HALF_MB);
    const draft = draftOf(`Thanks.\n\nFrom: Ann Wyn <ann@council.gov.uk>\nTo: ${at}\nSubject: Bins\n\nText`);
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].author?.email).toBe('ann@council.gov.uk');
    // A name with no "." after its "@" is a Notes routing name: the part before the "@".
    expect(draft.quoted[0].to).toEqual([{ name: 'x' }]);
  });
});

describe('a roster address', () => {
  it('is accepted exactly when the old pattern accepted it, in the directory, the console and Teams', () => {
    fc.assert(
      fc.property(hostileText(30), (s) => {
        expect(ROSTER_EMAIL.test(s)).toBe(OLD_ROSTER_EMAIL.test(s));
        expect(isEmailAddress(s)).toBe(OLD_ROSTER_EMAIL.test(s));
        expect(looksLikeAddress(s)).toBe(OLD_TEAMS_EMAIL.test(s.trim()));
      }),
      { numRuns: 20000 },
    );
  });

  it('refuses an address of half a megabyte of dots with the usual error, and takes a long good one', () => {
    const dots = 'a@' + '.'.repeat(HALF_MB) + '@';
    const bad = parseDirectory({ people: [{ name: 'Dot Dot', email: dots, role: 'officer' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ path: 'people[0].email' });
    expect(isEmailAddress('a@' + '.'.repeat(HALF_MB) + ' ')).toBe(false);
    expect(looksLikeAddress('a@' + '.'.repeat(HALF_MB) + ',')).toBe(false);
    const good = parseDirectory({ people: [{ name: 'Long Domain', email: 'a@' + 'b.'.repeat(HALF_MB / 2) + 'uk', role: 'officer' }] });
    expect(good.ok).toBe(true);
  });
});

describe('attribution, Notes date, reply subject and phone number patterns', () => {
  const lineText = fc
    .array(fc.constantFrom('On', 'on ', 'Ar ', ' ', '  ', '\t', 'Mon,', 'Ann', 'wrote', 'ysgrifennodd', ':', 'x', '1', '12', '/', '10:32', 'AM', 'pm', 'Re', 'ateb', '[2]', '1234', '567', '\u00a0'), { maxLength: 14 })
    .map((parts) => parts.join(''));

  it('each agrees with the pattern it replaced (the attribution on white space run together, as it is read, capture included)', () => {
    fc.assert(
      fc.property(lineText, (raw) => {
        const line = raw.replace(/\s+/g, ' ');
        expect(ATTRIBUTION.exec(line)?.[1]).toBe(OLD_ATTRIBUTION.exec(line)?.[1]);
        expect(NOTES_DATE_LINE.test(raw)).toBe(OLD_NOTES_DATE_LINE.test(raw));
        expect(REPLY_SUBJECT.test(raw)).toBe(OLD_REPLY_SUBJECT.test(raw));
        expect(PHONE_NUMBER.test(raw)).toBe(OLD_PHONE_NUMBER.test(raw));
      }),
      { numRuns: 20000 },
    );
    for (const line of realLines()) {
      const joined = line.replace(/\s+/g, ' ');
      if (ATTRIBUTION.exec(joined)?.[1] !== OLD_ATTRIBUTION.exec(joined)?.[1]) throw new Error(`attribution differs: ${line}`);
      if (line.length < 200 && NOTES_DATE_LINE.test(line) !== OLD_NOTES_DATE_LINE.test(line)) throw new Error(`Notes date differs: ${line}`);
      if (line.length < 200 && PHONE_NUMBER.test(line) !== OLD_PHONE_NUMBER.test(line)) throw new Error(`phone differs: ${line}`);
    }
  });

  it('each answers on half a megabyte of white space inside a line', () => {
    const spaces = ' '.repeat(HALF_MB);
    expect(ATTRIBUTION.test('On x' + spaces + 'y')).toBe(false);
    expect(ATTRIBUTION.exec('On' + spaces + 'Mon, Ann' + spaces + 'wrote' + spaces + ':' + spaces)?.[1]).toBe('Mon, Ann');
    expect(NOTES_DATE_LINE.test('10/18/99 07:08' + spaces + 'x')).toBe(false);
    expect(NOTES_DATE_LINE.test('10/18/99 07:08' + spaces + 'AM' + spaces)).toBe(true);
    expect(REPLY_SUBJECT.test('Re' + spaces + 'x')).toBe(false);
    expect(PHONE_NUMBER.test('1234'.repeat(HALF_MB / 8) + ' x')).toBe(true);
    expect(PHONE_NUMBER.test('123 '.repeat(HALF_MB / 4))).toBe(false);
    // As the engine reads them: a Notes sender, then a date line of spaces, then the header.
    const draft = draftOf('Hi.\n\nJane Smith/HOU/EES@EES\n10/18/99 07:08' + spaces + 'AM\nTo: Bob Lee\nSubject: x\n\nText', 'Re' + ' '.repeat(1990) + ': x');
    expect(draft.quoted[0].author).toEqual({ name: 'Jane Smith' });
    expect(draft.isReply).toBe(true);
  });
});

describe('quoted-history and zone patterns on hostile bodies of half a megabyte', () => {
  const policy = parsePolicy({ schemaVersion: 1, directory: { internalDomains: ['council.gov.uk'], people: [{ name: 'Gwen Lewis', email: 'gwen@council.gov.uk', role: 'officer' }, { name: 'Ann Wyn', email: 'a@council.gov.uk', role: 'councillor' }] } });
  if (!policy.ok) throw new Error('bad policy');
  const checker = createChecker(policy.value);

  const bodies: Array<[string, string]> = [
    ['one line of "@"', '@'.repeat(HALF_MB)],
    ['one line of "<"', 'From: ' + '<'.repeat(HALF_MB)],
    ['one line of spaces between words', 'On x' + ' '.repeat(HALF_MB) + 'y'],
    ['a Notes sender of routing parts', 'a' + '/b'.repeat(HALF_MB / 2) + ' @x\nTo: Bob\ncc: Di'],
    ['a Notes sender with a long date tail', 'Jane Smith/HOU/EES@EES 10/17/2001' + ' '.repeat(HALF_MB) + 'x\nTo: Bob\nSubject: Hi'],
    ['one line of "-----"', '-'.repeat(HALF_MB)],
    ['"-----" separator lines', '-----Original Message-----\n'.repeat(HALF_MB / 27)],
    ['"From:" repeated on one line', 'From: '.repeat(HALF_MB / 6)],
    ['"From:" lines, one after another', 'From: a\n'.repeat(HALF_MB / 8)],
    ['header blocks, one after another', 'From: a@b.c\nTo: d@e.f\n'.repeat(HALF_MB / 22)],
    ['"On ... wrote:" lines', 'On Mon, Ann wrote:\n> x\n'.repeat(HALF_MB / 23)],
    ['a byline with spaces', 'By Rebecca' + ' '.repeat(HALF_MB) + 'x'],
    ['a dateline with spaces', 'CARDIFF,' + ' '.repeat(HALF_MB) + 'x'],
    ['copyright marks', '(c) '.repeat(HALF_MB / 4)],
    ['a contact block of digits', 'Kind regards\n' + '1234 '.repeat(HALF_MB / 5)],
    ['a one-line megabyte paragraph', 'intended recipient '.repeat(HALF_MB / 19)],
  ];

  it.each(bodies)('zones %s end to end, and the check stays inside its work budget', (_name, body) => {
    const draft = draftOf(body);
    // The zones cover the text end to end, in order.
    let at = 0;
    for (const z of draft.zones) {
      expect(z.start).toBe(at);
      at = z.end;
    }
    expect(at).toBe(draft.text.length);
    const result = checker.check({ from: { email: 'a@council.gov.uk' }, to: [{ email: 'gwen@council.gov.uk' }], subject: 'Re: x', body });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.ruleErrors).toEqual([]);
      expect(result.incomplete?.reasons ?? []).not.toContain('work-budget');
    }
  });

  it('reads the hostile Notes block as the Notes header it is', () => {
    const draft = draftOf('Hello.\n\nJane Smith/HOU/EES@EES 10/17/2001' + ' '.repeat(10_000) + '10:32 AM\nTo: Bob Lee\nSubject: Hi\n\nText');
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].author).toEqual({ name: 'Jane Smith' });
    expect(draft.quoted[0].to).toEqual([{ name: 'Bob Lee' }]);
  });
});
