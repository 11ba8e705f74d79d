import type { Lang, Person, ResolvedPolicy, Severity } from '../../core';

/**
 * What changed between the published policy and the one about to be published,
 * as data first (so it can be shown in either language and tested), then as the
 * plain sentence stored in the file's `changeSummary`.
 */
export type PolicyChange =
  | { kind: 'rule-on' | 'rule-off'; ruleId: string }
  | { kind: 'severity'; ruleId: string; from: Severity; to: Severity }
  | { kind: 'wording'; ruleId: string; lang: Lang }
  | { kind: 'option'; ruleId: string; key: string; from: unknown; to: unknown }
  | { kind: 'phrases-added' | 'phrases-removed'; ruleId: string; list: string; lang: Lang; phrases: string[] }
  | { kind: 'custom-added' | 'custom-removed' | 'custom-changed'; ruleId: string }
  | { kind: 'people-added' | 'people-removed' | 'people-changed'; count: number }
  | { kind: 'domains'; which: 'internalDomains' | 'pressDomains' | 'personalDomains'; added: string[]; removed: string[] }
  | { kind: 'organisation'; to: string };

function minus(a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] {
  const set = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => !set.has(x.toLowerCase()));
}

function personKey(p: Person): string {
  return (p.email ?? p.name).toLowerCase() + '|' + p.role;
}

export function describeChanges(before: ResolvedPolicy, after: ResolvedPolicy): PolicyChange[] {
  const out: PolicyChange[] = [];
  for (const id of Object.keys(after.rules) as (keyof ResolvedPolicy['rules'])[]) {
    const b = before.rules[id];
    const a = after.rules[id];
    if (!b) continue;
    if (b.enabled !== a.enabled) out.push({ kind: a.enabled ? 'rule-on' : 'rule-off', ruleId: id });
    if (b.severity !== a.severity) out.push({ kind: 'severity', ruleId: id, from: b.severity, to: a.severity });
    for (const key of Object.keys(a.options)) {
      if (JSON.stringify(b.options[key]) !== JSON.stringify(a.options[key])) out.push({ kind: 'option', ruleId: id, key, from: b.options[key], to: a.options[key] });
    }
    for (const lang of ['en', 'cy'] as const) {
      if ((b.protocolText?.[lang] ?? '') !== (a.protocolText?.[lang] ?? '')) out.push({ kind: 'wording', ruleId: id, lang });
    }
    for (const list of Object.keys(a.phrases)) {
      for (const lang of ['en', 'cy'] as const) {
        const was = b.phrases[list]?.[lang] ?? [];
        const now = a.phrases[list][lang];
        const added = minus(now, was);
        const removed = minus(was, now);
        if (added.length) out.push({ kind: 'phrases-added', ruleId: id, list, lang, phrases: added });
        if (removed.length) out.push({ kind: 'phrases-removed', ruleId: id, list, lang, phrases: removed });
      }
    }
  }
  const beforeCustom = new Map(before.customRules.map((r) => [r.id, JSON.stringify(r)]));
  const afterCustom = new Map(after.customRules.map((r) => [r.id, JSON.stringify(r)]));
  for (const [id, json] of afterCustom) {
    if (!beforeCustom.has(id)) out.push({ kind: 'custom-added', ruleId: id });
    else if (beforeCustom.get(id) !== json) out.push({ kind: 'custom-changed', ruleId: id });
  }
  for (const id of beforeCustom.keys()) if (!afterCustom.has(id)) out.push({ kind: 'custom-removed', ruleId: id });

  const bd = before.directory;
  const ad = after.directory;
  if (bd.organisation !== ad.organisation) out.push({ kind: 'organisation', to: ad.organisation });
  for (const which of ['internalDomains', 'pressDomains', 'personalDomains'] as const) {
    const added = minus(ad[which], bd[which]);
    const removed = minus(bd[which], ad[which]);
    if (added.length || removed.length) out.push({ kind: 'domains', which, added, removed });
  }
  const was = new Map(bd.people.map((p) => [personKey(p), JSON.stringify(p)]));
  const now = new Map(ad.people.map((p) => [personKey(p), JSON.stringify(p)]));
  let added = 0;
  let changed = 0;
  for (const [k, json] of now) {
    if (!was.has(k)) added++;
    else if (was.get(k) !== json) changed++;
  }
  const removed = [...was.keys()].filter((k) => !now.has(k)).length;
  if (added) out.push({ kind: 'people-added', count: added });
  if (removed) out.push({ kind: 'people-removed', count: removed });
  if (changed) out.push({ kind: 'people-changed', count: changed });
  return out;
}
