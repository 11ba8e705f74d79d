import { messageKind, readMessageBytes } from '../../formats/read-message-file';
import { describeReadProblem } from '../../formats/read-problem';
import type { Lang } from '../../core';
import { withTextBody } from '../../formats/text-body';
import type { BenchMessage } from './compare-findings';
import { lineAndColumn } from './bench-input';
import { jsonErrorAt } from './json-error-at';

/** What the bench says about a file it cannot use, in the page's language (never a parser's own English). */
export interface BenchFileWords {
  /** Each is a whole sentence that names the file. */
  notAMessage: (name: string) => string;
  /** A .json file that is not JSON, with where it breaks when that can be found. */
  notJsonFile: (name: string, line?: number, column?: number) => string;
  /** Anything else that stopped the file being read (the browser refused it, it vanished). */
  unreadable: (name: string) => string;
}

/** A file as the bench needs it: a name and a way to read it (a browser File fits). */
export interface NamedFile {
  name: string;
  /** Path inside a dropped or chosen folder, when there is one. */
  webkitRelativePath?: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReadResult {
  messages: BenchMessage[];
  /** Files that could not be used, each with the reason; nothing is skipped silently. */
  errors: { name: string; message: string }[];
}

let counter = 0;
export function nextBenchId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}-${counter}`;
}

/** Reads .eml, .msg, mbox and .json files into messages, in the browser, without sending them anywhere. */
export async function readBenchFiles(files: ReadonlyArray<NamedFile>, words: BenchFileWords, lang: Lang = 'en'): Promise<ReadResult> {
  const result: ReadResult = { messages: [], errors: [] };
  const sorted = [...files].sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
  for (const file of sorted) {
    const name = file.webkitRelativePath || file.name;
    const lower = file.name.toLowerCase();
    try {
      const kind = messageKind(lower);
      if (kind === 'eml' || kind === 'msg' || kind === 'mbox') {
        // The shared reader (the command line's too) loads each format's parser only when such a file is dropped.
        for (const entry of await readMessageBytes(name, new Uint8Array(await file.arrayBuffer()), kind)) {
          if (entry.ok) result.messages.push({ id: nextBenchId(), name: entry.name, message: entry.message });
          else result.errors.push({ name: entry.name, message: describeReadProblem(entry.problem, lang) });
        }
      } else if (lower.endsWith('.json')) {
        const text = (await file.text()).replace(/^\uFEFF/, '');
        const parsed = parseJson(text);
        if (parsed.ok) result.messages.push({ id: nextBenchId(), name, message: withTextBody(parsed.value) });
        else result.errors.push({ name, message: words.notJsonFile(name, parsed.line, parsed.column) });
      } else if (!file.name.startsWith('.')) {
        result.errors.push({ name, message: words.notAMessage(name) });
      }
    } catch {
      result.errors.push({ name, message: words.unreadable(name) });
    }
  }
  return result;
}

/** JSON.parse, with the place it breaks found by the bench (browsers word and place their errors differently). */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; line?: number; column?: number } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const at = jsonErrorAt(text);
    return at === undefined ? { ok: false } : { ok: false, ...lineAndColumn(text, at) };
  }
}

/** Minimal shapes of the browser's drag-and-drop file system entries (folders dropped on the page). */
interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: DropEntry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: DropEntry, out: NamedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push(Object.assign(file, { webkitRelativePath: entry.fullPath.replace(/^\//, '') }) as NamedFile);
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries returns the folder in batches; keep reading until it returns none.
    for (;;) {
      const batch = await new Promise<DropEntry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}

/** Every file in a drop, looking inside dropped folders. */
export async function filesFromDrop(data: DataTransfer): Promise<NamedFile[]> {
  const items = [...(data.items ?? [])];
  const entries = items
    .map((i) => (i.webkitGetAsEntry?.() ?? null) as unknown as DropEntry | null)
    .filter((e): e is DropEntry => e !== null);
  if (entries.length === 0) return [...data.files];
  const out: NamedFile[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}
