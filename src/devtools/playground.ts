/**
 * `npm run playground`: builds the pages, serves dist/ on localhost and prints the playground's URL.
 *   --no-build   serve what is already in dist/
 *   --check      start, fetch the playground page once, stop; exit 0 only if it was served (for CI)
 * The port is $PORT or 3000; if that is taken, a free port is used instead.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { startStaticServer, type RunningServer } from './static-server';
import { buildPages, DIST, ROOT } from './build-pages';
import { runScript, untilStopped } from './run-script';

async function listen(port: number): Promise<RunningServer> {
  try {
    return await startStaticServer(DIST, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is in use; using a free port instead.`);
    return startStaticServer(DIST, 0);
  }
}

/** The root address must lead to the playground page, and the page must load its script. */
async function check(rootUrl: string): Promise<boolean> {
  const response = await fetch(rootUrl);
  const html = await response.text();
  return response.ok && new URL(response.url).pathname === '/playground.html' && html.includes('playground.js');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    console.log('Building the pages (webpack, production; a minute or two the first time)…');
    if (!buildPages(ROOT)) {
      console.error('The build failed; see the messages above.');
      return 1;
    }
  }
  if (!existsSync(join(DIST, 'playground.html'))) {
    console.error('dist/playground.html is missing: run without --no-build, or "npm run build".');
    return 1;
  }
  const port = Number.parseInt(process.env.PORT ?? '', 10);
  const server = await listen(Number.isFinite(port) && port > 0 ? port : 3000);
  const url = `${server.url}/playground.html`;
  console.log(`\nProtocol Guard playground: ${url}\n`);
  if (args.includes('--check')) {
    const ok = await check(`${server.url}/`).catch(() => false);
    await server.close();
    console.log(ok ? 'Playground served: OK' : 'The playground page was not served correctly.');
    return ok ? 0 : 1;
  }
  console.log('Serving dist/ on loopback only. Press Ctrl+C to stop.');
  await untilStopped();
  await server.close();
  return 0;
}

runScript(main);
