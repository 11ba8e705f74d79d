import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Checks the add-in-only XML manifest against what we promise about it: well-formed, the agreed
 * add-in id, unique ids, every resid defined, strings within Office's limits, https URLs only,
 * and (given a dist/ folder) every URL and event function it names present in the build.
 */
export const ADDIN_ID = '5c0a8f0e-3b7d-4c39-9a61-7f2f6f9d2a41';

export interface ManifestFacts {
  id: string;
  urls: string[];
  functionNames: string[];
  launchEvents: { type: string; functionName: string; sendMode?: string }[];
  mailboxFloor?: string;
}

type Node = Record<string, unknown>;

const ATTR = '@_';

function walk(node: unknown, visit: (name: string, value: Node) => void, name = ''): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, name));
  else if (node && typeof node === 'object') {
    visit(name, node as Node);
    for (const [key, child] of Object.entries(node as Node)) if (!key.startsWith(ATTR)) walk(child, visit, key);
  }
}

const local = (name: string) => name.replace(/^.*:/, '');
const attr = (node: Node, key: string) => (typeof node[ATTR + key] === 'string' ? (node[ATTR + key] as string) : undefined);

export function readManifest(xml: string): { facts: ManifestFacts; problems: string[] } {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { facts: { id: '', urls: [], functionNames: [], launchEvents: [] }, problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] };
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: ATTR, parseTagValue: false }).parse(xml) as Node;
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return { facts: { id: '', urls: [], functionNames: [], launchEvents: [] }, problems: ['no <OfficeApp> root'] };
  if (attr(app, 'xsi:type') !== 'MailApp') problems.push('OfficeApp must be xsi:type="MailApp"');

  const id = String(app.Id ?? '').trim();
  const urls: string[] = [];
  const ids = new Map<string, number>();
  const resourceIds = new Set<string>();
  const resids: string[] = [];
  const launchEvents: ManifestFacts['launchEvents'] = [];
  let mailboxFloor: string | undefined;
  let sawV11 = false;

  walk(app, (rawName, node) => {
    const name = local(rawName);
    const idAttr = attr(node, 'id');
    const defaultValue = attr(node, 'DefaultValue');
    if (name === 'VersionOverrides' && attr(node, 'xsi:type') === 'VersionOverridesV1_1') sawV11 = true;
    if (idAttr) {
      if (['Image', 'Url', 'String'].includes(name)) {
        if (resourceIds.has(idAttr)) problems.push(`resource id "${idAttr}" is defined twice`);
        resourceIds.add(idAttr);
      } else {
        ids.set(idAttr, (ids.get(idAttr) ?? 0) + 1);
      }
    }
    const resid = attr(node, 'resid');
    if (resid) resids.push(resid);
    if (defaultValue && /^[a-z]+:\/\//i.test(defaultValue)) urls.push(defaultValue);
    if (name === 'LaunchEvent') {
      launchEvents.push({ type: attr(node, 'Type') ?? '', functionName: attr(node, 'FunctionName') ?? '', sendMode: attr(node, 'SendMode') });
    }
    if (name === 'Sets' && attr(node, 'DefaultMinVersion')) mailboxFloor = attr(node, 'DefaultMinVersion');
  });

  // Short strings are limited to 125 characters and long strings to 250.
  walk(app, (rawName, node) => {
    const name = local(rawName);
    if (name !== 'ShortStrings' && name !== 'LongStrings') return;
    const limit = name === 'ShortStrings' ? 125 : 250;
    walk(node, (child, s) => {
      if (local(child) !== 'String' && local(child) !== 'Override') return;
      const text = attr(s, 'DefaultValue') ?? attr(s, 'Value') ?? '';
      if (text.length > limit) problems.push(`${name} "${attr(s, 'id') ?? text.slice(0, 20)}" is ${text.length} characters (limit ${limit})`);
    });
  });

  const appDomains = walkValues(app.AppDomains);
  urls.push(...appDomains);

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id "${id}" is not a GUID`);
  if (id.toLowerCase() !== ADDIN_ID) problems.push(`Id must be ${ADDIN_ID} (shared with the unified manifest), found "${id}"`);
  for (const [dup, count] of ids) if (count > 1) problems.push(`id "${dup}" is used ${count} times`);
  for (const r of resids) if (!resourceIds.has(r)) problems.push(`resid "${r}" names no resource`);
  for (const u of urls) if (!u.startsWith('https://')) problems.push(`URL "${u}" must use https`);
  if (!sawV11) problems.push('no VersionOverridesV1_1 (needed for LaunchEvents)');
  const send = launchEvents.find((e) => e.type === 'OnMessageSend');
  if (!send) problems.push('no OnMessageSend launch event');
  else if (send.sendMode !== 'SoftBlock') problems.push(`OnMessageSend must use SendMode="SoftBlock", found "${send.sendMode ?? '(none)'}"`);
  if (!launchEvents.some((e) => e.type === 'OnMessageRecipientsChanged')) problems.push('no OnMessageRecipientsChanged launch event');
  if (mailboxFloor !== '1.12') problems.push(`the Mailbox floor should be 1.12, found ${mailboxFloor ?? '(none)'}`);

  const functionNames = [...new Set(launchEvents.map((e) => e.functionName))];
  return { facts: { id, urls: [...new Set(urls)], functionNames, launchEvents, mailboxFloor }, problems };
}

function walkValues(node: unknown): string[] {
  const out: string[] = [];
  const visit = (n: unknown) => {
    if (typeof n === 'string') out.push(n.trim());
    else if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object') Object.values(n).forEach(visit);
  };
  visit(node);
  return out;
}

/** Every URL must be a file in dist/ (by path), and every event function must be registered in dist/commands.js. */
export function checkAgainstBuild(facts: ManifestFacts, distDir: string): string[] {
  const problems: string[] = [];
  for (const url of facts.urls) {
    const path = new URL(url).pathname.replace(/^\/+/, '');
    if (path === '') continue; // an origin (AppDomain)
    if (!existsSync(join(distDir, path))) problems.push(`${url} is not in the build (${join(distDir, path)} is missing)`);
  }
  const commands = join(distDir, 'commands.js');
  if (!existsSync(commands)) problems.push(`${commands} is missing: build first ("npm run build")`);
  else {
    const source = readFileSync(commands, 'utf8');
    for (const fn of facts.functionNames) {
      if (!source.includes(`"${fn}"`) && !source.includes(`'${fn}'`)) problems.push(`event function "${fn}" is not registered in dist/commands.js`);
    }
  }
  return problems;
}

export function checkXmlManifest(xml: string, distDir?: string): string[] {
  const { facts, problems } = readManifest(xml);
  return distDir ? [...problems, ...checkAgainstBuild(facts, distDir)] : problems;
}
