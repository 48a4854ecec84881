// Vault / OpenBao KV v2 through node-vault: read the current version, then write the merged
// fields as a new version with `cas` = the version read, so a concurrent change is refused
// rather than overwritten. Other fields at the path (a region, an endpoint) are kept.
// Errors are our own, built from the status only: node-vault's errors carry the response,
// and its axios errors the request with the token and the secret.
import { createRequire } from 'node:module';
import vault from 'node-vault';
import {
  type Replacement,
  type SecretWriter,
  type StoreTarget,
  StoreRefused,
  type WriteResult,
} from '../../rules/rotation.js';

export interface VaultOptions {
  addr: string;
  token: string;
  namespace?: string;
  timeoutMs: number;
}

/** node-vault logs request bodies (the secret) under DEBUG=node-vault; switch that namespace off for good. */
function silenceNodeVaultDebug(): void {
  const require = createRequire(import.meta.url);
  const debug = createRequire(require.resolve('node-vault'))('debug') as {
    disable(): string;
    enable(ns: string): void;
  };
  const enabled = debug.disable();
  debug.enable(enabled ? `${enabled},-node-vault*` : '-node-vault*');
}

function status(err: unknown): number | undefined {
  const s = (err as { response?: { statusCode?: unknown } })?.response?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

function errorsOf(err: unknown): string {
  const body = (err as { response?: { body?: { errors?: unknown } } })?.response?.body;
  return Array.isArray(body?.errors) ? body.errors.filter((e): e is string => typeof e === 'string').join('; ') : '';
}

function refuseOrThrow(action: string, where: string, err: unknown): never {
  const s = status(err);
  if (s === undefined) {
    const code = (err as { code?: unknown })?.code;
    throw new Error(`Vault ${action} ${where} failed: ${typeof code === 'string' ? code : 'no answer'}`);
  }
  if (s === 401 || s === 403) {
    throw new StoreRefused(`Vault refused to ${action} ${where} (HTTP ${s}): check VAULT_TOKEN and its policy`);
  }
  if (s === 400 && /check-and-set/i.test(errorsOf(err))) {
    throw new StoreRefused(`Vault refused the write to ${where}: it changed since it was read (cas conflict)`);
  }
  if (s >= 500 || s === 429) throw new Error(`Vault ${action} ${where} failed (HTTP ${s})`);
  throw new StoreRefused(`Vault refused to ${action} ${where} (HTTP ${s}): check the mount and path`);
}

export type VaultClient = vault.client;

export function vaultClient(opts: VaultOptions): VaultClient {
  silenceNodeVaultDebug();
  return vault({
    endpoint: opts.addr,
    token: opts.token,
    ...(opts.namespace ? { namespace: opts.namespace } : {}),
    requestOptions: { timeout: opts.timeoutMs },
  });
}

/**
 * Refuses anything but a KV v2 mount whose data path this is: a write of `{options, data}` to a
 * KV v1 mount would store those two words as the secret's fields, and services would break.
 */
async function checkKv2(client: Pick<VaultClient, 'request'>, path: string): Promise<void> {
  let mount: { type?: unknown; path?: unknown; options?: { version?: unknown } | null } | undefined;
  try {
    mount = (
      (await client.request({ path: `/sys/internal/ui/mounts/${path}`, method: 'GET' })) as { data?: typeof mount }
    ).data;
  } catch (err) {
    const s = status(err);
    // OpenBao and Vault answer 403 both for no such mount and for a token without access to it.
    if (s === 403 || s === 404) {
      throw new StoreRefused(
        `Vault has no mount for ${path} that VAULT_TOKEN may use (HTTP ${s}): check the mount in the rotation entry's path and the token's policy`,
      );
    }
    refuseOrThrow('look up the mount of', path, err);
  }
  const prefix = typeof mount?.path === 'string' ? mount.path : '';
  if (mount?.type !== 'kv' || String(mount.options?.version) !== '2' || !path.startsWith(`${prefix}data/`)) {
    throw new StoreRefused(
      `${path} is not a KV v2 data path on this Vault (mount ${prefix || '?'} is ${String(mount?.type ?? '?')} version ${String(mount?.options?.version ?? '1')}): point the rotation entry at <kv v2 mount>/data/<secret>`,
    );
  }
}

export function vaultWriter(client: Pick<VaultClient, 'read' | 'write' | 'request'>): SecretWriter {
  return {
    async write(target: StoreTarget, r: Replacement): Promise<WriteResult> {
      const where = target.path;
      await checkKv2(client, target.path);
      let current: Record<string, unknown> = {};
      let version = 0;
      try {
        const body = (await client.read(target.path)) as {
          data?: { data?: unknown; metadata?: { version?: unknown } };
        };
        const data = body.data?.data;
        if (data && typeof data === 'object') current = data as Record<string, unknown>;
        version = Number(body.data?.metadata?.version ?? 0);
      } catch (err) {
        // 404: no secret yet, or its current version is deleted (the metadata still names it).
        if (status(err) !== 404) refuseOrThrow('read', where, err);
        const meta = (err as { response?: { body?: { data?: { metadata?: { version?: unknown } } } } }).response?.body
          ?.data?.metadata;
        version = Number(meta?.version ?? 0);
      }
      if (current[target.fields.id] === r.id) return { version: String(version), already: true };
      const data = { ...current, [target.fields.id]: r.id, [target.fields.secret]: r.secret };
      try {
        const body = (await client.write(target.path, { options: { cas: version }, data })) as {
          data?: { version?: unknown };
        };
        return { version: String(body.data?.version ?? version + 1), already: false };
      } catch (err) {
        refuseOrThrow('write', where, err);
      }
    },
  };
}

/** `secret/data/payments-api/aws` → `secret/payments-api/aws`, as people name it (`bao kv get`). */
export function kvDisplayPath(path: string): string {
  return path.replace('/data/', '/');
}
