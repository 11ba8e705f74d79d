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

/**
 * Cuts to at most `max` UTF-16 units (Outlook's limit counts those) without splitting a character
 * written as a surrogate pair: a lone surrogate shows as a replacement box, or worse, in the dialog.
 */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).replace(/\\$/, '') + '…';
}

/**
 * Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F,
 * U+061C) can make quoted text read backwards or hide what follows it; zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF, U+180E) hide words. Neither belongs in the alert's text.
 */
const INVISIBLE_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff\u180e]/g;

export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/** The words the finding points at, for the dialog: recipients or a short quote. */
function evidenceSnippet(finding: Finding): string {
  const first = finding.evidence[0];
  if (!first || !first.text) return '';
  return clip(stripInvisibleControls(first.text).replace(/\s+/g, ' ').trim(), 60);
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
    const title = clip(stripInvisibleControls(f.title), 80);
    const plain = `- ${title}${snippet ? ` ("${snippet}")` : ''}`;
    const md = `- **${escapeMarkdown(title)}**${snippet ? ` (“${escapeMarkdown(snippet)}”)` : ''}`;
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
