import { spawnSync } from 'child_process';
import { join } from 'path';

/**
 * Builds dist/ with the project's own webpack config (every page, production mode), printing each
 * bundle's progress as it goes (webpack.config.js, PROTOCOL_GUARD_PROGRESS). Returns false on failure.
 */
export function buildPages(root: string): boolean {
  const webpackBin = require.resolve('webpack/bin/webpack.js', { paths: [root] });
  const result = spawnSync(process.execPath, [webpackBin, '--mode', 'production', '--no-stats'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PROTOCOL_GUARD_PROGRESS: '1' },
  });
  return result.status === 0;
}

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
