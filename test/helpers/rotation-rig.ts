// Shared set-up for the rotation tests: a real Redis, moto (IAM, STS, Secrets Manager), OpenBao,
// a notify stand-in, and the service's own parts (config, ledger, encrypted secret store) built
// from environment variables exactly as a worker builds them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll } from 'vitest';
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import type { AwsRotationContext, AwsRotationStep } from '../../rules/aws/rotate.js';
import type { RotationStepResult } from '../../rules/rotation.js';
import { loadResponderConfig } from '../../responder/config.js';
import { Scrubber } from '../../responder/crypto/scrub.js';
import { awsRotationContext, RotationClients } from '../../responder/rotation/context.js';
import { closeServices, createServices, type Services } from '../../responder/services.js';
import { motoIam } from './aws-fixtures.js';
import { startStandIn, type StandIn } from './http-standin.js';
import { MOTO_ENV } from './moto-server.js';
import { OPENBAO_MISSING, openbaoAvailable, type OpenBao, startOpenBao } from './openbao-server.js';
import { servicesMissing, servicesPerFile } from './responder-services.js';

export const ACCOUNT = '123456789012';

export function rotationMissing(): string | undefined {
  return servicesMissing() ?? (openbaoAvailable() ? undefined : OPENBAO_MISSING);
}

export interface Rig {
  bao: OpenBao;
  hook: StandIn;
  iam: IAMClient;
  motoUrl: string;
  /** A worker's services with this rotation map (TOML) and environment. */
  worker(map: string, env?: Record<string, string>): Promise<Worker>;
}

export interface Worker {
  /** The environment this worker's configuration was read from. */
  env: Record<string, string>;
  s: Services;
  clients: RotationClients;
  ctx(incidentId: string): AwsRotationContext;
  /** Runs the steps in order as the queue would, stopping at the first that is not done. */
  runAll(incidentId: string, leakedId: string, steps?: AwsRotationStep[]): Promise<RotationStepResult[]>;
}

export function rotationRig(): Rig {
  const svc = servicesPerFile();
  const rig = {} as Rig;
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-rotation-'));
  const workers: Worker[] = [];
  beforeAll(async () => {
    Object.assign(process.env, MOTO_ENV);
    rig.bao = await startOpenBao();
    rig.hook = await startStandIn([['POST', /^\/hooks\/(\w+)$/, (_r, [code]) => ({ status: Number(code) || 204 })]]);
    rig.iam = motoIam(svc.moto.url);
    rig.motoUrl = svc.moto.url;
    rig.worker = async (map, env = {}) => {
      const file = join(dir, `${randomBytes(4).toString('hex')}.toml`);
      writeFileSync(file, map);
      const workerEnv: Record<string, string> = {
        ...MOTO_ENV,
        LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        REDIS_URL: svc.redis.url,
        AWS_ENDPOINT_URL: svc.moto.url,
        LEAKHOUND_AWS_TIMEOUT_MS: '5000',
        LEAKHOUND_ROTATION_CONFIG: file,
        VAULT_ADDR: rig.bao.addr,
        VAULT_TOKEN: rig.bao.token,
        ...env,
      };
      const config = loadResponderConfig(workerEnv, 'worker');
      const s = createServices(config, 'test', { slack: null });
      const clients = new RotationClients(config);
      const ctx = (id: string) => awsRotationContext(s, clients, id, new Scrubber());
      const w: Worker = {
        env: workerEnv,
        s,
        clients,
        ctx,
        async runAll(id, leakedId, steps = awsRotation.steps) {
          const out: RotationStepResult[] = [];
          for (const step of steps) {
            const r = await step.run({ secret: leakedId }, ctx(id));
            out.push(r);
            if (r.outcome !== 'done') break;
          }
          return out;
        },
      };
      workers.push(w);
      return w;
    };
  });
  afterAll(async () => {
    for (const w of workers) {
      w.clients.destroy();
      await closeServices(w.s);
    }
    await rig.hook?.close();
    await rig.bao?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return rig;
}

export function entry(userName: string, over: Record<string, string> = {}): string {
  const e: Record<string, string> = {
    provider: '"aws"',
    match: `"arn:aws:iam::${ACCOUNT}:user/${userName}"`,
    store: '"vault"',
    path: `"secret/data/${userName}/aws"`,
    fields: '{ id = "access_key_id", secret = "secret_access_key" }',
    ...over,
  };
  return `[[rotation]]\n${Object.entries(e)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n')}\n`;
}

export const incidentId = (): string => randomBytes(16).toString('hex');
