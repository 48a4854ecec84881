// node-vault logs what it writes (the secret) when DEBUG names it; our client switches that off.
// The Vault API itself is exercised against OpenBao in test/responder/rotation-vault.test.ts.
import { createRequire } from 'node:module';
import vault from 'node-vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../test/helpers/http-standin.js';
import { vaultClient, vaultWriter } from './vault-store.js';

const debug = createRequire(createRequire(import.meta.url).resolve('node-vault'))('debug') as {
  enable(ns: string): void;
  disable(): string;
};

async function stderrOf(run: () => Promise<unknown>): Promise<string> {
  const out: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stderr.write = write;
  }
  return out.join('');
}

describe('vault client', () => {
  let kv: StandIn;
  beforeAll(async () => {
    kv = await startStandIn([
      [
        'GET',
        /^\/v1\/sys\/internal\/ui\/mounts\/secret\/data\/app$/,
        () => ({ json: { data: { type: 'kv', path: 'secret/', options: { version: '2' } } } }),
      ],
      ['GET', /^\/v1\/secret\/data\/app$/, () => ({ status: 404, json: { errors: [] } })],
      ['POST', /^\/v1\/secret\/data\/app$/, () => ({ json: { data: { version: 1 } } })],
    ]);
  });
  afterAll(async () => {
    debug.disable();
    await kv.close();
  });

  const secret = { id: 'AKIAREPLACEMENT00001', secret: 'very-secret-replacement-value-000000000' };
  const target = { store: 'vault' as const, path: 'secret/data/app', fields: { id: 'id', secret: 'secret' } };

  it('keeps the secret out of DEBUG=node-vault output, which would otherwise print it', async () => {
    debug.enable('node-vault');
    const raw = vault({ endpoint: kv.url, token: 't' });
    const leaked = await stderrOf(() => vaultWriter(raw).write(target, secret, 'k'));
    expect(leaked).toContain(secret.secret);

    debug.enable('node-vault');
    const ours = vaultClient({ addr: kv.url, token: 't', timeoutMs: 2000 });
    const out = await stderrOf(() => vaultWriter(ours).write(target, secret, 'k'));
    expect(out).not.toContain(secret.secret);
    expect(kv.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(JSON.parse(kv.requests.at(-1)!.body)).toEqual({
      options: { cas: 0 },
      data: { id: secret.id, secret: secret.secret },
    });
  });
});
