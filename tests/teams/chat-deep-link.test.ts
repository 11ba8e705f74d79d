import { chatDeepLink } from '../../src/teams/host/chat-deep-link';

describe('the Teams chat deep link', () => {
  it('names one person for a 1:1 chat and drops the topic', () => {
    const url = new URL(chatDeepLink({ users: ['gwen.lewis@brynteg.gov.uk'], topic: 'Not used', message: 'Diolch' }));
    expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(url.searchParams.get('users')).toBe('gwen.lewis@brynteg.gov.uk');
    expect(url.searchParams.has('topicName')).toBe(false);
    expect(url.searchParams.get('message')).toBe('Diolch');
  });

  it('joins several people with commas and keeps the topic', () => {
    const link = chatDeepLink({ users: ['a@x.gov.uk', 'b@x.gov.uk'], topic: 'Cyllideb & budget', message: 'Hi' });
    expect(link).toContain('users=a%40x.gov.uk,b%40x.gov.uk&');
    expect(new URL(link).searchParams.get('topicName')).toBe('Cyllideb & budget');
  });

  it('encodes the message so its words cannot break out of the parameter', () => {
    const message = 'Shall we meet at 5pm? A&B #1 = yes\nSiân: 100%';
    const link = chatDeepLink({ users: ['a@x.gov.uk'], message });
    expect(link).not.toContain('\n');
    expect(link).not.toContain('#');
    expect(new URL(link).searchParams.get('message')).toBe(message);
  });
});
