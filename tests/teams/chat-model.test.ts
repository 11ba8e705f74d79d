import type { Fix } from '../../src/core';
import { applyChatFix, chatMessage, fixAppliesToChat, type ChatDraft } from '../../src/teams/model/chat-draft';
import { recipientFromAddress, searchableRoster, searchRoster } from '../../src/teams/model/recipients';
import { senderFromPrincipalName } from '../../src/teams/model/sender';
import { fixturePolicy } from './fixtures';

const directory = fixturePolicy().directory;
const gwen = { email: 'gwen.lewis@brynteg.gov.uk', name: 'Gwen Lewis' };
const draft: ChatDraft = { recipients: [gwen], topic: '', body: 'Please send the SHOUTY report now.' };

describe('the sender from Teams', () => {
  it('matches the principal name to the roster whatever its case', () => {
    const sender = senderFromPrincipalName('Cllr.Alun.Roberts@BRYNTEG.gov.uk', directory);
    expect(sender?.person?.role).toBe('councillor');
    expect(sender?.address).toEqual({ name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk' });
  });

  it('keeps an unknown user as the sender, without a role', () => {
    const sender = senderFromPrincipalName('visitor@elsewhere.org', directory);
    expect(sender?.person).toBeUndefined();
    expect(sender?.address.email).toBe('visitor@elsewhere.org');
  });

  it('has no sender without a principal name', () => {
    expect(senderFromPrincipalName(undefined, directory)).toBeUndefined();
    expect(senderFromPrincipalName('  ', directory)).toBeUndefined();
  });
});

describe('the roster search', () => {
  const roster = searchableRoster(directory);
  it('finds people by the start of any word of their name, address or post', () => {
    expect(searchRoster(roster, 'gwen').map((p) => p.name)).toEqual(['Gwen Lewis']);
    expect(searchRoster(roster, 'head of plan').map((p) => p.name)).toEqual(['Gwen Lewis']);
    expect(searchRoster(roster, 'LEWIS gw').map((p) => p.name)).toEqual(['Gwen Lewis']);
  });

  it('ignores diacritics both ways', () => {
    expect(searchRoster(roster, 'sian').map((p) => p.name)).toEqual(['Siân Prydderch']);
    expect(searchRoster(roster, 'Siân pry').map((p) => p.name)).toEqual(['Siân Prydderch']);
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(searchRoster(roster, '   ')).toEqual([]);
    expect(searchRoster(roster, 'brynteg', 2)).toHaveLength(2);
  });

  it('attaches the roster entry to a typed address it knows', () => {
    expect(recipientFromAddress('GWEN.LEWIS@brynteg.gov.uk', directory)?.person?.jobTitle).toBe('Head of Planning');
    expect(recipientFromAddress('someone@example.org', directory)).toEqual({ email: 'someone@example.org' });
    expect(recipientFromAddress('not an address', directory)).toBeUndefined();
  });
});

describe('a chat as a contract message', () => {
  it('is a chat with no subject, cc or bcc', () => {
    const message = chatMessage({ address: { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk' } }, { ...draft, topic: 'Topic' });
    expect(message).toMatchObject({ channel: 'chat', subject: '', cc: [], bcc: [], to: [gwen], body: draft.body });
  });
});

describe('fixes in a chat', () => {
  it('replaces and inserts text at the engine’s offsets', () => {
    const replace: Fix = { kind: 'replace-text', label: 'x', start: 16, end: 22, replacement: 'draft' };
    expect(applyChatFix(draft, replace).body).toBe('Please send the draft report now.');
    const insert: Fix = { kind: 'insert-text', label: 'x', at: draft.body.length, text: ' Thanks.' };
    expect(applyChatFix(draft, insert).body).toBe('Please send the SHOUTY report now. Thanks.');
  });

  it('removes recipients and adds people to the chat for "copy in"', () => {
    expect(applyChatFix(draft, { kind: 'remove-recipients', label: 'x', recipients: [{ email: 'GWEN.LEWIS@brynteg.gov.uk' }] }).recipients).toEqual([]);
    const added = applyChatFix(draft, { kind: 'add-cc', label: 'x', recipients: [{ name: 'Bethan Davies', email: 'cllr.bethan.davies@brynteg.gov.uk' }, gwen] });
    expect(added.recipients.map((r) => r.email)).toEqual(['gwen.lewis@brynteg.gov.uk', 'cllr.bethan.davies@brynteg.gov.uk']);
  });

  it('offers no button for fixes a chat cannot carry out', () => {
    const moveToCc: Fix = { kind: 'move-to-cc', label: 'x', recipients: [gwen] };
    const fromOfficer: Fix = { kind: 'send-from-officer', label: 'x' };
    expect(fixAppliesToChat(moveToCc)).toBe(false);
    expect(fixAppliesToChat(fromOfficer)).toBe(false);
    expect(applyChatFix(draft, moveToCc)).toEqual(draft);
    expect(fixAppliesToChat({ kind: 'replace-text', label: 'x', start: 0, end: 1, replacement: '' })).toBe(true);
  });
});
