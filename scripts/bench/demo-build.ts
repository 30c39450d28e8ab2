import { spawnSync } from 'node:child_process';

let built = false;

/** Builds the demo (extension and site) once per bench run: a stale build would measure yesterday's code. */
export function freshDemoBuild(): void {
  if (built) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:demo'], {
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('`npm run build:demo` failed; run it to see why.');
  built = true;
}
