import { displayAddress } from '../message/address';
import { FIX_LABELS } from '../i18n/fix-labels';
import { fill, pick } from '../i18n/fill';
import type { RawFix } from '../rules/rule-types';
import type { Fix, Lang, MailAddress } from '../types';

function who(recipients: MailAddress[]): string {
  return recipients.map((r) => r.name ?? r.email ?? '').filter((s) => s !== '').join(', ');
}

/** Puts a fix's label into the user's language. */
export function localiseFix(fix: RawFix, lang: Lang, text: string): Fix {
  const label = FIX_LABELS[fix.kind][lang];
  switch (fix.kind) {
    case 'move-to-cc':
    case 'add-cc':
    case 'remove-recipients':
      return { ...fix, label: fill(label, { who: who(fix.recipients) }) };
    case 'replace-text':
      return { ...fix, label: fill(label, { from: text.slice(fix.start, fix.end), to: fix.replacement }) };
    case 'insert-text':
      return { kind: 'insert-text', at: fix.at, text: pick(fix.text, lang) ?? '', label };
    case 'send-from-officer':
      return {
        ...fix,
        label: fill(label, { who: fix.officer ? displayAddress(fix.officer) : lang === 'cy' ? 'y swyddog cyfrifol' : 'the responsible officer' }),
      };
  }
}
