import Papa from 'papaparse';
import type { CsvTable } from './csv-to-people';

/*
 * Reads a CSV export into rows of cells. Its own module, loaded by the console only when the officer
 * reads a CSV (CsvImport imports it on demand), so papaparse is not in the page everyone loads.
 */

export function readCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false });
  const all = result.data.map((r) => r.map((c) => (typeof c === 'string' ? c : String(c ?? ''))));
  // A file that ends with a newline gives one empty record no spreadsheet would show.
  while (all.length > 0 && all[all.length - 1].every((c) => c.trim() === '')) all.pop();
  const [headers = [], ...rows] = all;
  const parseErrors = result.errors
    .filter((e) => typeof e.row === 'number' && e.row > 0)
    .map((e) => ({ row: (e.row as number) + 1, message: e.message }));
  return { headers: headers.map((h) => h.trim()), rows, parseErrors };
}
