import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { pngSize } from '../../src/devtools/manifest/png-size';
import { ADDIN_ID, checkAgainstBuild, checkXmlManifest, readManifest } from '../../src/devtools/xml-manifest-check';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest', 'manifest.xml'), 'utf8');

describe('manifest/manifest.xml', () => {
  it('parses with fast-xml-parser and has no problems of its own', () => {
    expect(() => new XMLParser().parse(xml)).not.toThrow();
    expect(checkXmlManifest(xml)).toEqual([]);
  });

  it('declares the agreed id, SoftBlock on send, recipient changes, and Mailbox 1.12', () => {
    const { facts } = readManifest(xml);
    expect(facts.id).toBe(ADDIN_ID);
    expect(facts.launchEvents).toEqual([
      { type: 'OnMessageSend', functionName: 'onMessageSendHandler', sendMode: 'SoftBlock' },
      { type: 'OnMessageRecipientsChanged', functionName: 'onMessageRecipientsChangedHandler', sendMode: undefined },
    ]);
    expect(facts.mailboxFloor).toBe('1.12');
    expect(facts.urls).toEqual(expect.arrayContaining(['https://localhost:3000/commands.js', 'https://localhost:3000/commands.html', 'https://localhost:3000/taskpane.html']));
  });

  it('runs in shared and delegate mailboxes (SupportsSharedFolders in the desktop form factor)', () => {
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(xml) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const host = doc.OfficeApp.VersionOverrides.VersionOverrides.Hosts.Host;
    expect(host.DesktopFormFactor.SupportsSharedFolders).toBe('true');
  });

  it('names a 64 px icon and a 128 px high-resolution icon, and the files are those sizes', () => {
    const icon = /<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/(icon-\d+\.png)"\/>/.exec(xml)?.[1];
    const high = /<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/(icon-\d+\.png)"\/>/.exec(xml)?.[1];
    expect([icon, high]).toEqual(['icon-64.png', 'icon-128.png']);
    expect(pngSize(readFileSync(join(root, 'assets', 'icons', icon!)))).toEqual({ width: 64, height: 64 });
    expect(pngSize(readFileSync(join(root, 'assets', 'icons', high!)))).toEqual({ width: 128, height: 128 });
  });

  it('names only URLs and event functions that exist in the build', () => {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'commands.js'))) throw new Error('dist/ is not built: run "npm run build" (npm test does) first.');
    expect(checkAgainstBuild(readManifest(xml).facts, dist)).toEqual([]);
  });

  it('catches duplicate ids, dangling resids, plain http and a missing send event', () => {
    const broken = xml
      .replace('id="msgComposeGroup"', 'id="msgComposeOpenPaneButton"')
      .replace('resid="Taskpane.Url"', 'resid="Nowhere.Url"')
      .replace('https://localhost:3000/commands.js', 'http://localhost:3000/commands.js')
      .replace('Type="OnMessageSend"', 'Type="OnSomethingElse"');
    const problems = checkXmlManifest(broken).join('\n');
    expect(problems).toMatch(/msgComposeOpenPaneButton.*2 times/);
    expect(problems).toMatch(/Nowhere\.Url/);
    expect(problems).toMatch(/must use https/);
    expect(problems).toMatch(/no OnMessageSend/);
    expect(checkXmlManifest('<OfficeApp><Id>')[0]).toMatch(/not well-formed/);
  });
});
