/** @jest-environment jsdom */
import type { connectHost as ConnectHost } from '../../src/teams/host/host-session';

// The real Teams JS, not a mock: in a page that is not inside Teams, connecting must
// give up quickly and hand back a standalone session. Teams JS fetches its list of
// valid origins as soon as it loads, and jsdom has no fetch, so a stub goes in first
// and the module is required after it.
const fetchStub = jest.fn(async () => new Response('{"validOrigins":[]}', { status: 200 }));
(globalThis as unknown as { fetch: unknown }).fetch = fetchStub;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { connectHost } = require('../../src/teams/host/host-session') as { connectHost: typeof ConnectHost };

describe('Teams JS in a plain page', () => {
  it('falls back to standalone instead of hanging', async () => {
    const opened: string[] = [];
    const host = await connectHost({ timeoutMs: 300, openLink: (url) => opened.push(url) });
    expect(host.mode).toBe('standalone');
    const result = await host.openChat({ users: ['gwen.lewis@brynteg.gov.uk'], message: 'Diolch' });
    expect(result.via).toBe('deep-link');
    expect(opened).toHaveLength(1);
  });
});
