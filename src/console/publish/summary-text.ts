import type { Strings } from '../i18n/strings';
import type { PolicyChange } from './change-summary';

/** Puts structured changes into sentences in the reader's language. */
export function changeSentences(changes: ReadonlyArray<PolicyChange>, t: Strings, titleOf: (ruleId: string) => string, listName: (ruleId: string, list: string) => string): string[] {
  const c = t.publish.change;
  const domainsLabel = { internalDomains: t.people.internalDomains, pressDomains: t.people.pressDomains, personalDomains: t.people.personalDomains };
  return changes.map((ch) => {
    switch (ch.kind) {
      case 'rule-on':
      case 'rule-off':
      case 'custom-added':
      case 'custom-removed':
      case 'custom-changed':
        return c[ch.kind](titleOf(ch.ruleId));
      case 'severity':
        return c.severity(titleOf(ch.ruleId), t.severity[ch.from], t.severity[ch.to]);
      case 'option': {
        const show = (v: unknown) => (typeof v === 'string' && v in t.severity ? t.severity[v as keyof typeof t.severity] : String(v));
        return c.option(titleOf(ch.ruleId), t.options[ch.key] ?? ch.key, show(ch.from), show(ch.to));
      }
      case 'wording':
        return c.wording(titleOf(ch.ruleId), t.langNames[ch.lang]);
      case 'phrases-added':
      case 'phrases-removed':
        return c[ch.kind](titleOf(ch.ruleId), listName(ch.ruleId, ch.list), t.langNames[ch.lang], ch.phrases.map((p) => `“${p}”`).join(', '));
      case 'people-added':
      case 'people-removed':
      case 'people-changed':
        return c[ch.kind](ch.count);
      case 'domains':
        return c.domains(domainsLabel[ch.which], ch.added.join(', '), ch.removed.join(', '));
      case 'organisation':
        return c.organisation(ch.to);
    }
  });
}
