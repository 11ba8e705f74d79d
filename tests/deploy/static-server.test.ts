import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startStaticServer } from '../../src/devtools/static-server';

describe('the static server behind npm run playground and the browser tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-static-'));
  writeFileSync(join(dir, 'playground.html'), '<script src="playground.js"></script>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leads / to the playground', async () => {
    const server = await startStaticServer(dir, 0);
    try {
      const first = await fetch(`${server.url}/`, { redirect: 'manual' });
      expect(first.status).toBe(302);
      expect(first.headers.get('location')).toBe('/playground.html');
      const followed = await fetch(`${server.url}/`);
      expect(new URL(followed.url).pathname).toBe('/playground.html');
      expect(await followed.text()).toContain('playground.js');
    } finally {
      await server.close();
    }
  });

  it('still answers Not found for a missing file, and never serves outside its folder', async () => {
    const server = await startStaticServer(dir, 0);
    try {
      expect((await fetch(`${server.url}/nothing.html`)).status).toBe(404);
      expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
