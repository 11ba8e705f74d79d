import { distinctEvidence } from '../../src/ui/findings/distinct-evidence';
import { fitReplacement } from '../../src/ui/fixes/fit-replacement';
import { recordSentence } from '../../src/ui/decision/record-sentence';
import { applyTextFix } from '../../src/outlook/fixes/text-fix';
import type { Evidence } from '../../src/core/types';

describe('evidence shown once', () => {
  it('drops a piece inside another at the same place, and the same words twice', () => {
    const e: Evidence[] = [
      { field: 'body', start: 10, end: 18, text: 'withdraw' },
      { field: 'body', start: 10, end: 22, text: 'withdraw the' },
      { field: 'body', start: 40, end: 65, text: 'change the recommendation' },
      { field: 'body', start: 90, end: 115, text: 'Change the recommendation' },
      { field: 'subject', start: 0, end: 8, text: 'withdraw' },
    ];
    expect(distinctEvidence(e).map((x) => `${x.field}:${x.text}`)).toEqual(['body:withdraw the', 'body:change the recommendation', 'subject:withdraw']);
  });
  it('keeps different recipients apart', () => {
    const e: Evidence[] = [
      { field: 'bcc', text: 'Ann', address: { name: 'Ann', email: 'ann@x.gov.uk' } },
      { field: 'bcc', text: 'Ann', address: { name: 'Ann', email: 'ann.other@x.gov.uk' } },
    ];
    expect(distinctEvidence(e)).toHaveLength(2);
  });
});

describe('a replacement at a sentence start', () => {
  it('starts with a capital there, and nowhere else', () => {
    expect(fitReplacement('Colleagues,\n\n', 'the Highways Inspector')).toBe('The Highways Inspector');
    expect(fitReplacement('It was late. ', 'the inspector')).toBe('The inspector');
    expect(fitReplacement('', 'the inspector')).toBe('The inspector');
    expect(fitReplacement('I think ', 'the inspector')).toBe('the inspector');
    expect(fitReplacement('Dw i’n meddwl. ', 'yr arolygydd')).toBe('Yr arolygydd');
  });
  it('is applied by the text fix', () => {
    const body = 'Colleagues,\n\nIoan Gruffydd’s inspection was poor.';
    const start = body.indexOf('Ioan Gruffydd');
    const fixed = applyTextFix(body, body, { kind: 'replace-text', label: 'x', start, end: start + 'Ioan Gruffydd'.length, replacement: 'the Highways Inspector' });
    expect(fixed).toBe('Colleagues,\n\nThe Highways Inspector’s inspection was poor.');
  });
});

describe('the audit record as a sentence', () => {
  it('names the rules and the reason in plain words, in English and Welsh', () => {
    const en = recordSentence({ result: 'sent-anyway', warned: ['silent-copy'], reason: 'Agreed; with the leader' }, 'en');
    expect(en).toContain('Silent copy to a councillor');
    expect(en).toContain('“Agreed; with the leader”');
    expect(en).not.toMatch(/result=|%3B|X-Protocol-Guard/);
    expect(recordSentence({ result: 'allow' }, 'cy')).toMatch(/Protocol Guard/);
    expect(recordSentence({ result: 'warn', warned: ['silent-copy', 'media-dispute'] }, 'en')).toMatch(/ and /);
  });
});
