import { readFileSync } from 'fs';
import { join } from 'path';
import { baseUrlFromEnv, buildAppPackage, ICON_DIR, retargetManifest } from '../../src/devtools/manifest/app-package';
import { validateAgainstSchema, validateLocalization } from '../../src/devtools/manifest/json-manifest-schema';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { packageProblems } from '../../src/devtools/package-app';

describe('the production address', () => {
  it('defaults to the development server', () => {
    expect(baseUrlFromEnv({})).toBe('https://localhost:3000');
  });

  it('takes PROTOCOL_GUARD_BASE_URL, without a trailing slash', () => {
    expect(baseUrlFromEnv({ PROTOCOL_GUARD_BASE_URL: 'https://guard.brynteg.gov.uk/protocol/ ' })).toBe('https://guard.brynteg.gov.uk/protocol');
  });

  it('refuses an http or malformed address with a message naming the setting', () => {
    expect(() => baseUrlFromEnv({ PROTOCOL_GUARD_BASE_URL: 'http://guard.brynteg.gov.uk' })).toThrow(/PROTOCOL_GUARD_BASE_URL/);
    expect(() => baseUrlFromEnv({ PROTOCOL_GUARD_BASE_URL: 'guard' })).toThrow(/PROTOCOL_GUARD_BASE_URL/);
  });
});

describe('the app package zip', () => {
  const base = 'https://guard.brynteg.gov.uk/protocol';
  const { zip } = buildAppPackage(base);
  // Read back with fflate, which checks each entry's CRC-32 as it inflates.
  const entries = Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }));

  it('holds the manifest, the Welsh language file and the two icons at its root', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'cy-gb.json', 'manifest.json', 'outline.png']);
    expect(Buffer.from(entries.find((e) => e.name === 'color.png')!.data).equals(readFileSync(join(ICON_DIR, 'color.png')))).toBe(true);
  });

  it('carries a manifest retargeted to the production address that still validates', () => {
    const text = Buffer.from(entries.find((e) => e.name === 'manifest.json')!.data).toString('utf8');
    expect(text).not.toContain('localhost');
    const manifest = JSON.parse(text) as { staticTabs: { contentUrl?: string }[]; validDomains: string[] };
    expect(manifest.staticTabs[0].contentUrl).toBe(`${base}/teams.html`);
    expect(manifest.validDomains).toEqual(['guard.brynteg.gov.uk']);
    expect(validateAgainstSchema(manifest)).toEqual([]);
  });

  it('asks for the mailbox item permission and shared mailboxes, and names its Welsh strings', () => {
    const manifest = JSON.parse(strFromU8(entries.find((e) => e.name === 'manifest.json')!.data)) as {
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
      localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
    };
    expect(manifest.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([
        { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
        { name: 'Mailbox.SharedFolder', type: 'Delegated' },
      ]),
    );
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'en-gb', additionalLanguages: [{ languageTag: 'cy-gb', file: 'cy-gb.json' }] });
    const welsh = JSON.parse(strFromU8(entries.find((e) => e.name === 'cy-gb.json')!.data)) as Record<string, string>;
    expect(validateLocalization(welsh, manifest)).toEqual([]);
    expect(welsh['staticTabs[0].name']).toBe('Gwirio cyn anfon');
    expect(welsh['description.short']).toMatch(/cyngor/);
  });

  it('passes the same offline checks npm run package makes', () => {
    const built = buildAppPackage(base);
    expect(packageProblems(built.manifest, built.files)).toEqual([]);
  });

  it('is refused when a language file names a tab the manifest does not have', () => {
    const built = buildAppPackage(base);
    const welsh = JSON.parse(strFromU8(built.files['cy-gb.json'])) as Record<string, string>;
    const files = { ...built.files, 'cy-gb.json': strToU8(JSON.stringify({ ...welsh, 'staticTabs[7].name': 'Dim' })) };
    expect(packageProblems(built.manifest, files)).toEqual(['cy-gb.json /staticTabs[7].name: names no string in manifest.json']);
  });

  it('is the same bytes for the same input', () => {
    expect(buildAppPackage(base).zip.equals(zip)).toBe(true);
  });
});

describe('the building blocks', () => {
  it('retargets only the development host among valid domains', () => {
    const text = JSON.stringify({ validDomains: ['localhost:3000', 'teams.microsoft.com'], a: 'https://localhost:3000/x.html' });
    const out = JSON.parse(retargetManifest(text, 'https://guard.example.gov.uk')) as { validDomains: string[]; a: string };
    expect(out.validDomains).toEqual(['guard.example.gov.uk', 'teams.microsoft.com']);
    expect(out.a).toBe('https://guard.example.gov.uk/x.html');
  });
});
