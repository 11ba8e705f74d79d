import type { DecisionKind, Finding, Lang } from '../../core/types';
import { ALERT_STRINGS } from './alert-strings';

/** Outlook refuses longer dialog messages (both the plain and the Markdown form). */
export const ALERT_LIMIT = 500;

export interface AlertMessage {
  errorMessage: string;
  errorMessageMarkdown: string;
}

/**
 * Escapes text quoted from a draft so Outlook's Markdown renders it literally: every ASCII
 * punctuation mark that Markdown gives meaning to is backslash-escaped (so `[x](https://…)`
 * cannot become a link), and line breaks become spaces so a draft cannot start a heading or list.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~:&=]/g, (c) => '\\' + c);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).replace(/\\$/, '') + '…';
}

/** The words the finding points at, for the dialog: recipients or a short quote. */
function evidenceSnippet(finding: Finding): string {
  const first = finding.evidence[0];
  if (!first || !first.text) return '';
  return clip(first.text.replace(/\s+/g, ' ').trim(), 60);
}

/**
 * A Smart Alerts Markdown list as Microsoft documents it ("Limitations to formatting the dialog message
 * using Markdown"): each item starts with "- " and ends with "\r"; paragraphs are separated by "\n\n".
 * Items joined by "\n" render as one run-on paragraph.
 */
export function markdownList(items: string[]): string {
  return items.map((item) => `${item}\r`).join('');
}

/**
 * Builds the dialog text for a block or warn decision: a plain-text form for every Outlook and a
 * Markdown form (Mailbox 1.15) with each finding's title in bold. Both fit in 500 characters;
 * findings that do not fit are counted ("and 2 more") rather than cut mid-word.
 */
export function buildAlertMessage(kind: Exclude<DecisionKind, 'allow'>, findings: Finding[], lang: Lang): AlertMessage {
  const t = ALERT_STRINGS[lang] || ALERT_STRINGS.en;
  const relevant = findings.filter((f) => f.severity === 'block' || f.severity === 'warn');
  const plainItems: string[] = [];
  const mdItems: string[] = [];
  let plainLen = t.intro[kind].length + t.open.length + 20;
  let mdLen = t.intro[kind].length + t.open.length + 20;
  let shown = 0;
  for (const f of relevant) {
    const snippet = evidenceSnippet(f);
    const plain = `- ${clip(f.title, 80)}${snippet ? ` ("${snippet}")` : ''}`;
    const md = `- **${escapeMarkdown(clip(f.title, 80))}**${snippet ? ` (“${escapeMarkdown(snippet)}”)` : ''}`;
    const moreReserve = 20;
    if (plainLen + plain.length + 1 + moreReserve > ALERT_LIMIT || mdLen + md.length + 1 + moreReserve > ALERT_LIMIT) break;
    plainItems.push(plain);
    mdItems.push(md);
    plainLen += plain.length + 1;
    mdLen += md.length + 1;
    shown++;
  }
  const hidden = relevant.length - shown;
  if (hidden > 0) {
    const more = t.more.replace('{n}', String(hidden));
    plainItems.push(`- ${more}`);
    mdItems.push(`- ${escapeMarkdown(more)}`);
  }
  const errorMessage = clip([t.intro[kind], ...plainItems, t.open].join('\n'), ALERT_LIMIT);
  const errorMessageMarkdown = clip(`**${escapeMarkdown(t.intro[kind])}**\n\n${markdownList(mdItems)}\n\n${escapeMarkdown(t.open)}`, ALERT_LIMIT);
  return { errorMessage, errorMessageMarkdown };
}
