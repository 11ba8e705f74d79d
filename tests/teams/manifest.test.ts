import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { ICON_DIR, MANIFEST_FILE, ROOT } from '../../src/devtools/manifest/app-package';
import { newestSchemaVersion, validateAgainstSchema } from '../../src/devtools/manifest/json-manifest-schema';
import { actionIds, checkConsistency, type AppManifestShape } from '../../src/devtools/manifest/manifest-consistency';
import { pngSize } from '../../src/devtools/manifest/png-size';

jest.setTimeout(60000);

interface Runtime {
  id: string;
  code: { page: string; script?: string };
  actions: { id: string; type: string }[];
}
interface Manifest extends AppManifestShape {
  id: string;
  manifestVersion: string;
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  validDomains: string[];
  extensions: {
    runtimes: Runtime[];
    autoRunEvents: { events: { type: string; actionId: string; options?: { sendMode?: string } }[] }[];
  }[];
}

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const APP_ID = '5c0a8f0e-3b7d-4c39-9a61-7f2f6f9d2a41';
const DEV = 'https://localhost:3000/';

/** Every string in the manifest that is a web address. */
function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (value && typeof value === 'object') return Object.entries(value).filter(([k]) => k !== '$schema').flatMap(([, v]) => urls(v));
  return [];
}

/** The pages webpack builds, read from its config: each named page becomes NAME.html. */
function webpackPages(): Set<string> {
  const config = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
  const names = [...config.matchAll(/name: '([a-z-]+)'/g)].map((m) => m[1]);
  return new Set(names.map((n) => `${n}.html`));
}

function runtimeFor(actionId: string): Runtime | undefined {
  return manifest.extensions[0].runtimes.find((r) => r.actions.some((a) => a.id === actionId));
}

describe('manifest/manifest.json against the bundled schema (offline)', () => {
  it('is valid for its manifestVersion', () => {
    expect(validateAgainstSchema(manifest)).toEqual([]);
  });

  it('uses the newest released schema that ships in @microsoft/app-manifest', () => {
    expect(manifest.manifestVersion).toBe(newestSchemaVersion());
  });

  it('is refused when broken, naming the place', () => {
    const broken = { ...manifest, accentColor: 'blue', staticTabs: [{ ...manifest.staticTabs[0], scopes: ['team'] }] };
    const paths = validateAgainstSchema(broken).map((p) => p.path);
    expect(paths).toContain('/accentColor');
  });

  it('passes the cross-reference checks (actions, icons, tab ids)', () => {
    expect(checkConsistency(manifest, ICON_DIR)).toEqual([]);
  });

  it('passes npm run validate as a node script', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'devtools', 'validate-manifests.ts')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toContain('manifest/manifest.json: valid');
    // The XML half checks dist/ too, so its verdict depends on what has been built: only the JSON half is asserted here.
    expect(result.stderr).not.toContain('manifest/manifest.json /');
  });
});

describe('what the app package installs', () => {
  it('has the same id as the Outlook add-in', () => {
    expect(manifest.id).toBe(APP_ID);
  });

  it('pins the Check before you send tab and the console as personal tabs', () => {
    const check = manifest.staticTabs.find((t) => t.entityId === 'check-before-you-send');
    expect(check).toMatchObject({ name: 'Check before you send', contentUrl: `${DEV}teams.html`, scopes: ['personal'] });
    expect(manifest.staticTabs.find((t) => t.contentUrl === `${DEV}console.html`)?.scopes).toEqual(['personal']);
  });

  it('runs the on-send handler in soft-block mode from the commands page, and watches recipient changes', () => {
    const events = manifest.extensions[0].autoRunEvents.flatMap((g) => g.events);
    const sending = events.find((e) => e.type === 'messageSending');
    expect(sending).toMatchObject({ actionId: 'onMessageSendHandler', options: { sendMode: 'softBlock' } });
    expect(runtimeFor('onMessageSendHandler')?.code.page).toBe(`${DEV}commands.html`);
    expect(events.some((e) => e.type === 'messageRecipientsChanged')).toBe(true);
  });

  it('opens the task pane page from the ribbon', () => {
    const pane = manifest.extensions[0].runtimes.find((r) => r.actions.some((a) => a.type === 'openPage'));
    expect(pane?.code.page).toBe(`${DEV}taskpane.html`);
  });

  it('points every address at the development server, at pages webpack builds', () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) expect(url.startsWith(DEV)).toBe(true);
    const pages = webpackPages();
    const htmlPages = all.map((u) => new URL(u).pathname.slice(1)).filter((p) => p.endsWith('.html'));
    for (const page of htmlPages) expect(pages).toContain(page);
    expect(manifest.validDomains).toEqual(['localhost:3000']);
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon', () => {
    expect(pngSize(readFileSync(join(ICON_DIR, manifest.icons?.color ?? '')))).toEqual({ width: 192, height: 192 });
    expect(pngSize(readFileSync(join(ICON_DIR, manifest.icons?.outline ?? '')))).toEqual({ width: 32, height: 32 });
  });

  it('has ribbon icon files of the sizes it declares', () => {
    const text = JSON.stringify(manifest);
    // The build copies assets/icons/icon-N.png to dist/assets/icon-N.png (webpack's commands config).
    const declared = [...text.matchAll(/\{"size":(\d+),"url":"https:\/\/localhost:3000\/assets\/(icon-\d+\.png)"\}/g)];
    expect(declared.length).toBeGreaterThanOrEqual(6);
    for (const m of declared) {
      const size = Number(m[1]);
      expect(pngSize(readFileSync(join(ICON_DIR, m[2])))).toEqual({ width: size, height: size });
    }
  });
});

const XML_FILE = join(ROOT, 'manifest', 'manifest.xml');
const describeXml = existsSync(XML_FILE) ? describe : describe.skip;

describeXml('consistency with the Outlook XML manifest (manifest/manifest.xml)', () => {
  const xml = readFileSync(XML_FILE, 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true }).parse(xml) as { OfficeApp: Record<string, unknown> };
  const text = xml;

  it('has the same add-in id', () => {
    expect(String(parsed.OfficeApp.Id).toLowerCase()).toBe(APP_ID);
  });

  it('uses the same pages, script and icons for the task pane and the on-send handler', () => {
    const xmlUrls = new Set([...text.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]));
    const jsonAddinUrls = urls(manifest.extensions);
    expect(jsonAddinUrls.length).toBeGreaterThan(3);
    for (const url of jsonAddinUrls) expect(xmlUrls).toContain(url);
  });

  it('names the same event handler functions', () => {
    const functions = [...text.matchAll(/FunctionName="([^"]+)"/g)].map((m) => m[1]);
    expect(functions.length).toBeGreaterThan(0);
    const ids = actionIds(manifest);
    for (const fn of functions) expect(ids).toContain(fn);
  });
});
