// moto in server mode, with AWS managed policies loaded (the quarantine policy must exist),
// reached by the real AWS SDK through an endpoint override. Start once per test file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort, waitFor } from './free-port.js';

export const MOTO_MISSING = "moto's server mode is not installed (pip install 'moto[server]'; .ci/run installs it)";

export function motoAvailable(): boolean {
  return spawnSync('python3', ['-c', 'import moto.server, flask'], { stdio: 'ignore' }).status === 0;
}

export interface MotoServer {
  url: string;
  /** Forgets every resource, between tests. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Credentials moto accepts; anything works, nothing here is live. */
export const MOTO_ENV = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' };

export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/moto-api/`).catch(() => undefined))?.ok,
    `moto on port ${port}`,
    30_000,
    100,
  );
  return {
    url,
    async reset() {
      await fetch(`${url}/moto-api/reset`, { method: 'POST' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
