import type { Lang } from '../core';

/** Why a message file could not be read, as data: each surface words it in its user's language. */
export type ReadProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'not-eml'; detail: string }
  | { code: 'not-msg'; detail: string }
  | { code: 'not-mbox'; detail: string }
  | { code: 'empty-mbox' }
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'not-a-message'; ext: string };

export const MESSAGE_EXTENSIONS = ['.json', '.eml', '.msg', '.mbox', '.mbx'] as const;

/** Sizes in megabytes, one decimal place, the way file managers show them. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A size and a limit, in bytes when megabytes would show them equal ("10.0 MB is over the 10.0 MB limit"). */
export function sizeAndLimit(size: number, limit: number, lang: Lang = 'en'): [string, string] {
  const [a, b] = [megabytes(size), megabytes(limit)];
  if (a !== b) return [a, b];
  const n = (x: number) => x.toLocaleString('en-GB');
  return lang === 'cy' ? [`${n(size)} beit`, `${n(limit)} beit`] : [`${n(size)} bytes`, `${n(limit)}-byte`];
}

const EN: { [K in ReadProblem['code']]: (p: Extract<ReadProblem, { code: K }>) => string } = {
  'not-json': (p) => `not valid JSON: ${p.detail}`,
  'not-eml': (p) => `not a readable .eml message: ${p.detail}`,
  'not-msg': (p) => `not a readable Outlook .msg file: ${p.detail}`,
  'not-mbox': (p) => `not a readable mbox file: ${p.detail}`,
  'empty-mbox': () => 'an mbox file with no messages in it',
  'too-large': (p) => `${sizeAndLimit(p.size, p.limit).join(' is over the ')} limit for one message; check a shorter extract`,
  'not-a-message': (p) => `a ${p.ext ? `${p.ext} file` : 'file with no extension'} is not a message (messages are .json, .eml, .msg or mbox files)`,
};

const CY: typeof EN = {
  'not-json': (p) => `nid yw'n JSON dilys: ${p.detail}`,
  'not-eml': (p) => `methu darllen y neges .eml: ${p.detail}`,
  'not-msg': (p) => `methu darllen y ffeil Outlook .msg: ${p.detail}`,
  'not-mbox': (p) => `methu darllen y ffeil mbox: ${p.detail}`,
  'empty-mbox': () => "ffeil mbox heb neges ynddi",
  'too-large': (p) => `mae ${sizeAndLimit(p.size, p.limit, 'cy').join(' dros y terfyn o ')} ar gyfer un neges; gwiriwch ddarn byrrach`,
  'not-a-message': (p) => `nid neges yw ffeil ${p.ext || 'heb estyniad'} (ffeiliau .json, .eml, .msg neu mbox yw negeseuon)`,
};

export function describeReadProblem(problem: ReadProblem, lang: Lang = 'en'): string {
  const table = lang === 'cy' ? CY : EN;
  return (table[problem.code] as (p: ReadProblem) => string)(problem);
}
