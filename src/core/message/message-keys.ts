import type { InputProblem } from '../validation/format-issues';

/**
 * The message's own keys. zod strips anything else, so a message that spells `Bcc`
 * for `bcc` would lose its silent copy without a word; these lists let us tell a
 * misspelt key (an error, with a suggestion) from a key an exporter adds (`date`,
 * `id`: named and ignored).
 */
export const MESSAGE_KEYS = ['channel', 'from', 'sentOnBehalfOf', 'to', 'cc', 'bcc', 'subject', 'body', 'bodyHtml'] as const;
export const ADDRESS_KEYS = ['name', 'email'] as const;

const ADDRESS_FIELDS = new Set(['from', 'sentOnBehalfOf', 'to', 'cc', 'bcc']);

/**
 * True when `a` becomes `b` by one insertion, deletion, substitution or swap of two
 * neighbouring letters (ignoring case). Linear: keys are short, but a hostile file may not be.
 */
function oneEditApart(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    // One substitution, or one swap of neighbours.
    if (x.slice(i + 1) === y.slice(i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  // One insertion or deletion.
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** The known key an unknown one is probably a misspelling of, if any (`Bcc` -> `bcc`). */
export function suggestKey(key: string, known: ReadonlyArray<string>): string | undefined {
  if (key.length > 64) return undefined;
  return known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? known.find((k) => oneEditApart(key, k));
}

export interface MessageKeyReport {
  /** Keys one letter or a change of case away from a known key: errors, each with a suggestion. */
  problems: InputProblem[];
  /** Where each suggested key would be, and the object it belongs to (`to[0].email`, `to[0]`). */
  suggestedPaths: string[];
  /** Paths of the other unknown keys (`date`, `to[].type`), each once: ignored, and worth naming. */
  ignored: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks the keys of a message and of its addresses against the contract. */
export function checkMessageKeys(input: unknown): MessageKeyReport {
  const report: MessageKeyReport = { problems: [], suggestedPaths: [], ignored: [] };
  if (!isRecord(input)) return report;
  const ignored = new Set<string>();
  const look = (object: Record<string, unknown>, known: ReadonlyArray<string>, path: string, ignoredPath: string) => {
    for (const key of Object.keys(object)) {
      if ((known as string[]).includes(key)) continue;
      const suggestion = suggestKey(key, known);
      const at = path === '' ? key : `${path}.${key}`;
      if (suggestion !== undefined) {
        report.problems.push({ path: at, message: `unknown field; did you mean "${suggestion}"?` });
        report.suggestedPaths.push(path === '' ? suggestion : `${path}.${suggestion}`, path === '' ? '(root)' : path);
      }
      else ignored.add(ignoredPath === '' ? key : `${ignoredPath}.${key}`);
    }
  };
  look(input, MESSAGE_KEYS, '', '');
  for (const field of ADDRESS_FIELDS) {
    const value = input[field];
    const list = Array.isArray(value) ? value : [value];
    list.forEach((address, index) => {
      if (!isRecord(address)) return;
      const many = Array.isArray(value);
      look(address, ADDRESS_KEYS, many ? `${field}[${index}]` : field, many ? `${field}[]` : field);
    });
  }
  report.ignored = [...ignored];
  return report;
}
