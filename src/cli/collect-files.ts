import { lstatSync, readdirSync, statSync, type Stats } from 'fs';
import { join } from 'path';
import { extensionOf, messageKind, type MessageKind } from '../formats/read-message-file';
import { describeReadProblem } from '../formats/read-problem';
import type { Lang } from '../core';
import type { CliMessages } from './cli-messages';
import { fsError, kindOf } from './read-file';

export interface FileToRead {
  file: string;
  /** Known from the extension, or undefined: then the file is read and sniffed (an mbox has no extension in Thunderbird). */
  kind: MessageKind | undefined;
  /** Found in a folder (not named by the user): if it turns out not to be a message, it is skipped, not an error. */
  inFolder: boolean;
}

export interface Collected {
  files: FileToRead[];
  /** Paths that could not be used, each with one line saying why. */
  errors: { file: string; error: string }[];
  /** Files in folders that are not messages, each with the reason. */
  skipped: { file: string; reason: string }[];
  /** Folders with no message in them. */
  emptyFolders: string[];
}

/** Folders inside folders are followed this deep, and never twice (a link back to a parent is a cycle). */
const MAX_DEPTH = 32;

function statOrError(path: string, t: CliMessages): { stat: Stats } | { error: string } {
  try {
    return { stat: statSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // statSync follows links: a link whose target is gone is a broken link, not a missing file.
      try {
        if (lstatSync(path).isSymbolicLink()) return { error: t.brokenLink };
      } catch {
        /* not there at all */
      }
    }
    return { error: fsError(e, t) };
  }
}

/**
 * Expands the paths given into message files. Folders are read in sorted order, with
 * their sub-folders; a broken link, a link loop or an unreadable entry is one line and
 * the walk goes on; files that are not messages are listed as skipped, with why.
 * Hidden files (`.DS_Store`, `.git`) are passed over, as `ls` does.
 */
export function collectFiles(paths: string[], t: CliMessages, lang: Lang): Collected {
  const out: Collected = { files: [], errors: [], skipped: [], emptyFolders: [] };
  const seenFolders = new Set<string>();
  const visitFolder = (dir: string, stat: Stats, depth: number) => {
    const id = `${stat.dev}:${stat.ino}`;
    if (seenFolders.has(id) || depth > MAX_DEPTH) return;
    seenFolders.add(id);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      out.errors.push({ file: dir, error: fsError(e, t) });
      return;
    }
    const before = out.files.length;
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = join(dir, name);
      const found = statOrError(child, t);
      if ('error' in found) {
        out.errors.push({ file: child, error: found.error });
        continue;
      }
      if (found.stat.isDirectory()) {
        visitFolder(child, found.stat, depth + 1);
        continue;
      }
      if (!found.stat.isFile()) {
        out.skipped.push({ file: child, reason: t.notRegular(kindOf(found.stat, t)) });
        continue;
      }
      const kind = messageKind(name);
      if (kind) out.files.push({ file: child, kind, inFolder: true });
      else if (extensionOf(name) === '') out.files.push({ file: child, kind: undefined, inFolder: true });
      else out.skipped.push({ file: child, reason: describeReadProblem({ code: 'not-a-message', ext: extensionOf(name) }, lang) });
    }
    if (out.files.length === before && depth === 0) out.emptyFolders.push(dir);
  };
  for (const path of paths) {
    const found = statOrError(path, t);
    if ('error' in found) out.errors.push({ file: path, error: found.error });
    else if (found.stat.isDirectory()) visitFolder(path, found.stat, 0);
    else out.files.push({ file: path, kind: messageKind(path), inFolder: false });
  }
  return out;
}
