import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'fs';
import { megabytes, sizeAndLimit } from '../formats/read-problem';
import type { Lang } from '../core';
import type { CliMessages } from './cli-messages';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** What kind of thing a path is, for a message that says why it is not read. */
export function kindOf(stat: Stats, t: CliMessages): string {
  if (stat.isFIFO()) return t.kinds.fifo;
  if (stat.isSocket()) return t.kinds.socket;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return t.kinds.device;
  return t.kinds.other;
}

/** One line for a failed file system call, in the user's language. */
export function fsError(e: unknown, t: CliMessages): string {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return t.noSuchFile;
  if (code === 'ELOOP') return t.linkLoop;
  if (code === 'EACCES' || code === 'EPERM') return t.noPermission;
  if (code === 'EISDIR') return t.isFolder;
  return t.cannotRead(code);
}

/**
 * Reads a whole file, but only an ordinary one and only up to `limit` bytes.
 * The file is opened without blocking (a named pipe would otherwise wait forever for a
 * writer) and checked on the open descriptor, so what is read is what was checked.
 */
export function readRegularFile(path: string, limit: number, t: CliMessages, lang: Lang = 'en'): FileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, error: fsError(e, t) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, error: t.isFolder };
    if (!stat.isFile()) return { ok: false, error: t.notRegular(kindOf(stat, t)) };
    if (stat.size > limit) return { ok: false, error: t.tooLarge(...sizeAndLimit(stat.size, limit, lang)) };
    // Read to the limit and one byte past it: a file that grows while read is still held to it.
    const buffer = new Uint8Array(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > limit) return { ok: false, error: t.tooLarge(`> ${megabytes(limit)}`, megabytes(limit)) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { ok: false, error: fsError(e, t) };
  } finally {
    closeSync(fd);
  }
}

/** The first bytes of a file, to tell an mbox with no extension from other files; empty if unreadable. */
export function readHead(path: string, size: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return new Uint8Array(0);
    const buffer = new Uint8Array(size);
    return buffer.subarray(0, readSync(fd, buffer, 0, size, 0));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
