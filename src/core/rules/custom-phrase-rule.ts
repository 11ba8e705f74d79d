import { zoneAt } from '../zones/zone-types';
import type { Party } from '../directory/directory-index';
import type { Draft } from '../draft/draft';
import { pick } from '../i18n/fill';
import type { CustomRule } from '../policy/policy-schema';
import { PhraseMatcher } from '../text/phrases';
import type { Evidence, Finding, Lang } from '../types';
import type { Recipient } from './rule-types';
import { unlimitedBudget, type WorkBudget } from '../engine/work-budget';

export interface CompiledCustomRule {
  rule: CustomRule;
  matcher: PhraseMatcher;
}

export function compileCustomRule(rule: CustomRule): CompiledCustomRule {
  return { rule, matcher: new PhraseMatcher({ phrases: [...rule.phrases.en, ...rule.phrases.cy] }) };
}

/**
 * The one kind of rule a monitoring officer writes as data: phrases, scoped by who
 * sends and who receives. It reads the new text and/or the subject.
 */
export function checkCustomRule(
  compiled: CompiledCustomRule,
  draft: Draft,
  _sender: Party,
  inNameOf: Party,
  recipients: Recipient[],
  lang: Lang,
  budget: WorkBudget = unlimitedBudget(),
): Finding[] {
  const { rule, matcher } = compiled;
  if (rule.senderRoles.length > 0 && (inNameOf.role === undefined || !rule.senderRoles.includes(inNameOf.role))) return [];
  let scoped: Recipient[] = recipients;
  if (rule.recipientRoles.length > 0) {
    scoped = recipients.filter(
      (r) => (r.role !== undefined && (rule.recipientRoles as string[]).includes(r.role)) || (r.external && rule.recipientRoles.includes('external')),
    );
    if (scoped.length === 0) return [];
  }
  const evidence: Evidence[] = [];
  if (rule.scope !== 'subject') {
    for (const m of matcher.findAll(draft.tokens, 0, draft.newTextTokenEnd, budget)) {
      // The author's own words only: not their signature, a footer or a pasted cutting.
      if (zoneAt(draft.zones, m.start) !== 'own') continue;
      evidence.push({ field: 'body', start: m.start, end: m.end, text: draft.text.slice(m.start, m.end), zone: 'own' });
    }
  }
  if (rule.scope !== 'body') {
    for (const m of matcher.findAll(draft.subjectTokens, 0, draft.subjectTokens.length, budget)) {
      evidence.push({ field: 'subject', start: m.start, end: m.end, text: draft.subject.slice(m.start, m.end), zone: 'subject' });
    }
  }
  if (evidence.length === 0) return [];
  if (rule.recipientRoles.length > 0) {
    for (const r of scoped) evidence.push({ field: r.field, index: r.index, text: r.address.name ?? r.address.email ?? '', address: r.address, zone: r.field });
  }
  return [
    {
      ruleId: rule.id,
      // A custom rule has one message: its explanation, about the words it found.
      messageId: 'phrase',
      data: { words: evidence[0].text },
      sources: [],
      severity: rule.severity,
      title: pick(rule.title, lang) ?? rule.id,
      explanation: pick(rule.explanation, lang) ?? '',
      ground: pick(rule.protocolText, lang) ?? pick(rule.explanation, lang) ?? '',
      evidence,
      fixes: [],
    },
  ];
}
