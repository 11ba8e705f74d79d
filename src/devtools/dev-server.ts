/**
 * `npm run dev-server`: serves dist/ at https://localhost:3000/ for sideloading the add-in into
 * Outlook (which only loads add-ins over https). Uses the Office dev certificates that
 * `npx office-addin-dev-certs install` creates (~/.office-addin-dev-certs/localhost.{crt,key});
 * DEV_CERT and DEV_KEY point elsewhere. HTTPS requests are passed to the loopback static server.
 *   --no-build   serve what is already in dist/
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { createServer } from 'https';
import { request } from 'http';
import { homedir } from 'os';
import { join } from 'path';
import { startStaticServer } from './static-server';
import { buildPages, DIST, ROOT } from './build-pages';
import { runScript, untilStopped } from './run-script';

const CERT = process.env.DEV_CERT ?? join(homedir(), '.office-addin-dev-certs', 'localhost.crt');
const KEY = process.env.DEV_KEY ?? join(homedir(), '.office-addin-dev-certs', 'localhost.key');

async function main(): Promise<number> {
  if (!existsSync(CERT) || !existsSync(KEY)) {
    console.error(`No dev certificate at ${CERT}.\nCreate and trust one with:  npx office-addin-dev-certs install\n(or set DEV_CERT and DEV_KEY).`);
    return 1;
  }
  if (!process.argv.includes('--no-build') && !buildPages(ROOT)) return 1;
  // The add-in looks for policy.json beside itself; for development, serve the sample council.
  const policy = join(DIST, 'policy.json');
  if (!existsSync(policy)) {
    const council = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample', 'council.json'), 'utf8'));
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, directory: council }, null, 2));
    console.log('Wrote dist/policy.json from the sample council (replace it with your council’s published policy).');
  }
  const inner = await startStaticServer(DIST, 0);
  const port = Number.parseInt(process.env.PORT ?? '3000', 10);
  const server = createServer({ cert: readFileSync(CERT), key: readFileSync(KEY) }, (req, res) => {
    const upstream = request({ host: '127.0.0.1', port: inner.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  console.log(`Serving dist/ at https://localhost:${port}/ (manifest: manifest/manifest.xml). Press Ctrl+C to stop.`);
  await untilStopped();
  server.close();
  await inner.close();
  return 0;
}

runScript(main);
