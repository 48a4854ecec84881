// A real three-master Redis Cluster for tests, on free loopback ports (redis-server with
// cluster-enabled, joined with `redis-cli --cluster create`). Start once per file.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from './free-port.js';

const run = promisify(execFile);

export const CLUSTER_MISSING = 'redis-server and redis-cli are not installed (apt-get install -y redis-server)';

export function redisClusterAvailable(): boolean {
  return (
    spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0 &&
    spawnSync('redis-cli', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

export interface RedisCluster {
  /** `host:port,…` for REDIS_CLUSTER_NODES. */
  nodes: string;
  stop(): Promise<void>;
}

export async function startRedisCluster(): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-cluster-'));
  const ports = [await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = ports.map((port) =>
    spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        '5000',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfilename',
        `appendonly-${port}.aof`,
        '--appenddirname',
        `aof-${port}`,
        '--protected-mode',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' },
    ),
  );
  const cli = (port: number, ...args: string[]) => run('redis-cli', ['-p', String(port), ...args]);
  await waitFor(
    async () =>
      (
        await Promise.all(
          ports.map((p) =>
            cli(p, 'ping').then(
              (r) => r.stdout.trim(),
              () => '',
            ),
          ),
        )
      ).every((r) => r === 'PONG'),
    'the cluster nodes',
    10_000,
  );
  await run('redis-cli', [
    '--cluster',
    'create',
    ...ports.map((p) => `127.0.0.1:${p}`),
    '--cluster-replicas',
    '0',
    '--cluster-yes',
  ]);
  await waitFor(
    async () =>
      (
        await Promise.all(
          ports.map((p) =>
            cli(p, 'cluster', 'info').then(
              (r) => r.stdout,
              () => '',
            ),
          ),
        )
      ).every((o) => o.includes('cluster_state:ok')),
    'the cluster to form',
    20_000,
  );
  return {
    nodes: ports.map((p) => `127.0.0.1:${p}`).join(','),
    async stop() {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null) return resolve();
              c.once('exit', () => resolve());
              c.kill('SIGKILL');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
