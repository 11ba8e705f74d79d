import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'fs';
import { homedir } from 'os';
import { join, resolve } from 'path';
import { compileRoster, loadRoster, type Directory } from '../core';

/**
 * Rosters the command line has validated once, kept compiled between runs (issue 10: "a roster compiled
 * once"). With 30,000 people a run of one message took 425 ms validating the roster, 360 loading the
 * compiled copy (the first run, which compiles it, 590). Each copy is named after the file it came from as it was then (directoryRosterKey, policyRosterKey),
 * so a roster that has changed is validated again rather than trusted; the copy itself carries
 * compileRoster's version, name probe and checksum, so one written by another build, or damaged, is
 * refused and rebuilt.
 *
 * Only rosters of CACHE_FROM_BYTES or more are kept: a small one costs less to validate than to look up.
 * The folder is the user's own (made readable by them alone), the copies hold only what the roster file
 * already holds, and nothing leaves the machine.
 */
export const CACHE_FROM_BYTES = 256 * 1024;

/** How many compiled rosters are kept; the least recently used go first. */
const KEEP = 8;

const PREFIX = 'roster-';
const SUFFIX = '.pgroster';

/**
 * The folder for compiled rosters, or undefined for none: PROTOCOL_GUARD_CACHE (a folder, or "off"),
 * else the platform's per-user cache folder. `--no-cache` turns it off for one run.
 */
export function rosterCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, noCache: boolean): string | undefined {
  if (noCache) return undefined;
  const chosen = env.PROTOCOL_GUARD_CACHE;
  if (chosen !== undefined) return chosen === '' || chosen.toLowerCase() === 'off' ? undefined : chosen;
  const home = env.HOME || env.USERPROFILE || safeHomedir();
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || (home && join(home, 'AppData', 'Local'));
    return base ? join(base, 'protocol-guard', 'cache') : undefined;
  }
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'protocol-guard') : undefined;
  const base = env.XDG_CACHE_HOME || (home && join(home, '.cache'));
  return base ? join(base, 'protocol-guard') : undefined;
}

function safeHomedir(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** Where compiled rosters are kept, and which build of the command line is keeping them. */
export interface RosterCache {
  folder: string;
  /** The running command line's own file as it is (buildIdentity): a rebuilt command line compiles afresh. */
  build: string;
}

/**
 * The running command line's file by its size and modification time. Part of every key, so that a
 * rebuilt command line (whose validation may differ, though ROSTER_VERSION was not bumped) never reads
 * a roster an older build compiled. Empty when the file cannot be found: then the version alone guards.
 */
export function buildIdentity(script: string | undefined): string {
  if (!script) return '';
  try {
    const stat = statSync(script);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  // Loaded only here, for a policy file's bytes: node's crypto module costs a run about 6 ms to load,
  // and a run with --directory (the common case) never needs it (see statKey).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('crypto') as typeof import('crypto');
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * A 128-bit name for a short text (four 32-bit lanes, each a multiply-xorshift over the text's
 * characters from its own seed). Not cryptographic and need not be: it names what `stat` says of a
 * --directory file, which no one chooses, and a copy found under it must still carry the same name in
 * its header (loadRoster's `stale`) and pass its checksum before it is used.
 */
export function statKey(text: string): string {
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = Math.imul(0x9e3779b1, lane + 1) ^ text.length;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b + 2 * lane);
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** What a policy file's roster is known by: the hex SHA-256 of exactly the file's bytes (read anyway, for its rules). */
export function policyRosterKey(bytes: Uint8Array, build: string): string {
  return `policy-${sha256(build, bytes)}`;
}

/**
 * What a --directory file is known by without reading it: its full path, device, inode, size and
 * modification and change times to the nanosecond, hashed, as git's index knows a file unchanged. Any
 * write to the file moves its change time, which no user can set back; a file replaced by another has
 * another inode. Reading and hashing 4 MB to find the same answer cost a run on a 30,000-person roster
 * about 30 ms. Undefined when the path is not an ordinary file of at least `from` bytes and at most `limit`.
 */
export function directoryRosterKey(file: string, build: string, from: number, limit: number): string | undefined {
  let stat;
  try {
    stat = statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
  if (!stat.isFile() || stat.size < BigInt(from) || stat.size > BigInt(limit)) return undefined;
  return `directory-${statKey([build, resolve(file), stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0'))}`;
}

/** The compiled roster kept for `key`, or undefined when there is none, or it is stale, damaged or another build's. */
export function readCachedRoster(dir: string, key: string): Directory | undefined {
  const file = join(dir, PREFIX + key + SUFFIX);
  let text: string;
  try {
    // Read as latin1: a compiled roster is ASCII throughout (compileRoster escapes every other character),
    // and latin1 makes its string without UTF-8 decoding (29 ms against 21 for 30,000 people).
    text = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  // Lazy people: a run reads a handful of the 30,000 people in full; the name index is loaded whole.
  const loaded = loadRoster(text, key, { lazyPeople: true });
  if (!loaded.ok) {
    tryUnlink(file);
    return undefined;
  }
  // Marks it as used, so pruning keeps the rosters in use.
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A copy that cannot be touched is still good to read.
  }
  return loaded.directory;
}

/**
 * Keeps `directory` (validated from the bytes `key` names) compiled for the next run. Never fails the
 * run: a folder that cannot be made or written just means the next run validates the roster again.
 * Written to a temporary name and renamed, so a run reading at the same moment sees the whole copy or none.
 */
export function writeCachedRoster(dir: string, key: string, directory: Directory): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const text = compileRoster(directory, key);
    const final = join(dir, PREFIX + key + SUFFIX);
    const temporary = `${final}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, final);
    prune(dir);
  } catch {
    // The cache is only a saving.
  }
}

/** Keeps the KEEP most recently used compiled rosters, and removes temporary files left by a run that stopped. */
function prune(dir: string): void {
  const kept: Array<{ file: string; used: number }> = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX)) continue;
    const file = join(dir, name);
    if (name.endsWith('.tmp')) {
      if (!name.endsWith(`.${process.pid}.tmp`)) tryUnlinkIfOld(file);
      continue;
    }
    if (!name.endsWith(SUFFIX)) continue;
    try {
      kept.push({ file, used: statSync(file).mtimeMs });
    } catch {
      // Gone already.
    }
  }
  kept.sort((a, b) => b.used - a.used);
  for (const { file } of kept.slice(KEEP)) tryUnlink(file);
}

/** A temporary file over an hour old belongs to no run still writing it. */
function tryUnlinkIfOld(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs > 3600_000) unlinkSync(file);
  } catch {
    // Gone already.
  }
}

function tryUnlink(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Gone already, or not ours to remove.
  }
}
