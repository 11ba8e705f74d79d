import type { Person, Role } from '../../core';
import { isEmailAddress, readRole, readYesNo } from './cell-values';
import type { ColumnMapping } from './column-mapping';

/**
 * CSV (an HR or directory export) -> roster people, with a report for every row.
 * Pure: no DOM, no storage, so it is unit-tested on its own and could run in a worker.
 * Nothing is dropped silently: each row is either taken or refused with its reasons,
 * numbered as the spreadsheet shows it (the header is row 1, so data starts at row 2).
 */

/** A CSV file as rows of cells: read by read-csv.ts, loaded only when a file is read (it carries papaparse). */
export interface CsvTable {
  headers: string[];
  /** Data rows; rows[i] is spreadsheet row i + 2. */
  rows: string[][];
  /** Rows papaparse could not read cleanly (an unclosed quote, say), by spreadsheet row. */
  parseErrors: { row: number; message: string }[];
}

export function rowNumber(dataIndex: number): number {
  return dataIndex + 2;
}

/** Why a row was refused (reject) or what was noticed about a row that was taken (note). */
export type RowProblem =
  | { kind: 'blank' }
  | { kind: 'missing-name' }
  | { kind: 'bad-email'; value: string }
  | { kind: 'unknown-role'; value: string }
  | { kind: 'duplicate'; of: 'row' | 'roster'; firstRow?: number; key: string }
  | { kind: 'unreadable'; message: string }
  | { kind: 'missing-email' }
  | { kind: 'unclear-restricted'; value: string };

const NOTE_KINDS = new Set<RowProblem['kind']>(['missing-email', 'unclear-restricted']);

export function isRefusal(problem: RowProblem): boolean {
  return !NOTE_KINDS.has(problem.kind);
}

export interface RowReport {
  row: number;
  taken: boolean;
  /** A short label for the row (the name or address found), for the report. */
  label: string;
  problems: RowProblem[];
  person?: Person;
}

export interface RosterImport {
  people: Person[];
  rows: RowReport[];
  taken: number;
  refused: number;
}

export interface ImportOptions {
  /** People already in the roster (when adding to it): a match is a duplicate. */
  existing?: ReadonlyArray<Person>;
  /** Role for rows with no role column or a blank role cell (an HR export of officers, say). */
  defaultRole?: Role;
}

function cell(row: string[], index: number | undefined): string {
  if (index === undefined) return '';
  return (row[index] ?? '').trim();
}

/** How two entries are recognised as the same person: their address, else name and role. */
export function personKey(p: { name: string; email?: string; role?: string }): string {
  if (p.email) return 'email:' + p.email.trim().toLowerCase();
  return 'name:' + p.name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') + '|' + (p.role ?? '');
}

function nameOf(row: string[], mapping: ColumnMapping): string {
  const full = cell(row, mapping.name);
  const joined = full !== '' ? full : [cell(row, mapping.firstName), cell(row, mapping.lastName)].filter((s) => s !== '').join(' ');
  // A cell may hold a line break (a quoted field); a name is one line.
  return joined.replace(/\s+/g, ' ');
}

export function importPeople(table: CsvTable, mapping: ColumnMapping, options: ImportOptions = {}): RosterImport {
  const seen = new Map<string, number>();
  for (const p of options.existing ?? []) seen.set(personKey(p), 0);
  const parseErrorByRow = new Map(table.parseErrors.map((e) => [e.row, e.message]));
  const people: Person[] = [];
  const rows: RowReport[] = table.rows.map((row, i) => {
    const number = rowNumber(i);
    if (row.every((c) => c.trim() === '')) return { row: number, taken: false, label: '', problems: [{ kind: 'blank' }] };
    const problems: RowProblem[] = [];
    const unreadable = parseErrorByRow.get(number);
    if (unreadable) problems.push({ kind: 'unreadable', message: unreadable });

    const name = nameOf(row, mapping);
    if (name === '') problems.push({ kind: 'missing-name' });

    const email = cell(row, mapping.email);
    if (email !== '' && !isEmailAddress(email)) problems.push({ kind: 'bad-email', value: email });
    if (email === '') problems.push({ kind: 'missing-email' });

    const roleText = cell(row, mapping.role);
    const role = roleText === '' ? options.defaultRole : readRole(roleText);
    if (role === undefined) problems.push({ kind: 'unknown-role', value: roleText });

    const restrictedText = cell(row, mapping.politicallyRestricted);
    const restricted = readYesNo(restrictedText);
    if (restricted === 'unknown') problems.push({ kind: 'unclear-restricted', value: restrictedText });

    const label = name || email;
    if (problems.some(isRefusal) || role === undefined) return { row: number, taken: false, label, problems };

    const person: Person = { name, role };
    if (email !== '') person.email = email;
    const jobTitle = cell(row, mapping.jobTitle);
    if (jobTitle !== '') person.jobTitle = jobTitle;
    const title = cell(row, mapping.title);
    if (title !== '') person.title = title;
    const party = cell(row, mapping.party);
    if (party !== '') person.party = party;
    if (restricted === true || restricted === false) person.politicallyRestricted = restricted;

    const key = personKey(person);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ kind: 'duplicate', of: first === 0 ? 'roster' : 'row', firstRow: first === 0 ? undefined : first, key });
      return { row: number, taken: false, label, problems };
    }
    seen.set(key, number);
    people.push(person);
    return { row: number, taken: true, label, problems, person };
  });
  const taken = rows.filter((r) => r.taken).length;
  return { people, rows, taken, refused: rows.length - taken };
}

/** Counts people by role, for the roster summary. */
export function countByRole(people: ReadonlyArray<Person>): Record<Role, number> {
  const counts: Record<Role, number> = { councillor: 0, officer: 0, 'political-assistant': 0, press: 0 };
  for (const p of people) counts[p.role]++;
  return counts;
}
