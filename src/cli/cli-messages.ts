import type { Lang } from '../core';

/** Every sentence the command line prints of its own, in English and Welsh (`--lang cy`). */
export interface CliMessages {
  usage: string;
  marks: { block: string; warn: string; info: string };
  decisions: { block: string; warn: string; allow: string };
  ok: string;
  ground: string;
  fix: string;
  summary(c: { checked: number; blocked: number; warned: number; ok: number; unreadable: number; skipped: number }): string;
  unknownCommand(command: string): string;
  unknownOption(option: string): string;
  needsValue(option: string, what: string): string;
  valueLooksLikeOption(option: string, what: string, given: string): string;
  takesNoValue(option: string): string;
  badChoice(option: string, choices: string, given: string): string;
  noFiles: string;
  what: { path: string; format: string; lang: string };
  noSuchFile: string;
  brokenLink: string;
  linkLoop: string;
  notRegular(kind: string): string;
  noPermission: string;
  cannotRead(code: string): string;
  isFolder: string;
  tooLarge(size: string, limit: string): string;
  skipped(reason: string): string;
  hidden: string;
  emptyFolder: string;
  nothingToCheck: string;
  noRoster: string;
  ignoredFields(fields: string, files: number, example: string): string;
  unexpected(detail: string): string;
  ruleFailed(ruleId: string, detail: string): string;
  incomplete(detail: string): string;
  incompleteReasons: Record<string, string>;
  kinds: { fifo: string; socket: string; device: string; other: string };
}

const EN: CliMessages = {
  usage: `Usage: protocol-guard check FILE... [--directory DIRECTORY.json] [--policy POLICY.json] [--format text|json] [--lang en|cy] [--no-cache]

  FILE          a message (.json, .eml, Outlook .msg or an mbox file), or a folder of them
  --directory   the council's roster (overrides the policy's directory)
  --policy      the monitoring officer's policy.json
  --format      text (default) or json
  --lang        en (default) or cy: the language of everything printed
  --no-cache    validate the roster afresh and keep no compiled copy of it

A roster file of 256 KB or more is validated once and then kept, compiled, for the next run, in the
folder PROTOCOL_GUARD_CACHE names (by default ~/.cache/protocol-guard, or %LOCALAPPDATA%\\protocol-guard\\cache
on Windows), readable by you alone. A roster that has changed is validated again. PROTOCOL_GUARD_CACHE=off keeps none.

Exit status: 0 nothing to warn about, 1 at least one warn or block finding, 2 bad input or usage.`,
  marks: { block: 'BLOCK', warn: 'WARN', info: 'INFO' },
  decisions: { block: 'block', warn: 'warn', allow: 'ok' },
  ok: 'ok',
  ground: 'ground',
  fix: 'fix',
  summary: (c) =>
    `${c.checked} checked: ${c.blocked} would be blocked, ${c.warned} with warnings, ${c.ok} ok; ${c.unreadable} could not be checked, ${c.skipped} skipped`,
  unknownCommand: (command) => `unknown command "${command}": the command is "check"`,
  unknownOption: (option) => `unknown option ${option}`,
  needsValue: (option, what) => `${option} needs ${what}`,
  valueLooksLikeOption: (option, what, given) => `${option} needs ${what}, but the next word is the option ${given} (write ${option}=${given} if that really is its name)`,
  takesNoValue: (option) => `${option} takes no value`,
  badChoice: (option, choices, given) => `${option}: expected ${choices}, got ${given}`,
  noFiles: 'give at least one message file or folder to check',
  what: { path: 'a file path', format: 'text or json', lang: 'en or cy' },
  noSuchFile: 'no such file or folder',
  brokenLink: 'a symbolic link to something that does not exist',
  linkLoop: 'a loop of symbolic links',
  notRegular: (kind) => `not an ordinary file (it is ${kind}), so it is not read`,
  noPermission: 'no permission to read it',
  cannotRead: (code) => `cannot read the file (${code})`,
  isFolder: 'a folder, where a file is needed',
  tooLarge: (size, limit) => `${size} is over the ${limit} limit for a file of this kind`,
  skipped: (reason) => `skipped: ${reason}`,
  hidden: 'hidden',
  emptyFolder: 'no messages to check in this folder (.json, .eml, .msg or mbox files)',
  nothingToCheck: 'nothing to check: no message files were found',
  noRoster:
    'no roster given (--directory, or a policy with directory.people): nobody is known as a councillor, officer, politically restricted officer, political assistant or press, and no address is known to be inside the council, except by a "Cllr" title. So silent copies, requests in a councillor\'s name, party-political requests, press disputes and disclosures outside the council cannot be checked; only the wording is.',
  ignoredFields: (fields, files, example) =>
    `ignored fields that are not part of a message: ${fields} (in ${files} file${files === 1 ? '' : 's'}, for example ${example})`,
  unexpected: (detail) => `unexpected error: ${detail}`,
  ruleFailed: (ruleId, detail) => `the rule ${ruleId} failed on this message and did not check it (${detail})`,
  incomplete: (detail) => `the check is incomplete: ${detail}; its findings cover only what was read`,
  incompleteReasons: {
    'body-too-long': 'the body is longer than the engine reads, so only its first part was checked',
    'work-budget': 'the check used up its work budget before the end',
  },
  kinds: { fifo: 'a named pipe', socket: 'a socket', device: 'a device', other: 'not a regular file' },
};

const CY: CliMessages = {
  usage: `Defnydd: protocol-guard check FFEIL... [--directory CYFEIRIADUR.json] [--policy POLISI.json] [--format text|json] [--lang en|cy] [--no-cache]

  FFEIL         neges (.json, .eml, .msg Outlook neu ffeil mbox), neu ffolder ohonynt
  --directory   rhestr pobl y cyngor (yn disodli cyfeiriadur y polisi)
  --policy      policy.json y swyddog monitro
  --format      text (y rhagosodiad) neu json
  --lang        en (y rhagosodiad) neu cy: iaith popeth a argraffir
  --no-cache    dilysu'r rhestr o'r newydd heb gadw copi wedi'i grynhoi ohoni

Caiff ffeil rhestr pobl o 256 KB neu fwy ei dilysu unwaith ac yna ei chadw, wedi'i chrynhoi, ar gyfer y tro
nesaf, yn y ffolder a enwir gan PROTOCOL_GUARD_CACHE (~/.cache/protocol-guard fel rhagosodiad, neu
%LOCALAPPDATA%\\protocol-guard\\cache ar Windows), i chi yn unig ei darllen. Caiff rhestr a newidiwyd ei dilysu
eto. Nid yw PROTOCOL_GUARD_CACHE=off yn cadw dim.

Statws gadael: 0 dim i rybuddio amdano, 1 o leiaf un canfyddiad rhybudd neu atal, 2 mewnbwn neu ddefnydd gwallus.`,
  marks: { block: 'ATAL', warn: 'RHYBUDD', info: 'NODYN' },
  decisions: { block: 'atal', warn: 'rhybudd', allow: 'iawn' },
  ok: 'iawn',
  ground: 'sail',
  fix: 'cywiriad',
  summary: (c) =>
    `Gwiriwyd ${c.checked}: byddai ${c.blocked} yn cael eu hatal, ${c.warned} â rhybudd, ${c.ok} yn iawn; methwyd gwirio ${c.unreadable}, hepgorwyd ${c.skipped}`,
  unknownCommand: (command) => `gorchymyn anhysbys "${command}": "check" yw'r gorchymyn`,
  unknownOption: (option) => `opsiwn anhysbys ${option}`,
  needsValue: (option, what) => `mae angen ${what} ar ${option}`,
  valueLooksLikeOption: (option, what, given) =>
    `mae angen ${what} ar ${option}, ond yr opsiwn ${given} yw'r gair nesaf (ysgrifennwch ${option}=${given} os mai dyna'i enw go iawn)`,
  takesNoValue: (option) => `nid yw ${option} yn cymryd gwerth`,
  badChoice: (option, choices, given) => `${option}: disgwyl ${choices}, cafwyd ${given}`,
  noFiles: 'rhowch o leiaf un ffeil neges neu ffolder i’w gwirio',
  what: { path: 'llwybr ffeil', format: 'text neu json', lang: 'en neu cy' },
  noSuchFile: 'nid oes ffeil na ffolder o’r enw hwn',
  brokenLink: 'dolen symbolaidd at rywbeth nad yw’n bod',
  linkLoop: 'cylch o ddolenni symbolaidd',
  notRegular: (kind) => `nid ffeil gyffredin mohoni (${kind} yw hi), felly ni chaiff ei darllen`,
  noPermission: 'dim caniatâd i’w darllen',
  cannotRead: (code) => `methu darllen y ffeil (${code})`,
  isFolder: 'ffolder, lle mae angen ffeil',
  tooLarge: (size, limit) => `mae ${size} dros y terfyn o ${limit} ar gyfer ffeil o’r math hwn`,
  skipped: (reason) => `hepgorwyd: ${reason}`,
  hidden: 'cudd',
  emptyFolder: 'dim negeseuon i’w gwirio yn y ffolder hon (ffeiliau .json, .eml, .msg neu mbox)',
  nothingToCheck: 'dim i’w wirio: ni chafwyd hyd i ffeil neges',
  noRoster:
    'ni roddwyd rhestr pobl (--directory, neu bolisi â directory.people): nid oes neb yn hysbys fel cynghorydd, swyddog, swyddog dan gyfyngiad gwleidyddol, cynorthwyydd gwleidyddol na’r wasg, ac nid oes cyfeiriad yn hysbys o fewn y cyngor, ac eithrio drwy’r teitl "Cyng". Felly ni ellir gwirio copïau cudd, ceisiadau yn enw cynghorydd, ceisiadau gwleidyddol pleidiol, anghydfodau yn y wasg na datgelu y tu allan i’r cyngor; dim ond y geiriad a wirir.',
  ignoredFields: (fields, files, example) =>
    `anwybyddwyd meysydd nad ydynt yn rhan o neges: ${fields} (mewn ${files} ${files === 1 ? 'ffeil' : 'o ffeiliau'}, er enghraifft ${example})`,
  unexpected: (detail) => `gwall annisgwyl: ${detail}`,
  ruleFailed: (ruleId, detail) => `methodd y rheol ${ruleId} ar y neges hon ac ni wiriodd hi (${detail})`,
  incomplete: (detail) => `mae’r gwiriad yn anghyflawn: ${detail}; dim ond yr hyn a ddarllenwyd y mae ei ganfyddiadau’n ei gwmpasu`,
  incompleteReasons: {
    'body-too-long': 'mae’r corff yn hwy nag y mae’r peiriant yn ei ddarllen, felly dim ond ei ran gyntaf a wiriwyd',
    'work-budget': 'defnyddiodd y gwiriad ei gyllideb waith cyn y diwedd',
  },
  kinds: { fifo: 'pibell enwol', socket: 'soced', device: 'dyfais', other: 'rhywbeth heblaw ffeil gyffredin' },
};

export function cliMessages(lang: Lang): CliMessages {
  return lang === 'cy' ? CY : EN;
}
