import type { $ZodIssue } from 'zod/v4/core';

/** One problem with an input, named by its path, ready for a one-line message. */
export interface InputProblem {
  /** Dotted path to the field, e.g. `rules.partisan-request.severity`, or `(root)`. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
}

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeRange(issue: { code: 'too_big' | 'too_small'; origin: string; inclusive?: boolean } & ({ maximum: unknown } | { minimum: unknown })): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
  const unit = issue.origin === 'string' ? ' character' : issue.origin === 'array' ? ' item' : '';
  const plural = unit !== '' && limit !== 1 ? 's' : '';
  const bound = issue.inclusive === false ? (big ? 'less than ' : 'more than ') : big ? 'at most ' : 'at least ';
  return `expected ${bound}${limit}${unit}${plural}`;
}

/** Turns zod's issues into problems that say what was given and what was expected. */
export function formatIssues(issues: ReadonlyArray<$ZodIssue>): InputProblem[] {
  return issues.map((issue) => {
    const path = pathToString(issue.path);
    const given = 'input' in issue ? describeValue((issue as { input?: unknown }).input) : undefined;
    let message: string;
    switch (issue.code) {
      case 'invalid_value':
        message = `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
        break;
      case 'invalid_type':
        message = given === 'nothing' ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}`;
        break;
      case 'too_big':
      case 'too_small':
        // A schema's own message ("a person needs a name") beats the generic range.
        message = /^(Too (big|small)|Invalid input)/.test(issue.message) ? describeRange(issue) : issue.message;
        break;
      case 'unrecognized_keys':
        message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling)`;
        break;
      default:
        message = issue.message;
    }
    if (given !== undefined && given !== 'nothing' && issue.code !== 'unrecognized_keys') {
      message += `, got ${given}`;
    }
    return { path, message };
  });
}

export function problemsToLine(problems: ReadonlyArray<InputProblem>): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

/** A parse result that never throws: the value, or every problem found. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };
