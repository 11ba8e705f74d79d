import { readFileSync } from 'fs';
import { join } from 'path';
import { baseUrlFromEnv, buildAppPackage, ICON_DIR, retargetManifest } from '../../src/devtools/manifest/app-package';
import { validateAgainstSchema } from '../../src/devtools/manifest/json-manifest-schema';
import { crc32 } from '../../src/devtools/crc32';
import { readStoredZip, storedZip } from '../../src/devtools/zip/stored-zip';

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
  const entries = readStoredZip(zip);

  it('holds the manifest and the two icons at its root', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
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

  it('stores each entry with a correct CRC-32', () => {
    // Local header: CRC at byte 14 of each entry; checked against an independent computation.
    let at = 0;
    for (const entry of entries) {
      expect(zip.readUInt32LE(at)).toBe(0x04034b50);
      expect(zip.readUInt32LE(at + 14)).toBe(crc32(entry.data));
      at += 30 + zip.readUInt16LE(at + 26) + entry.data.length;
    }
  });

  it('is the same bytes for the same input', () => {
    expect(buildAppPackage(base).zip.equals(zip)).toBe(true);
  });
});

describe('the building blocks', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips a zip with a Welsh file name', () => {
    const data = Buffer.from('Siân');
    expect(readStoredZip(storedZip([{ name: 'ŵyn.txt', data }]))).toEqual([{ name: 'ŵyn.txt', data }]);
  });

  it('retargets only the development host among valid domains', () => {
    const text = JSON.stringify({ validDomains: ['localhost:3000', 'teams.microsoft.com'], a: 'https://localhost:3000/x.html' });
    const out = JSON.parse(retargetManifest(text, 'https://guard.example.gov.uk')) as { validDomains: string[]; a: string };
    expect(out.validDomains).toEqual(['guard.example.gov.uk', 'teams.microsoft.com']);
    expect(out.a).toBe('https://guard.example.gov.uk/x.html');
  });
});
