import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** The built command line, run as a user runs it (npm test builds it first; so does npm ci). */
export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'cli', 'protocol-guard.js');
export const SAMPLE = join(ROOT, 'assets', 'sample');
export const COUNCIL = join(SAMPLE, 'council.json');
export const FIXTURES = join(ROOT, 'tests', 'formats', 'fixtures');

export function ensureBuilt(): void {
  if (!existsSync(BIN)) execFileSync('npx', ['webpack', '--config-name', 'cli', '--no-stats'], { cwd: ROOT, stdio: 'ignore' });
}

export function run(args: string[], options: { timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: options.timeout ?? 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pg-cli-'));
}

/** Stderr without the notice that no roster was given (tests that give none on purpose check it apart). */
export function errLines(err: string): string[] {
  return err.split('\n').filter((l) => l !== '' && !l.startsWith('protocol-guard: no roster given'));
}
