import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

/** What office-addin-dev-certs' getHttpsServerOptions returns. */
export interface HttpsOptions {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

export interface DevServerInputs {
  port: number;
  /** Certificates for https; plain http without them. */
  https?: HttpsOptions;
  /** The policy the add-in fetches as /policy.json. */
  policy: () => unknown;
}

/**
 * webpack-dev-server's options for the add-in, as Microsoft's add-in templates set them: the CORS header
 * (Outlook's runtimes fetch from other origins), watching with live rebuilds, and `/` leading to the
 * playground. Pure, so it is tested without starting a server.
 */
export function devServerOptions({ port, https, policy }: DevServerInputs): DevServerConfiguration {
  return {
    port,
    host: 'localhost',
    allowedHosts: ['localhost'],
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: https ? { type: 'https', options: https } : { type: 'http' },
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false }, progress: true },
    static: false,
    devMiddleware: { writeToDisk: false },
    historyApiFallback: false,
    setupMiddlewares: (middlewares, devServer) => {
      devServer.app?.get('/policy.json', (_req, res) => {
        res.setHeader('cache-control', 'no-store');
        res.json(policy());
      });
      devServer.app?.get('/', (_req, res) => res.redirect(302, '/playground.html'));
      return middlewares;
    },
  };
}
