import { app, chat } from '@microsoft/teams-js';
import { connectHost, standaloneSession } from '../../src/teams/host/host-session';

// Teams JS is mocked at the module boundary: these tests are about what our adapter
// asks of Teams, not about Teams itself.
jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    notifySuccess: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
    openLink: jest.fn(),
  },
  chat: { isSupported: jest.fn(), openChat: jest.fn(), openGroupChat: jest.fn() },
}));

const mockApp = app as jest.Mocked<typeof app>;
const mockChat = chat as jest.Mocked<typeof chat>;

function teamsContext(overrides: { theme?: string; locale?: string; upn?: string } = {}) {
  return {
    app: { theme: overrides.theme ?? 'default', locale: overrides.locale ?? 'en-GB', sessionId: 's', host: { name: 'Teams', clientType: 'desktop', sessionId: 'h' } },
    page: { id: 'check', frameContext: 'content' },
    user: { id: 'u1', userPrincipalName: overrides.upn ?? 'cllr.alun.roberts@brynteg.gov.uk' },
  } as unknown as Awaited<ReturnType<typeof app.getContext>>;
}

beforeEach(() => {
  jest.resetAllMocks();
  mockApp.initialize.mockResolvedValue(undefined);
  mockApp.getContext.mockResolvedValue(teamsContext());
  mockApp.openLink.mockResolvedValue(undefined);
  mockChat.openChat.mockResolvedValue(undefined);
  mockChat.openGroupChat.mockResolvedValue(undefined);
});

describe('connecting to the host', () => {
  it('carries on standalone when initialize rejects (a plain browser)', async () => {
    mockApp.initialize.mockRejectedValue(new Error('not in Teams'));
    const host = await connectHost({ timeoutMs: 50 });
    expect(host.mode).toBe('standalone');
    expect(host.userPrincipalName).toBeUndefined();
    expect(mockApp.getContext).not.toHaveBeenCalled();
  });

  it('carries on standalone when initialize never answers', async () => {
    mockApp.initialize.mockReturnValue(new Promise<void>(() => undefined));
    const host = await connectHost({ timeoutMs: 20 });
    expect(host.mode).toBe('standalone');
  });

  it('reads the user, theme and locale from the Teams context', async () => {
    mockApp.getContext.mockResolvedValue(teamsContext({ theme: 'dark', locale: 'cy-GB', upn: 'gwen.lewis@brynteg.gov.uk' }));
    const host = await connectHost({ timeoutMs: 50 });
    expect(host.mode).toBe('teams');
    expect(host.userPrincipalName).toBe('gwen.lewis@brynteg.gov.uk');
    expect(host.theme).toBe('dark');
    expect(host.locale).toBe('cy-GB');
  });

  it('stays in Teams mode without a context', async () => {
    mockApp.getContext.mockRejectedValue(new Error('no context'));
    const host = await connectHost({ timeoutMs: 50 });
    expect(host.mode).toBe('teams');
    expect(host.theme).toBe('default');
  });

  it('passes theme changes on, normalised', async () => {
    const host = await connectHost({ timeoutMs: 50 });
    const seen: string[] = [];
    host.onThemeChange((t) => seen.push(t));
    const handler = mockApp.registerOnThemeChangeHandler.mock.calls[0][0];
    handler('dark');
    handler('contrast');
    handler('something-new');
    expect(seen).toEqual(['dark', 'contrast', 'default']);
  });
});

describe('opening the chat inside Teams', () => {
  it('opens a 1:1 chat with the message when the chat capability is supported', async () => {
    mockChat.isSupported.mockReturnValue(true);
    const host = await connectHost({ timeoutMs: 50 });
    const result = await host.openChat({ users: ['gwen.lewis@brynteg.gov.uk'], topic: 'ignored', message: 'Hello Gwen' });
    expect(result).toEqual({ via: 'teams-chat' });
    expect(mockChat.openChat).toHaveBeenCalledWith({ user: 'gwen.lewis@brynteg.gov.uk', message: 'Hello Gwen' });
    expect(mockChat.openGroupChat).not.toHaveBeenCalled();
  });

  it('opens a group chat with the topic for several people', async () => {
    mockChat.isSupported.mockReturnValue(true);
    const host = await connectHost({ timeoutMs: 50 });
    await host.openChat({ users: ['a@brynteg.gov.uk', 'b@brynteg.gov.uk'], topic: 'Heol Fawr', message: 'Hi both' });
    expect(mockChat.openGroupChat).toHaveBeenCalledWith({ users: ['a@brynteg.gov.uk', 'b@brynteg.gov.uk'], topic: 'Heol Fawr', message: 'Hi both' });
    expect(mockChat.openChat).not.toHaveBeenCalled();
  });

  it('leaves a blank topic out of a group chat', async () => {
    mockChat.isSupported.mockReturnValue(true);
    const host = await connectHost({ timeoutMs: 50 });
    await host.openChat({ users: ['a@brynteg.gov.uk', 'b@brynteg.gov.uk'], topic: '  ', message: 'Hi' });
    expect(mockChat.openGroupChat.mock.calls[0][0]).not.toHaveProperty('topic');
  });

  it('falls back to the deep link through Teams when the chat capability is not supported', async () => {
    mockChat.isSupported.mockReturnValue(false);
    const host = await connectHost({ timeoutMs: 50 });
    const result = await host.openChat({ users: ['gwen.lewis@brynteg.gov.uk'], message: 'Hello' });
    expect(result.via).toBe('deep-link');
    const url = mockApp.openLink.mock.calls[0][0];
    expect(url.startsWith('https://teams.microsoft.com/l/chat/0/0?')).toBe(true);
    expect(new URL(url).searchParams.get('users')).toBe('gwen.lewis@brynteg.gov.uk');
    expect(mockChat.openChat).not.toHaveBeenCalled();
  });
});

describe('opening the chat standalone', () => {
  it('hands the deep link to the browser and never touches Teams JS', async () => {
    const opened: string[] = [];
    const host = standaloneSession((url) => opened.push(url));
    const result = await host.openChat({ users: ['a@brynteg.gov.uk', 'b@brynteg.gov.uk'], topic: 'Budget', message: 'Hi' });
    expect(result.via).toBe('deep-link');
    expect(opened).toHaveLength(1);
    const params = new URL(opened[0]).searchParams;
    expect(params.get('users')).toBe('a@brynteg.gov.uk,b@brynteg.gov.uk');
    expect(params.get('topicName')).toBe('Budget');
    expect(params.get('message')).toBe('Hi');
    expect(mockChat.isSupported).not.toHaveBeenCalled();
    expect(mockApp.openLink).not.toHaveBeenCalled();
  });
});
