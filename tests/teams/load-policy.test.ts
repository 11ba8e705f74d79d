import { readFileSync } from 'fs';
import { join } from 'path';
import { loadPolicy, POLICY_FILE, samplePolicy } from '../../src/teams/policy/load-policy';

const BASE = 'https://guard.brynteg.gov.uk/app/teams.html?x=1';

function respond(status: number, body: unknown): typeof fetch {
  return jest.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
}

describe('loading the council policy beside the page', () => {
  it('fetches policy.json from the page’s folder and uses it', async () => {
    const fetcher = respond(200, {
      schemaVersion: 1,
      directory: { organisation: 'Cyngor Llanfair', people: [{ name: 'Nia Owen', email: 'nia.owen@llanfair.gov.uk', role: 'officer' }] },
    });
    const loaded = await loadPolicy(BASE, fetcher);
    expect((fetcher as jest.Mock).mock.calls[0][0]).toBe(`https://guard.brynteg.gov.uk/app/${POLICY_FILE}`);
    expect(loaded.source.kind).toBe('published');
    expect(loaded.policy.directory.people.map((p) => p.name)).toEqual(['Nia Owen']);
  });

  it('falls back to the project’s sample council when there is no policy', async () => {
    const loaded = await loadPolicy(BASE, respond(404, {}));
    expect(loaded.source).toEqual({ kind: 'sample', reason: 'missing' });
    expect(loaded.policy.directory.people.length).toBeGreaterThan(0);
    expect(loaded.policy.directory.people).toEqual(samplePolicy().directory.people);
  });

  it('uses assets/sample/council.json as the sample roster', () => {
    const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'sample', 'council.json'), 'utf8')) as { people: { email?: string }[] };
    expect(samplePolicy().directory.people.map((p) => p.email)).toEqual(sample.people.map((p) => p.email));
  });

  it('falls back, naming the field, when the policy is bad', async () => {
    const loaded = await loadPolicy(BASE, respond(200, { schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } }));
    expect(loaded.source.kind).toBe('sample');
    expect(loaded.source.kind === 'sample' && loaded.source.problems?.[0].path).toBe('rules.partisan-request.severity');
  });

  it('falls back when the server is unreachable or too slow', async () => {
    const failing = jest.fn(async () => {
      throw new TypeError('network');
    }) as unknown as typeof fetch;
    expect((await loadPolicy(BASE, failing)).source).toEqual({ kind: 'sample', reason: 'unreachable' });
    const hanging = jest.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ) as unknown as typeof fetch;
    expect((await loadPolicy(BASE, hanging, 20)).source).toEqual({ kind: 'sample', reason: 'unreachable' });
  });
});
