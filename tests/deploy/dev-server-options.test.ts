import { devServerOptions } from '../../src/devtools/dev-server/dev-server-options';

/** A stand-in for the express app webpack-dev-server hands to setupMiddlewares: records routes. */
function fakeApp() {
  const routes = new Map<string, (req: unknown, res: Record<string, jest.Mock>) => void>();
  return { routes, app: { get: (path: string, handler: (req: unknown, res: Record<string, jest.Mock>) => void) => routes.set(path, handler) } };
}

describe('npm run dev-server options (webpack-dev-server)', () => {
  const policy = { schemaVersion: 1, directory: { people: [] } };

  it('serves https with the given certificate, or plain http without one', () => {
    const https = { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') };
    expect(devServerOptions({ port: 3000, https, policy: () => policy }).server).toEqual({ type: 'https', options: https });
    expect(devServerOptions({ port: 3000, policy: () => policy }).server).toEqual({ type: 'http' });
  });

  it('sends the CORS header Outlook’s runtimes need, on port 3000 where the manifests point', () => {
    const options = devServerOptions({ port: 3000, policy: () => policy });
    expect(options.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(options.port).toBe(3000);
    expect(options.liveReload).toBe(true);
  });

  it('answers /policy.json with the policy and sends / to the playground', () => {
    const { app, routes } = fakeApp();
    const options = devServerOptions({ port: 3000, policy: () => policy });
    const middlewares = options.setupMiddlewares!([], { app } as never);
    expect(middlewares).toEqual([]);
    const res = { setHeader: jest.fn(), json: jest.fn(), redirect: jest.fn() };
    routes.get('/policy.json')!({}, res);
    expect(res.json).toHaveBeenCalledWith(policy);
    expect(res.setHeader).toHaveBeenCalledWith('cache-control', 'no-store');
    routes.get('/')!({}, res);
    expect(res.redirect).toHaveBeenCalledWith(302, '/playground.html');
  });
});
