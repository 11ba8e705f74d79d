/**
 * `npm run dev-server`: webpack-dev-server over HTTPS at https://localhost:3000/, rebuilding on every
 * change (development builds: source maps, the local Office.js copy), for sideloading into Outlook,
 * which only loads add-ins over https. The certificate is office-addin-dev-certs' (created and trusted
 * with `npx office-addin-dev-certs install`, as `npm start` also does).
 *   --http   serve over plain http (no certificate needed; Outlook will not load it, a browser will)
 * PORT changes the port (the manifests name 3000).
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import webpack, { type Configuration } from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { runScript, untilStopped } from '../run-script';
import { devServerOptions, type HttpsOptions } from './dev-server-options';

const ROOT = join(__dirname, '..', '..', '..');

async function httpsOptions(): Promise<HttpsOptions | undefined> {
  // Loaded only when asked for, so `--http` works where the package cannot run (CI, no trust store).
  const certs = (await import('office-addin-dev-certs')) as typeof import('office-addin-dev-certs');
  if (!certs.verifyCertificates()) {
    console.error('No trusted localhost certificate yet. Create and trust one with:\n  npx office-addin-dev-certs install\n(or run with --http to serve without one).');
    return undefined;
  }
  return certs.getHttpsServerOptions();
}

async function main(): Promise<number> {
  const useHttp = process.argv.includes('--http');
  const https = useHttp ? undefined : await httpsOptions();
  if (!useHttp && !https) return 1;
  const makeConfigs = (await import(join(ROOT, 'webpack.config.js'))).default as (env: unknown, argv: { mode: string }) => Configuration[];
  // The command line is not served; every page and the on-send bundle are.
  const configs = makeConfigs(undefined, { mode: 'development' }).filter((c) => c.name !== 'cli');
  const compiler = webpack(configs);
  const port = Number.parseInt(process.env.PORT ?? '3000', 10);
  const published = join(ROOT, 'dist', 'policy.json');
  const council = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample', 'council.json'), 'utf8')) as unknown;
  const options = devServerOptions({
    port,
    https,
    // The add-in looks for policy.json beside itself: a published policy in dist/, else the sample council.
    policy: () => (existsSync(published) ? (JSON.parse(readFileSync(published, 'utf8')) as unknown) : { schemaVersion: 1, directory: council }),
  });
  const server = new WebpackDevServer(options, compiler);
  await server.start();
  const scheme = https ? 'https' : 'http';
  console.log(`\nServing the add-in at ${scheme}://localhost:${port}/ and rebuilding on change (manifest: manifest/manifest.xml). Ctrl+C stops.`);
  await untilStopped();
  await server.stop();
  return 0;
}

runScript(main);
