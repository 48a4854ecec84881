// Rotation through the whole responder: a key pair (or key id) pushed to a repository, delivered
// as a signed webhook to the real server, and worked by real workers against Redis, moto (behind
// the recording proxy), OpenBao and a notify-hook stand-in. Shared by the rotation pipeline tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { bullPrefix } from '../../responder/redis/keys.js';
import { motoIam } from './aws-fixtures.js';
import { waitFor } from './free-port.js';
import { pushPayload } from './github-payloads.js';
import { startStandIn, type StandIn } from './http-standin.js';
import { type OpenBao, startOpenBao } from './openbao-server.js';
import { pushRepo, type PushRepo } from './push-repo.js';
import { type Harness, startHarness } from './responder-harness.js';
import { type ResponderServices, servicesPerFile } from './responder-services.js';
import { vaultChecks } from './rotation-checks.js';
import type { Rig } from './rotation-rig.js';

export type Detail = { incident: Incident; timeline: TimelineEntry[] };

export interface Leak {
  h: Harness;
  repo: PushRepo;
  /** The containment queue, e.g. to look at the delayed retire job. */
  queue: Queue;
  /** Commits these files and delivers their push (`private: false` makes the repository public). */
  pushAgain(files: Record<string, string>, opts?: { private?: boolean }): Promise<void>;
  /** Polls the one incident until `pred` holds. */
  until(pred: (d: Detail) => boolean, what: string, timeoutMs?: number): Promise<Detail>;
}

export interface LeakOptions {
  /** The rotation map (TOML). */
  map: string;
  /** What is committed: the pair (evidence by verification) or the key id alone (no evidence). */
  content: string;
  env?: Record<string, string>;
  /** In-process workers (default 1); 0 when the test spawns worker processes itself. */
  workers?: number;
  /** Runs before the push is delivered (e.g. to hold an AWS action at the proxy). */
  beforeDeliver?: (h: Harness) => Promise<void> | void;
}

export interface RotationPipeline {
  svc: ResponderServices;
  bao: OpenBao;
  /** Answers `POST /hooks/<status>` with that status. */
  hook: StandIn;
  checks: ReturnType<typeof vaultChecks>;
  leak(name: string, opts: LeakOptions, body: (l: Leak) => Promise<void>): Promise<void>;
}

export function rotationPipeline(): RotationPipeline {
  const svc = servicesPerFile();
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-rotation-pipeline-'));
  const p = { svc } as RotationPipeline;
  beforeAll(async () => {
    p.bao = await startOpenBao();
    p.hook = await startStandIn([['POST', /^\/hooks\/(\w+)$/, (_r, [code]) => ({ status: Number(code) || 204 })]]);
    // The checks read moto directly (not through the proxy) and OpenBao with the root token.
    p.checks = vaultChecks({ bao: p.bao, iam: motoIam(svc.moto.url), motoUrl: svc.moto.url } as Rig);
  });
  afterAll(async () => {
    await p.hook?.close();
    await p.bao?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  p.leak = async (name, opts, body) => {
    const map = join(dir, `${name}.toml`);
    writeFileSync(map, opts.map);
    const repo = pushRepo(`octo-org/${name}`);
    const h = await startHarness({
      redisUrl: svc.redis.url,
      motoUrl: svc.proxy.url,
      repoRoot: repo.root,
      workers: opts.workers ?? 1,
      env: { LEAKHOUND_ROTATION_CONFIG: map, VAULT_ADDR: p.bao.addr, VAULT_TOKEN: p.bao.token, ...opts.env },
    });
    const queue = new Queue('containment', { connection: { url: svc.redis.url }, prefix: bullPrefix(h.config.prefix) });
    const until = (pred: (d: Detail) => boolean, what: string, timeoutMs = 30_000) =>
      waitFor(
        async () => {
          const ids = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents.map((i) => i.id);
          const d = ids[0] ? await h.api<Detail>(`/incidents/${ids[0]}`) : undefined;
          return d && pred(d) ? d : undefined;
        },
        what,
        timeoutMs,
        100,
      );
    const pushAgain = async (files: Record<string, string>, o: { private?: boolean } = {}) => {
      repo.commit(files);
      const res = await h.deliver(
        'push',
        pushPayload({ fullName: repo.fullName, private: o.private ?? true }, repo.push()),
      );
      if (res.status !== 202) throw new Error(`the webhook answered ${res.status}`);
    };
    try {
      await opts.beforeDeliver?.(h);
      await pushAgain({ 'deploy.env': opts.content });
      await body({ h, repo, queue, until, pushAgain });
    } finally {
      svc.proxy.release({ drop: true });
      svc.proxy.fail(undefined);
      await queue.close();
      await h.close();
      repo.remove();
    }
  };
  return p;
}

/** The dotenv lines of a pushed key pair. */
export const pairFile = (k: { id: string; secret: string }): string =>
  `AWS_ACCESS_KEY_ID=${k.id}\nAWS_SECRET_ACCESS_KEY=${k.secret}\n`;

/** `AKIA…WXYZ`, as the timeline and Slack show key ids. */
export const shown = (id: string): string => `${id.slice(0, 4)}…${id.slice(-4)}`;
