import { RULES } from '../../core/rules/registry';
import type { Lang } from '../../core/types';

/**
 * The audit record a sent message carries (the X-Protocol-Guard header), said as a plain
 * sentence for the person sending. The header itself is for the record view; a councillor
 * should never have to read `result=sent-anyway; reason=…%3B…`.
 */
export interface RecordForSentence {
  result: 'allow' | 'warn' | 'sent-anyway' | 'error';
  warned?: string[];
  reason?: string;
  error?: string;
}

function ruleTitles(ids: ReadonlyArray<string>, lang: Lang): string {
  const titles = ids.map((id) => RULES.find((r) => r.header.id === id)?.header.title[lang] ?? id);
  if (titles.length <= 1) return titles.join('');
  const and = lang === 'cy' ? ' a ' : ' and ';
  return `${titles.slice(0, -1).join(', ')}${and}${titles[titles.length - 1]}`;
}

export function recordSentence(record: RecordForSentence, lang: Lang): string {
  const rules = ruleTitles(record.warned ?? [], lang);
  if (lang === 'cy') {
    switch (record.result) {
      case 'allow':
        return 'Bydd nodyn ar y neges yn dweud bod Protocol Guard wedi’i gwirio heb ganfod dim i rybuddio amdano.';
      case 'warn':
        return `Bydd nodyn ar y neges yn dweud i chi gael rhybudd am: ${rules}.`;
      case 'sent-anyway':
        return `Bydd nodyn ar y neges, i’r swyddog monitro, yn dweud i chi ei hanfon er gwaethaf y rhybudd am ${rules}${record.reason ? `, gyda’ch rheswm: “${record.reason}”` : ''}.`;
      case 'error':
        return 'Bydd nodyn ar y neges yn dweud nad oedd modd rhedeg y gwiriad, felly aeth heb ei gwirio.';
    }
  }
  switch (record.result) {
    case 'allow':
      return 'The message carries a note that Protocol Guard checked it and found nothing to warn about.';
    case 'warn':
      return `The message carries a note that you were warned about: ${rules}.`;
    case 'sent-anyway':
      return `The message carries a note, for the monitoring officer, that you sent it past the warning about ${rules}${record.reason ? `, with your reason: “${record.reason}”` : ''}.`;
    case 'error':
      return 'The message carries a note that the check could not run, so it went unchecked.';
  }
}
