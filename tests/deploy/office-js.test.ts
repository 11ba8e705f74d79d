/**
 * Office.js: Microsoft's CDN in production builds (npm run build, which the other tests read), the copy
 * that ships in @microsoft/office-js for development builds (the dev server, pages opened offline).
 * Read from webpack's own configuration, as webpack would be given it.
 */
import { existsSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
type Plugin = { constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: { officeJs?: string } }; files?: [string, string][] };
type Config = { name: string; plugins?: Plugin[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfigs = require(join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => Config[];

function officeJsFor(mode: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const config of makeConfigs(undefined, { mode }))
    for (const plugin of config.plugins ?? []) {
      const page = plugin.userOptions?.filename;
      if (page === 'taskpane.html' || page === 'commands.html') out[page] = plugin.userOptions!.templateParameters!.officeJs!;
    }
  return out;
}

function emitted(mode: string): string[] {
  const commands = makeConfigs(undefined, { mode }).find((c) => c.name === 'commands')!;
  return (commands.plugins ?? []).flatMap((p) => (p.files ?? []).map(([from, to]) => (existsSync(from) ? to : `MISSING ${from}`)));
}

describe('where the Outlook pages load Office.js from', () => {
  it('is the CDN in production, and no local copy is emitted', () => {
    const cdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(officeJsFor('production')).toEqual({ 'taskpane.html': cdn, 'commands.html': cdn });
    expect(emitted('production').filter((f) => f.startsWith('office-js/'))).toEqual([]);
  });

  it('is the local @microsoft/office-js copy in development, with the Outlook files it loads', () => {
    expect(officeJsFor('development')).toEqual({ 'taskpane.html': 'office-js/office.js', 'commands.html': 'office-js/office.js' });
    const files = emitted('development');
    expect(files.filter((f) => f.startsWith('MISSING'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['office-js/office.js', 'office-js/outlook-web-16.01.js', 'office-js/outlook-win32-16.02.js', 'office-js/en-gb/outlook_strings.js', 'office-js/cy-gb/office_strings.js']));
  });
});
