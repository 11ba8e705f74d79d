import { createChecker, DEFAULT_PHRASES, parsePolicy, RULES, type ResolvedPolicy } from '../../src/core';
import { compareUnderPolicies, movementBetween } from '../../src/console/bench/compare-findings';
import { describeChanges } from '../../src/console/publish/change-summary';
import { buildExport, readPolicyText } from '../../src/console/publish/export-policy';
import { changeSentences } from '../../src/console/publish/summary-text';
import { en } from '../../src/console/i18n/strings-en';
import { setPhrases, setProtocolText, setRuleEnabled, setRuleOption, setRuleSeverity, upsertCustomRule } from '../../src/console/state/policy-edits';
import type { PolicyFile } from '../../src/console/state/policy-file';

const directory = {
  organisation: 'Bryn Teg',
  internalDomains: ['brynteg.gov.uk'],
  people: [
    { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk', role: 'councillor' as const, party: 'Labour' },
    { name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk', role: 'officer' as const, jobTitle: 'Head of Planning' },
  ],
};
const base: PolicyFile = { schemaVersion: 1, directory };

function resolved(p: PolicyFile): ResolvedPolicy {
  const r = parsePolicy(p);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const customRule = {
  id: 'planning-lobbying',
  title: { en: 'Planning lobbying' },
  explanation: { en: 'Do not lobby planning officers.' },
  severity: 'warn' as const,
  phrases: { en: ['grant the application'] },
  senderRoles: ['councillor' as const],
  recipientRoles: ['officer' as const],
};

const lobbying = {
  channel: 'email',
  from: { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk' },
  to: [{ name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk' }],
  subject: 'Heol Fawr',
  body: 'Please grant the application for my neighbour.',
};
const ordinary = { ...lobbying, body: 'Thank you for the update on the library opening hours.' };

describe('policy edits', () => {
  it('keeps the file minimal: defaults are not written out', () => {
    const id = RULES[0].header.id;
    const def = RULES[0].header.defaultSeverity;
    const off = setRuleEnabled(base, id, false);
    expect(off.rules?.[id]).toEqual({ enabled: false });
    expect(setRuleEnabled(off, id, true).rules?.[id]).toBeUndefined();
    const other = def === 'block' ? 'warn' : 'block';
    expect(setRuleSeverity(base, id, other, def).rules?.[id]).toEqual({ severity: other });
    expect(setRuleSeverity(base, id, def, def).rules?.[id]).toBeUndefined();
    expect(base.rules).toBeUndefined();
  });
  it('sets protocol wording and phrase lists that the engine then uses', () => {
    const id = 'partisan-request';
    const list = Object.keys(DEFAULT_PHRASES[id])[0];
    const current = resolved(base).rules[id].phrases[list];
    let p = setProtocolText(base, id, 'cy', 'Geiriad y cyngor');
    p = setPhrases(p, id, list, 'en', [...current.en, 'rosette'], current);
    const r = resolved(p);
    expect(r.rules[id].protocolText?.cy).toBe('Geiriad y cyngor');
    expect(r.rules[id].phrases[list].en).toContain('rosette');
    expect(r.rules[id].phrases[list].cy).toEqual(current.cy);
    // Back to the defaults: the list leaves the file.
    const back = setPhrases(p, id, list, 'en', current.en, resolved(p).rules[id].phrases[list]);
    expect(back.rules?.[id]?.phrases).toBeUndefined();
  });
});

describe('bench comparison', () => {
  const published = createChecker(resolved(base));
  const withCustom = upsertCustomRule(base, customRule);

  it('reports which messages newly warn and the counts per rule', () => {
    const report = compareUnderPolicies(
      [{ id: '1', name: 'lobbying.json', message: lobbying }, { id: '2', name: 'ordinary.json', message: ordinary }],
      published,
      createChecker(resolved(withCustom)),
      'en',
    );
    expect(report.messages.map((m) => m.movement)).toEqual(['newly-warns', 'same']);
    expect(report.rules.find((r) => r.ruleId === 'planning-lobbying')).toMatchObject({ before: 0, after: 1 });
    expect(report.totals['newly-warns']).toBe(1);
  });
  it('sees a warn that becomes a block, and a warning that stops', () => {
    const blocking = upsertCustomRule(base, { ...customRule, severity: 'block' });
    const r1 = compareUnderPolicies([{ id: '1', name: 'x', message: lobbying }], createChecker(resolved(withCustom)), createChecker(resolved(blocking)), 'en');
    expect(r1.messages[0].movement).toBe('now-blocks');
    const r2 = compareUnderPolicies([{ id: '1', name: 'x', message: lobbying }], createChecker(resolved(withCustom)), published, 'en');
    expect(r2.messages[0].movement).toBe('stops-warning');
  });
  it('reports a message it cannot read instead of dropping it', () => {
    const r = compareUnderPolicies([{ id: '1', name: 'bad.json', message: { to: [] } }], published, published, 'en');
    expect(r.messages[0].movement).toBe('unreadable');
    expect(r.messages[0].problems?.length).toBeGreaterThan(0);
  });
  it('classifies decisions', () => {
    expect(movementBetween({ decision: 'block', findings: [] }, { decision: 'warn', findings: [] })).toBe('now-only-warns');
  });
});

describe('change summary and export', () => {
  it('describes what changed in plain words', () => {
    const id = 'media-dispute';
    let after = setRuleEnabled(base, id, false);
    after = setRuleOption(after, 'partisan-request', 'restrictedSeverity', 'warn', 'block');
    after = upsertCustomRule(after, customRule);
    after = { ...after, directory: { ...directory, people: [...directory.people, { name: 'Ffion Jones', email: 'ffion@walesonline.co.uk', role: 'press' as const }] } };
    const changes = describeChanges(resolved(base), resolved(after));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'rule-off', ruleId: id },
        { kind: 'custom-added', ruleId: 'planning-lobbying' },
        { kind: 'people-added', count: 1 },
        { kind: 'option', ruleId: 'partisan-request', key: 'restrictedSeverity', from: 'block', to: 'warn' },
      ]),
    );
    const sentences = changeSentences(changes, en, (x) => x, (_r, l) => l);
    expect(sentences.some((s) => s.includes(id) && s.includes('off'))).toBe(true);
    expect(sentences.some((s) => s.includes('partisan-request') && s.includes('Block → Warn'))).toBe(true);
  });
  it('exports a stamped file the engine accepts, and refuses one it would not', () => {
    const out = buildExport(upsertCustomRule(base, customRule), new Date('2026-11-22T12:00:00Z'), 'New rule.', 'Nia');
    expect(out.ok).toBe(true);
    expect(out.file).toMatchObject({ schemaVersion: 1, publishedAt: '2026-11-22T12:00:00.000Z', changeSummary: 'New rule.', publishedBy: 'Nia' });
    expect(parsePolicy(JSON.parse(out.text!)).ok).toBe(true);
    const bad = buildExport({ ...base, rules: { 'partisan-request': { severity: 'loud' as never } } }, new Date(), '');
    expect(bad.ok).toBe(false);
    expect(bad.problems[0].path).toBe('rules.partisan-request.severity');
  });
  it('reads an imported policy, naming the field that is wrong', () => {
    expect(readPolicyText('{').ok).toBe(false);
    const r = readPolicyText(JSON.stringify({ schemaVersion: 1, rules: { 'silent-copy': { severity: 'loud' } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('rules.silent-copy.severity');
    expect(readPolicyText(JSON.stringify(base)).ok).toBe(true);
  });
});
