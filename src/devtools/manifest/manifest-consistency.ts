import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { pngSize } from './png-size';
import type { ManifestProblem } from './json-manifest-schema';

/**
 * Checks the schema cannot express: references between parts of the manifest
 * and files it names. Pure reads, so the test run uses it directly.
 */
interface Action {
  id: string;
}
interface Runtime {
  id: string;
  actions?: Action[];
}
interface Control {
  actionId?: string;
}
export interface AppManifestShape {
  id?: string;
  icons?: { color?: string; outline?: string };
  staticTabs?: { entityId: string; contentUrl?: string }[];
  extensions?: {
    runtimes?: Runtime[];
    ribbons?: { tabs?: { groups?: { controls?: Control[] }[] }[] }[];
    autoRunEvents?: { events: { type: string; actionId: string }[] }[];
  }[];
}

export const ICON_SIZES = { color: 192, outline: 32 } as const;

export function actionIds(manifest: AppManifestShape): Set<string> {
  const ids = new Set<string>();
  for (const ext of manifest.extensions ?? []) for (const rt of ext.runtimes ?? []) for (const a of rt.actions ?? []) ids.add(a.id);
  return ids;
}

export function checkActionReferences(manifest: AppManifestShape): ManifestProblem[] {
  const ids = actionIds(manifest);
  const problems: ManifestProblem[] = [];
  (manifest.extensions ?? []).forEach((ext, e) => {
    (ext.autoRunEvents ?? []).forEach((group, g) =>
      group.events.forEach((event, i) => {
        if (!ids.has(event.actionId)) {
          problems.push({ path: `/extensions/${e}/autoRunEvents/${g}/events/${i}/actionId`, message: `no runtime action has id ${event.actionId}` });
        }
      }),
    );
    (ext.ribbons ?? []).forEach((ribbon, r) =>
      (ribbon.tabs ?? []).forEach((tab, t) =>
        (tab.groups ?? []).forEach((group, g) =>
          (group.controls ?? []).forEach((control, c) => {
            if (control.actionId && !ids.has(control.actionId)) {
              problems.push({ path: `/extensions/${e}/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}/actionId`, message: `no runtime action has id ${control.actionId}` });
            }
          }),
        ),
      ),
    );
  });
  return problems;
}

export function checkIcons(manifest: AppManifestShape, iconDir: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons?.[kind];
    if (!name) continue; // the schema reports a missing icon
    const file = join(iconDir, name);
    if (!existsSync(file)) {
      problems.push({ path: `/icons/${kind}`, message: `${name} is not in ${iconDir}` });
      continue;
    }
    const { width, height } = pngSize(readFileSync(file));
    const want = ICON_SIZES[kind];
    if (width !== want || height !== want) problems.push({ path: `/icons/${kind}`, message: `${name} is ${width}x${height}; Teams needs ${want}x${want}` });
  }
  return problems;
}

export function checkUniqueTabs(manifest: AppManifestShape): ManifestProblem[] {
  const seen = new Set<string>();
  const problems: ManifestProblem[] = [];
  (manifest.staticTabs ?? []).forEach((tab, i) => {
    if (seen.has(tab.entityId)) problems.push({ path: `/staticTabs/${i}/entityId`, message: `${tab.entityId} is used by an earlier tab` });
    seen.add(tab.entityId);
  });
  return problems;
}

export function checkConsistency(manifest: AppManifestShape, iconDir: string): ManifestProblem[] {
  return [...checkActionReferences(manifest), ...checkIcons(manifest, iconDir), ...checkUniqueTabs(manifest)];
}
