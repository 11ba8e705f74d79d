import { DEFAULT_PHRASES, createChecker, parsePolicy, policyJsonSchema, problemsToLine, RULES, RULE_IDS } from '../../src/core';

const directory = {
  internalDomains: ['tref.gov.uk'],
  people: [
    { name: 'Ann Wyn', email: 'cllr.ann@tref.gov.uk', role: 'councillor' },
    { name: 'Bob Lee', email: 'bob@tref.gov.uk', role: 'officer', politicallyRestricted: true },
  ],
};

const custom = (id: string, en = ['live application']) => ({ id, title: { en: id }, explanation: { en: 'Do not.' }, phrases: { en } });

describe('the policy', () => {
  it('needs only schemaVersion, and fills every default', () => {
    const parsed = parsePolicy({ schemaVersion: 1 });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    expect(Object.keys(parsed.value.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) {
      const config = parsed.value.rules[rule.header.id];
      expect(config.enabled).toBe(true);
      expect(config.severity).toBe(rule.header.defaultSeverity);
      expect(Object.keys(config.phrases).sort()).toEqual(Object.keys(DEFAULT_PHRASES[rule.header.id]).sort());
    }
    expect(parsed.value.directory.people).toEqual([]);
  });

  it.each([
    [{ schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } }, 'rules.partisan-request.severity', 'expected one of block, warn, info'],
    [{ schemaVersion: 2 }, 'schemaVersion', 'expected one of 1, got 2'],
    [{}, 'schemaVersion', 'expected'],
    [{ schemaVersion: 1, rules: { 'no-such-rule': {} } }, 'rules', 'unknown field no-such-rule'],
    [{ schemaVersion: 1, rules: { 'media-dispute': { phrases: { nope: { en: ['x'] } } } } }, 'rules.media-dispute.phrases', ''],
    [{ schemaVersion: 1, directory: { people: [{ name: 'A', email: 'not-an-address', role: 'officer' }] } }, 'directory.people[0].email', 'email address'],
    [{ schemaVersion: 1, directory: { people: [{ name: 'A', role: 'mayor' }] } }, 'directory.people[0].role', 'councillor'],
    [{ schemaVersion: 1, rules: { 'bullying-language': { addPhrases: { deadlines: ['* today'] } } } }, 'rules.bullying-language.addPhrases.deadlines[0]', 'wildcard'],
    [{ schemaVersion: 1, customRules: [{ id: 'silent-copy', title: { en: 'x' }, explanation: { en: 'x' }, phrases: {} }] }, 'customRules[0].id', 'built-in'],
    ['not an object', '(root)', 'expected object'],
    [{ schemaVersion: 1, rules: { 'bullying-language': { options: { shoutingMinWords: 25 } } } }, 'rules.bullying-language.options.shoutingMinWords', 'expected at most 20, got 25'],
    [{ schemaVersion: 1, directory: { people: [{ name: '  ', role: 'officer' }] } }, 'directory.people[0].name', 'a person needs a name'],
    // Issue 9: what the policy accepted without complaint.
    [{ schemaVersion: 1, customRules: [custom('lobbying'), custom('lobbying')] }, 'customRules[1].id', 'already the id of customRules[0]'],
    [
      { schemaVersion: 1, directory: { people: [{ name: 'Ann Wyn', email: 'ann@tref.gov.uk', role: 'councillor' }, { name: 'Ann Wyn', email: 'Ann@tref.gov.uk', role: 'officer' }] } },
      'directory.people[1].email',
      'already used by directory.people[0] (councillor there, officer here)',
    ],
    [{ schemaVersion: 1, monitoringOfficer: { email: 'not-an-address' } }, 'monitoringOfficer.email', 'expected an email address'],
    [{ schemaVersion: 1, customRules: [custom('bangs', ['!!!'])] }, 'customRules[0].phrases.en[0]', 'can never match'],
    [{ schemaVersion: 1, customRules: [custom('gaps', ['must ... ... ... ... ... ... ... ... ... zzz'])] }, 'customRules[0].phrases.en[0]', '9 gaps'],
    [{ schemaVersion: 1, rules: { 'media-dispute': { addPhrases: { dispute: ['a ... b ... c ... d ... e'] } } } }, 'rules.media-dispute.addPhrases', 'at most 3'],
  ])('refuses a bad policy, naming the field (%#)', (input, path, words) => {
    const parsed = parsePolicy(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const line = problemsToLine(parsed.problems);
    expect(line).toContain(path);
    expect(line).toContain(words);
  });

  it('lets a monitoring officer add and remove phrases, and switch a rule off', () => {
    const parsed = parsePolicy({
      schemaVersion: 1,
      directory,
      rules: {
        'bullying-language': { addPhrases: { pressure: ['get a move on'] }, removePhrases: { deadlines: ['immediately'] } },
        'report-pressure': { enabled: false },
      },
    });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    const lists = parsed.value.rules['bullying-language'].phrases;
    expect(lists.pressure.en).toContain('get a move on');
    expect(lists.deadlines.en).not.toContain('immediately');
    expect(parsed.value.rules['report-pressure'].enabled).toBe(false);
    const checker = createChecker(parsed.value);
    const result = checker.check({
      from: { email: 'cllr.ann@tref.gov.uk' },
      to: [{ email: 'bob@tref.gov.uk' }],
      body: 'I need you to withdraw the report. Get a move on, I want it by 5pm today.',
    });
    if (!result.ok) throw new Error('bad');
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('report-pressure');
    expect(ids).toContain('bullying-language');
  });

  it("shows the council's own wording as the ground, in the user's language", () => {
    const parsed = parsePolicy({
      schemaVersion: 1,
      directory,
      rules: { 'partisan-request': { severity: 'info', options: { restrictedSeverity: 'warn' }, protocolText: { en: 'Para 4.2: officers are neutral.', cy: 'Para 4.2: mae swyddogion yn niwtral.' } } },
    });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    const checker = createChecker(parsed.value);
    const message = { from: { email: 'cllr.ann@tref.gov.uk' }, to: [{ email: 'bob@tref.gov.uk' }], body: 'Could you draft our Labour election leaflet?' };
    const en = checker.check(message, { lang: 'en' });
    const cy = checker.check(message, { lang: 'cy' });
    if (!en.ok || !cy.ok) throw new Error('bad');
    expect(en.findings[0].ground).toBe('Para 4.2: officers are neutral.');
    expect(cy.findings[0].ground).toBe('Para 4.2: mae swyddogion yn niwtral.');
    expect(en.findings[0].severity).toBe('warn');
    expect(cy.findings[0].explanation).not.toBe(en.findings[0].explanation);
  });

  it('runs custom phrase rules scoped by sender and recipient roles', () => {
    const parsed = parsePolicy({
      schemaVersion: 1,
      directory,
      customRules: [
        {
          id: 'planning-lobbying',
          title: { en: 'Lobbying on a live application', cy: 'Lobïo ar gais byw' },
          severity: 'warn',
          explanation: { en: 'Do not lobby officers on a live application.', cy: 'Peidiwch â lobïo swyddogion.' },
          phrases: { en: ['live application', 'wave it through'], cy: ['cais byw'] },
          senderRoles: ['councillor'],
          recipientRoles: ['officer'],
        },
      ],
    });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    const checker = createChecker(parsed.value);
    const hit = checker.check({ from: { email: 'cllr.ann@tref.gov.uk' }, to: [{ email: 'bob@tref.gov.uk' }], body: 'About the live application on Stryd Fawr.' });
    const wrongSender = checker.check({ from: { email: 'bob@tref.gov.uk' }, to: [{ email: 'cllr.ann@tref.gov.uk' }], body: 'About the live application on Stryd Fawr.' });
    if (!hit.ok || !wrongSender.ok) throw new Error('bad');
    const finding = hit.findings.find((f) => f.ruleId === 'planning-lobbying');
    expect(finding?.evidence[0]).toMatchObject({ field: 'body', start: 10, end: 26 });
    expect(wrongSender.findings.map((f) => f.ruleId)).not.toContain('planning-lobbying');
    expect(hit.decision).toEqual({ kind: 'warn', ruleIds: ['planning-lobbying'] });
  });

  it('labels every rule setting in both languages for the console', () => {
    for (const rule of RULES) {
      const defaults = rule.header.options ? Object.keys(rule.header.options.parse({}) as object) : [];
      for (const key of defaults) {
        expect(rule.header.optionLabels?.[key]?.en).toBeTruthy();
        expect(rule.header.optionLabels?.[key]?.cy).toBeTruthy();
      }
    }
  });

  it('generates a JSON Schema for editors from the same schema', () => {
    const schema = policyJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(['schemaVersion']);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'directory', 'rules', 'customRules']));
    expect(JSON.stringify(schema)).toContain('partisan-request');
  });
});
