// Responder bench, rotation: webhook → replacement stored. A key pair made in moto is pushed and
// delivered as a signed webhook; the clock stops when OpenBao holds a new KV v2 version whose id
// is not the leaked key's. Beside it, in the same run, the bare round trip every rotation must
// make anyway (CreateAccessKey in moto, then the same cas-checked KV v2 write through the
// service's own Vault client), so the ratio says what the pipeline adds, whatever the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateAccessKeyCommand, CreateUserCommand, DeleteAccessKeyCommand, type IAMClient } from '@aws-sdk/client-iam';
import { vaultClient, vaultWriter } from '../../../responder/rotation/vault-store.js';
import { createLeakableKey, motoIam } from '../../helpers/aws-fixtures.js';
import { waitFor } from '../../helpers/free-port.js';
import { pushPayload } from '../../helpers/github-payloads.js';
import { OPENBAO_MISSING, openbaoAvailable, startOpenBao } from '../../helpers/openbao-server.js';
import { pushRepo } from '../../helpers/push-repo.js';
import { startHarness } from '../../helpers/responder-harness.js';

const ACCOUNT = '123456789012';
const PATH = 'secret/data/bench/aws';

export interface Spread {
  median: number;
  p95: number;
}

const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
};

/** Prints the rotation figures; a line saying why when OpenBao is not installed. */
export async function benchRotation(redisUrl: string, motoUrl: string, runs: number): Promise<void> {
  if (!openbaoAvailable()) {
    console.log(`  webhook-to-replacement-stored: skipped (${OPENBAO_MISSING})`);
    return;
  }
  const bao = await startOpenBao();
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-bench-rotation-'));
  const repo = pushRepo('bench-org/rotating-service');
  const iam = motoIam(motoUrl);
  const map = join(dir, 'rotation.toml');
  writeFileSync(
    map,
    `[[rotation]]\nprovider = "aws"\nmatch = "arn:aws:iam::${ACCOUNT}:user/bench-rot-*"\nstore = "vault"\npath = "${PATH}"\nfields = { id = "access_key_id", secret = "secret_access_key" }\n`,
  );
  const h = await startHarness({
    redisUrl,
    motoUrl,
    repoRoot: repo.root,
    env: { LEAKHOUND_ROTATION_CONFIG: map, VAULT_ADDR: bao.addr, VAULT_TOKEN: bao.token },
  });
  const stored = async () =>
    (await bao.api('GET', PATH)).body?.data as
      | { data: { access_key_id: string }; metadata: { version: number } }
      | undefined;
  try {
    const pipeline: number[] = [];
    for (let i = 0; i < runs; i++) {
      const user = `bench-rot-${i}`;
      const key = await createLeakableKey(iam, user);
      const before = (await stored())?.metadata.version ?? 0;
      repo.commit({ [`svc-${i}/.env`]: `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` });
      const range = repo.push();
      const started = performance.now();
      const res = await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
      if (res.status !== 202) throw new Error(`rotation ${i}: webhook answered ${res.status}`);
      await waitFor(
        async () => {
          const s = await stored();
          return s && s.metadata.version > before && s.data.access_key_id !== key.id;
        },
        `replacement ${i} to be stored`,
        60_000,
        10,
      );
      pipeline.push(performance.now() - started);
    }
    const baseline = await bareRoundTrip(iam, bao.addr, bao.token, runs);
    const p = spread(pipeline);
    const b = spread(baseline);
    console.log(
      '  webhook-to-replacement-stored over %d rotations: median %s ms, p95 %s ms',
      runs,
      p.median.toFixed(0),
      p.p95.toFixed(0),
    );
    console.log(
      '  baseline (CreateAccessKey + KV v2 cas write, no pipeline): median %s ms, p95 %s ms',
      b.median.toFixed(1),
      b.p95.toFixed(1),
    );
    console.log(
      '  ratio pipeline ÷ baseline: median %s×, p95 %s×',
      (p.median / b.median).toFixed(1),
      (p.p95 / b.p95).toFixed(1),
    );
  } finally {
    await h.close();
    repo.remove();
    await bao.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bareRoundTrip(iam: IAMClient, addr: string, token: string, runs: number): Promise<number[]> {
  const writer = vaultWriter(vaultClient({ addr, token, timeoutMs: 5000 }));
  const target = {
    store: 'vault' as const,
    path: 'secret/data/bench/baseline',
    fields: { id: 'access_key_id', secret: 'secret_access_key' },
  };
  await iam.send(new CreateUserCommand({ UserName: 'bench-baseline' }));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'bench-baseline' }));
    await writer.write(target, { id: AccessKey!.AccessKeyId!, secret: AccessKey!.SecretAccessKey! }, `b-${i}`);
    out.push(performance.now() - started);
    // IAM allows two keys per user: make room for the next run outside the clock.
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'bench-baseline', AccessKeyId: AccessKey!.AccessKeyId! }));
  }
  return out;
}
