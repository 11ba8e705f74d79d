import { spawnSync } from 'child_process';
import { join } from 'path';

const SCRIPT = join(__dirname, '..', '..', 'src', 'devtools', 'ensure-chromium.js');
const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the pre-test Chromium check (npm test runs it first)', () => {
  it('passes quietly when the browser is there', () => {
    const result = run({ CHROMIUM_PATH: process.execPath });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it('stops with the one thing to do when CHROMIUM_PATH names nothing, installing nothing', () => {
    const result = run({ CHROMIUM_PATH: '/nowhere/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('CHROMIUM_PATH is /nowhere/chromium, which does not exist: point it at a Chromium or Chrome executable.');
  });
});
