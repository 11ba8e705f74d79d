import { readdirSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import { emlToMessage } from '../formats/eml-to-message';
import { withTextBody } from '../formats/text-body';

/** One message file read from disk: its contents as data, or why it could not be read. */
export type InputFile = { file: string; ok: true; message: unknown } | { file: string; ok: false; error: string };

const MESSAGE_EXTENSIONS = new Set(['.json', '.eml']);

/** Expands folders (sorted, one level of files and sub-folders) into message files. */
export function expandPaths(paths: string[]): { files: string[]; errors: InputFile[] } {
  const files: string[] = [];
  const errors: InputFile[] = [];
  const visit = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      errors.push({ file: p, ok: false, error: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory()) visit(child);
        else if (MESSAGE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(child);
      }
    } else files.push(p);
  };
  paths.forEach(visit);
  return { files, errors };
}

export function readJsonFile(file: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
}

export async function readMessage(file: string): Promise<InputFile> {
  const ext = extname(file).toLowerCase();
  if (ext === '.eml') {
    try {
      return { file, ok: true, message: await emlToMessage(readFileSync(file)) };
    } catch (e) {
      return { file, ok: false, error: `not a readable .eml message: ${(e as Error).message}` };
    }
  }
  if (ext !== '.json') return { file, ok: false, error: `expected a .json or .eml message, got a ${ext || 'file with no extension'}` };
  const read = readJsonFile(file);
  return read.ok ? { file, ok: true, message: withTextBody(read.value) } : { file, ok: false, error: read.error };
}
