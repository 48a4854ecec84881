// Builds what the AWS rotation steps need from the service's own parts: the incident ledger
// for plain facts, the encrypted secret store for the replacement (sealed, with the service's
// TTL, until it is written), the rotation map, and the store clients, made once per process.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsRotationContext, AwsRotationTarget } from '../../rules/aws/rotate.js';
import type {
  PostJson,
  Replacement,
  RotationState,
  SecretWriter,
  StoreTarget,
  TokenRotation,
} from '../../rules/rotation.js';
import type { TokenRotationContext } from '../../rules/token-rotation.js';
import type { ResponderConfig } from '../config.js';
import type { Scrubber } from '../crypto/scrub.js';
import type { Services } from '../services.js';
import { findRotation } from './map.js';
import { secretsManagerWriter } from './secrets-manager-store.js';
import { vaultClient, vaultWriter } from './vault-store.js';

/** A ledger field a responder sets to keep the leaked key from being deleted after the grace period. */
export const HOLD_FIELD = 'rotation:hold';

export class RotationClients {
  private vault?: SecretWriter;
  private sm?: { client: SecretsManagerClient; writer: SecretWriter };

  constructor(private readonly config: Pick<ResponderConfig, 'rotation' | 'aws'>) {}

  writer(store: StoreTarget['store']): SecretWriter {
    const timeoutMs = this.config.aws.timeoutMs;
    if (store === 'vault') {
      const { addr, token, namespace } = this.config.rotation.vault;
      // The configuration refuses a vault entry without both at start-up.
      if (!addr || !token) throw new Error('VAULT_ADDR and VAULT_TOKEN are required for a vault rotation entry');
      this.vault ??= vaultWriter(vaultClient({ addr, token, namespace, timeoutMs }));
      return this.vault;
    }
    if (!this.sm) {
      const { region, endpoint } = this.config.aws;
      const client = new SecretsManagerClient({ region, maxAttempts: 1, ...(endpoint ? { endpoint } : {}) });
      this.sm = { client, writer: secretsManagerWriter(client, timeoutMs) };
    }
    return this.sm.writer;
  }

  destroy(): void {
    this.sm?.client.destroy();
  }
}

/** POSTs JSON and answers the status; redirects are not followed (the hook is what was configured). */
export const postJson: PostJson = async (url, body, timeoutMs) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'leakhound' },
    body: JSON.stringify(body),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.body?.cancel();
  return res.status;
};

export function rotationState(
  s: Pick<Services, 'ledger' | 'secrets'>,
  incidentId: string,
  scrubber: Scrubber,
): RotationState {
  return {
    get: (field) => s.ledger.getField(incidentId, field),
    set: (fields) => s.ledger.setFields(incidentId, fields),
    async getReplacement() {
      const raw = await s.secrets.get(incidentId, 'replacement', scrubber);
      if (raw === undefined) return undefined;
      const r = JSON.parse(raw) as Replacement;
      scrubber.add(r.id);
      scrubber.add(r.secret);
      return r;
    },
    putReplacement: (r) => s.secrets.put(incidentId, 'replacement', JSON.stringify(r)),
    deleteReplacement: () => s.secrets.deleteOne(incidentId, 'replacement'),
  };
}

/** The rotation map entry that covers `owner` for this provider, as the steps need it. */
function target(s: Pick<Services, 'config'>, provider: string, owner: string) {
  const e = findRotation(s.config.rotation.map, provider, owner);
  return e && { store: e.store, path: e.path, fields: e.fields, notify: e.notify, graceSeconds: e.graceSeconds };
}

export function tokenRotationContext(
  s: Pick<Services, 'config' | 'ledger' | 'secrets' | 'providers'>,
  clients: RotationClients,
  incidentId: string,
  provider: string,
  rotation: TokenRotation,
  scrubber: Scrubber,
  post: PostJson = postJson,
): TokenRotationContext {
  return {
    incidentId,
    provider,
    rotation,
    pctx: s.providers,
    state: rotationState(s, incidentId, scrubber),
    targetFor: (owner) => target(s, provider, owner),
    writer: (store) => clients.writer(store),
    post,
    timeoutMs: s.config.aws.timeoutMs,
  };
}

export function awsRotationContext(
  s: Pick<Services, 'config' | 'ledger' | 'secrets' | 'aws'>,
  clients: RotationClients,
  incidentId: string,
  scrubber: Scrubber,
  post: PostJson = postJson,
): AwsRotationContext {
  return {
    incidentId,
    iam: s.aws.iam,
    keyPairSts: s.aws.keyPairSts,
    state: rotationState(s, incidentId, scrubber),
    targetFor: (arn): AwsRotationTarget | undefined => target(s, 'aws', arn),
    writer: (store) => clients.writer(store),
    post,
    held: async () => (await s.ledger.getField(incidentId, HOLD_FIELD)) !== undefined,
    timeoutMs: s.config.aws.timeoutMs,
  };
}
