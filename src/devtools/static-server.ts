import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import { extname, join, normalize, resolve } from 'path';

/**
 * A tiny static file server for the built pages, bound to loopback only.
 * Used by `npm run playground` and by the browser tests; it never proxies anywhere.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
};

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function startStaticServer(rootDir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
    // The root address leads to the playground, the page a first-time visitor wants.
    if (urlPath === '/' && !existsSync(join(root, 'index.html'))) {
      res.writeHead(302, { location: '/playground.html' });
      res.end();
      return;
    }
    const relative = normalize(urlPath === '/' ? '/index.html' : urlPath).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({
        server,
        port: actual,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
