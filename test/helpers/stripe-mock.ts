// stripe-mock (Stripe's official API emulator), started on free loopback ports for one test
// file. Installed by `go install github.com/stripe/stripe-mock@latest` (.ci/run does it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './free-port.js';

export const STRIPE_MOCK_MISSING =
  'stripe-mock is not installed (go install github.com/stripe/stripe-mock@latest; .ci/run installs it)';

/** The binary: on PATH, or where `go install` puts it. */
export function stripeMockPath(): string | null {
  if (spawnSync('stripe-mock', ['-h'], { stdio: 'ignore' }).error === undefined) return 'stripe-mock';
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim() || join(homedir(), 'go');
  const bin = join(gopath, 'bin', 'stripe-mock');
  return existsSync(bin) ? bin : null;
}

export interface StripeMock {
  url: string;
  stop(): Promise<void>;
}

export async function startStripeMock(bin: string): Promise<StripeMock> {
  const [http, https] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(bin, ['-http-addr', `127.0.0.1:${http}`, '-https-addr', `127.0.0.1:${https}`], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${http}`;
  await waitFor(
    async () => (await fetch(`${url}/v1/balance`).catch(() => undefined))?.status,
    `stripe-mock on ${http}`,
    30_000,
    100,
  );
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
