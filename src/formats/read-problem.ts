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
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

const EN: { [K in ReadProblem['code']]: (p: Extract<ReadProblem, { code: K }>) => string } = {
  'not-json': (p) => `not valid JSON: ${p.detail}`,
  'not-eml': (p) => `not a readable .eml message: ${p.detail}`,
  'not-msg': (p) => `not a readable Outlook .msg file: ${p.detail}`,
  'not-mbox': (p) => `not a readable mbox file: ${p.detail}`,
  'empty-mbox': () => 'an mbox file with no messages in it',
  'too-large': (p) => `${megabytes(p.size)} is over the ${megabytes(p.limit)} limit for one message; check a shorter extract`,
  'not-a-message': (p) => `a ${p.ext ? `${p.ext} file` : 'file with no extension'} is not a message (messages are .json, .eml, .msg or mbox files)`,
};

const CY: typeof EN = {
  'not-json': (p) => `nid yw'n JSON dilys: ${p.detail}`,
  'not-eml': (p) => `methu darllen y neges .eml: ${p.detail}`,
  'not-msg': (p) => `methu darllen y ffeil Outlook .msg: ${p.detail}`,
  'not-mbox': (p) => `methu darllen y ffeil mbox: ${p.detail}`,
  'empty-mbox': () => "ffeil mbox heb neges ynddi",
  'too-large': (p) => `mae ${megabytes(p.size)} dros y terfyn o ${megabytes(p.limit)} ar gyfer un neges; gwiriwch ddarn byrrach`,
  'not-a-message': (p) => `nid neges yw ffeil ${p.ext || 'heb estyniad'} (ffeiliau .json, .eml, .msg neu mbox yw negeseuon)`,
};

export function describeReadProblem(problem: ReadProblem, lang: Lang = 'en'): string {
  const table = lang === 'cy' ? CY : EN;
  return (table[problem.code] as (p: ReadProblem) => string)(problem);
}
