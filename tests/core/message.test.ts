import { parseMessage, problemsToLine } from '../../src/core';

describe('reading a message', () => {
  it('forgives nulls, channel spellings and "Name <address>" text', () => {
    const parsed = parseMessage({
      channel: 'Teams',
      from: 'Cllr Ann Wyn <ann.wyn@sir.gov.uk>',
      sentOnBehalfOf: null,
      to: { name: 'Bob Lee', email: 'Bob Lee <bob.lee@sir.gov.uk>' },
      cc: null,
      subject: null,
      body: 'Hello',
    });
    if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
    expect(parsed.value).toMatchObject({
      channel: 'chat',
      from: { name: 'Cllr Ann Wyn', email: 'ann.wyn@sir.gov.uk' },
      to: [{ name: 'Bob Lee', email: 'bob.lee@sir.gov.uk' }],
      cc: [],
      subject: '',
    });
    expect(parsed.value.sentOnBehalfOf).toBeUndefined();
  });

  it.each([
    [{ from: { email: 'a@b.gov.uk' }, to: [] }, 'body', 'body'],
    [{ to: [], body: 'x' }, 'from', 'missing'],
    [{ from: { email: 'not an address' }, to: [], body: 'x' }, 'from.email', 'email address'],
    [{ from: { email: 'a@b.gov.uk' }, to: [{}], body: 'x' }, 'to[0]', 'name or an email'],
    [{ channel: 'fax', from: { email: 'a@b.gov.uk' }, to: [], body: 'x' }, 'channel', 'expected one of email, chat'],
    [[], '(root)', 'expected object'],
  ])('names the field of a malformed message (%#)', (input, path, words) => {
    const parsed = parseMessage(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const line = problemsToLine(parsed.problems);
    expect(line).toContain(path);
    expect(line).toContain(words);
  });
});
