// What every provider's rotation does the same way once it holds a verified replacement: the
// evidence line for the store write, the idempotency key of that write, and the notify hook
// (POSTed with where the new version is, never the secret).
import { createHash } from 'node:crypto';
import {
  type PostJson,
  type Replacement,
  type RotationState,
  type RotationStepResult,
  type SecretWriter,
  StoreRefused,
  type StoreTarget,
} from './rotation.js';

export interface StoredVersion {
  store: StoreTarget['store'];
  path: string;
  version: string;
  /** How the replacement is shown: a redacted key id, or a token's number. */
  replacement: string;
}

/** `replacement AKIA…WXYZ written to vault \`secret/payments-api/aws\` v7` */
export function describeStored(s: StoredVersion): string {
  const where =
    s.store === 'vault'
      ? `vault \`${s.path.replace('/data/', '/')}\` v${s.version}`
      : `Secrets Manager \`${s.path}\` version ${s.version}`;
  return `replacement ${s.replacement} written to ${where}`;
}

/** Secrets Manager's idempotency token (a UUID), the same for every retry of one replacement. */
export function versionKey(incidentId: string, replacementId: string): string {
  const h = createHash('sha256').update(`leakhound:${incidentId}:${replacementId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function stored(ctx: { state: RotationState }): Promise<StoredVersion | undefined> {
  const raw = await ctx.state.get('rotation:stored');
  return raw ? (JSON.parse(raw) as StoredVersion) : undefined;
}

/**
 * Writes the verified replacement to the secret store as a new version, idempotently, and
 * records where it went. When the store refuses it (StoreRefused) the refusal is recorded and
 * returned, and the caller undoes the replacement, which no service will ever read; any other
 * failure is retried.
 */
export async function writeReplacement(
  ctx: { incidentId: string; state: RotationState; writer: (store: StoreTarget['store']) => SecretWriter },
  target: StoreTarget,
  r: Replacement,
  shown: string,
): Promise<RotationStepResult | { refused: string }> {
  try {
    const w = await ctx.writer(target.store).write(target, r, versionKey(ctx.incidentId, r.id));
    const s: StoredVersion = { store: target.store, path: target.path, version: w.version, replacement: shown };
    await ctx.state.set({ 'rotation:stored': JSON.stringify(s) });
    await ctx.state.deleteReplacement();
    return { outcome: 'done', detail: `${describeStored(s)} and verified` };
  } catch (err) {
    if (!(err instanceof StoreRefused)) return { outcome: 'retry', detail: (err as Error).message };
    await ctx.state.set({ 'rotation:refused': err.message });
    return { refused: err.message };
  }
}

export interface AnnounceContext {
  incidentId: string;
  state: RotationState;
  post: PostJson;
  timeoutMs: number;
}

/** The notify step: 2xx done, 429/5xx/no answer retry, any other answer a task (asking again will not change it). */
export async function announce(
  ctx: AnnounceContext,
  target: { notify?: string },
  provider: string,
): Promise<RotationStepResult> {
  if (!target.notify)
    return { outcome: 'done', detail: 'no notify hook configured: the services pick up the new version themselves' };
  const s = await stored(ctx);
  if (!s) return { outcome: 'task', detail: 'nothing was written to the store, so there is nothing to announce' };
  const origin = new URL(target.notify).origin;
  if (await ctx.state.get('rotation:notified')) return { outcome: 'done', detail: `${origin} was told already` };
  const body = { event: 'leakhound.rotation', incident: ctx.incidentId, provider, ...s };
  let status: number;
  try {
    status = await ctx.post(target.notify, body, ctx.timeoutMs);
  } catch (err) {
    const timedOut = (err as { name?: string } | undefined)?.name === 'TimeoutError';
    const why = timedOut ? `did not answer within ${ctx.timeoutMs} ms` : 'could not be reached';
    return { outcome: 'retry', detail: `the notify hook at ${origin} ${why}` };
  }
  if (status >= 200 && status < 300) {
    await ctx.state.set({ 'rotation:notified': new Date().toISOString() });
    return { outcome: 'done', detail: `notified ${origin} (HTTP ${status})` };
  }
  if (status === 429 || status >= 500)
    return { outcome: 'retry', detail: `the notify hook at ${origin} answered HTTP ${status}` };
  return { outcome: 'task', detail: `the notify hook at ${origin} answered HTTP ${status} (not retried)` };
}
