import { problemsToLine, type InputProblem, type Lang } from '../core';

/**
 * The engine words input problems in English (`rules.x.severity: expected one of block,
 * warn, info, got "loud"`). With `--lang cy` the command line says them in Welsh: each
 * known form below has its Welsh, paths and values stay as written (they are the file's
 * own words), and a form not yet listed here is left in English rather than guessed.
 */
const TYPES: Record<string, string> = {
  string: 'testun',
  number: 'rhif',
  boolean: 'gwir neu gau',
  object: 'gwrthrych',
  array: 'rhestr',
  nonoptional: 'gwerth',
};

const VALUES: Record<string, string> = { 'a list': 'rhestr', 'an object': 'gwrthrych', nothing: 'dim' };

const FORMS: [RegExp, (...m: string[]) => string][] = [
  [/^expected one of (.+)$/, (v) => `disgwyl un o ${v}`],
  [/^is missing \(expected (\w+)\)$/, (t) => `ar goll (disgwyl ${TYPES[t] ?? t})`],
  [/^expected (string|number|boolean|object|array|nonoptional)$/, (t) => `disgwyl ${TYPES[t]}`],
  [/^expected (at most|at least|less than|more than) (\d+)( characters?| items?)?$/, (bound, n, unit) => {
    const u = unit ? (unit.trim().startsWith('char') ? ' nod' : ' eitem') : '';
    const b = { 'at most': 'ar y mwyaf', 'at least': 'o leiaf', 'less than': 'llai na', 'more than': 'mwy na' }[bound] ?? bound;
    return bound === 'at most' ? `disgwyl ${n}${u} ar y mwyaf` : `disgwyl ${b} ${n}${u}`;
  }],
  [/^unknown fields? (.+) \(check the spelling\)$/, (k) => `maes anhysbys ${k} (gwiriwch y sillafu)`],
  [/^unknown field; did you mean "(.+)"\?$/, (k) => `maes anhysbys; oeddech chi’n golygu "${k}"?`],
  [/^expected an email address like name@council\.gov\.uk$/, () => 'disgwyl cyfeiriad e-bost fel enw@cyngor.gov.uk'],
  [/^a recipient needs a name or an email$/, () => 'mae angen enw neu e-bost ar dderbynnydd'],
  [/^a message needs a body \(plain text\) or a bodyHtml$/, () => 'mae angen body (testun plaen) neu bodyHtml ar neges'],
  [/^a person needs a name$/, () => 'mae angen enw ar berson'],
  [/^expected a domain like council\.gov\.uk \(no @, no spaces\)$/, () => 'disgwyl parth fel cyngor.gov.uk (dim @, dim bylchau)'],
  [/^expected lower-case words joined by hyphens, like "(.+)"$/, (x) => `disgwyl geiriau mewn llythrennau bach wedi’u cysylltu â chysylltnodau, fel "${x}"`],
  [/^this id belongs to a built-in rule; choose another$/, () => 'mae’r id hwn yn perthyn i reol adeiledig; dewiswch un arall'],
  [/^expected schemaVersion (\d+)$/, (n) => `disgwyl schemaVersion ${n}`],
  [/^(.+) is already used by (people\[\d+\])$/, (e, who) => `mae ${e} eisoes yn perthyn i ${who}`],
];

export function problemMessageCy(message: string): string {
  const got = message.match(/^(.*), got (.+)$/s);
  const base = got ? got[1] : message;
  let out = base;
  for (const [form, say] of FORMS) {
    const m = base.match(form);
    if (m) {
      out = say(...m.slice(1));
      break;
    }
  }
  return got ? `${out}, cafwyd ${VALUES[got[2]] ?? got[2]}` : out;
}

/** One line for a list of problems, in the user's language. */
export function problemsLine(problems: ReadonlyArray<InputProblem>, lang: Lang): string {
  if (lang !== 'cy') return problemsToLine(problems);
  return problems.map((p) => `${p.path}: ${problemMessageCy(p.message)}`).join('; ');
}
