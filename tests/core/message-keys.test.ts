import { checkMessageKeys, createChecker, parseMessage, parsePolicy, suggestKey, MESSAGE_KEYS } from '../../src/core';

const base = { from: { email: 'will.parry@glannauteifi.gov.uk' }, to: [{ email: 'cllr.eirlys.bowen@glannauteifi.gov.uk' }], body: 'Dates attached.' };

describe('unknown keys in a message', () => {
  it.each([
    ['Bcc', 'bcc'],
    ['BCC', 'bcc'],
    ['Body', 'body'],
    ['form', 'from'],
    ['too', 'to'],
    ['subjet', 'subject'],
    ['sentOnBehalfof', 'sentOnBehalfOf'],
    ['bodyHTML', 'bodyHtml'],
  ])('%s is one letter or a case away from %s', (typo, key) => {
    expect(suggestKey(typo, MESSAGE_KEYS)).toBe(key);
  });

  it.each(['date', 'id', 'messageId', 'attachments', 'headers', 'threadId'])('%s is an exporter\'s key, not a misspelling', (key) => {
    expect(suggestKey(key, MESSAGE_KEYS)).toBeUndefined();
  });

  it('refuses a message that spells Bcc for bcc, with a suggestion, instead of dropping the silent copy', () => {
    const parsed = parseMessage({ ...base, Bcc: [{ email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' }] });
    expect(parsed).toEqual({ ok: false, problems: [{ path: 'Bcc', message: 'unknown field; did you mean "bcc"?' }] });
  });

  it('leaves out the problem the misspelling causes (a Body is not also "a message needs a body")', () => {
    const parsed = parseMessage({ from: base.from, to: base.to, Body: 'hello' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual([{ path: 'Body', message: 'unknown field; did you mean "body"?' }]);
  });

  it('looks inside addresses too: to[0].Email', () => {
    const parsed = parseMessage({ ...base, to: [{ Email: 'a@b.gov.uk' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual([{ path: 'to[0].Email', message: 'unknown field; did you mean "email"?' }]);
  });

  it('accepts a message with exporters\' keys and names each once, addresses collapsed', () => {
    const message = { ...base, id: 7, date: '2026-11-16', to: [{ email: 'a@b.gov.uk', type: 'to' }, { email: 'c@b.gov.uk', type: 'to' }] };
    expect(parseMessage(message).ok).toBe(true);
    expect(checkMessageKeys(message).ignored).toEqual(['id', 'date', 'to[].type']);
    expect(checkMessageKeys(message).problems).toEqual([]);
  });

  it('the checker reports the misspelling as a problem, not a clean result', () => {
    const policy = parsePolicy({ schemaVersion: 1 });
    if (!policy.ok) throw new Error('bad policy');
    const result = createChecker(policy.value).check({ ...base, Bcc: [] });
    expect(result.ok).toBe(false);
  });
});
