// Raw secrets at rest: sealed with AES-256-GCM, bound to their key, with a TTL, and deleted
// as soon as the incident no longer needs them. Every value read is handed to the caller's
// scrubber so that it cannot leak through an error message afterwards.
import type { RedisClient } from '../redis/connect.js';
import type { Scrubber } from '../crypto/scrub.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Keys } from '../redis/keys.js';

/**
 * What an incident may keep: the credential itself and, for AWS, the paired secret key; a
 * rotation's replacement between its creation and its write to the store; and `watch`, a copy
 * of a leaked AWS key id (never its secret) that the investigation and the monitoring after
 * containment search CloudTrail for. `delete` leaves `watch` alone: monitoring deletes it when
 * it ends (jobs/monitor-aws.ts).
 */
export type SecretName = 'primary' | 'pair' | 'replacement' | 'watch';
const NAMES: SecretName[] = ['primary', 'pair', 'replacement'];

export class SecretStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
    private readonly box: SecretBox,
    private readonly ttlSeconds: number,
  ) {}

  async put(incidentId: string, name: SecretName, value: string, ttlSeconds = this.ttlSeconds): Promise<void> {
    const key = this.keys.secret(incidentId, name);
    await this.redis.set(key, this.box.seal(value, key), 'EX', ttlSeconds);
  }

  /** The secret, or undefined when it expired or was deleted. */
  async get(incidentId: string, name: SecretName, scrubber: Scrubber): Promise<string | undefined> {
    const key = this.keys.secret(incidentId, name);
    const sealed = await this.redis.get(key);
    if (sealed === null) return undefined;
    const value = this.box.open(sealed, key);
    scrubber.add(value);
    return value;
  }

  async deleteOne(incidentId: string, name: SecretName): Promise<void> {
    await this.redis.del(this.keys.secret(incidentId, name));
  }

  async delete(incidentId: string): Promise<void> {
    await this.redis.del(...NAMES.map((n) => this.keys.secret(incidentId, n)));
  }

  /** A scan's findings (which carry secrets) on their way to triage. */
  async putStash(id: string, value: unknown): Promise<void> {
    const key = this.keys.stash(id);
    await this.redis.set(key, this.box.seal(JSON.stringify(value), key), 'EX', this.ttlSeconds);
  }

  /** Untyped: the caller validates it and hands each secret to its scrubber. */
  async getStash(id: string): Promise<unknown> {
    const key = this.keys.stash(id);
    const sealed = await this.redis.get(key);
    return sealed === null ? undefined : (JSON.parse(this.box.open(sealed, key)) as unknown);
  }

  async deleteStash(id: string): Promise<void> {
    await this.redis.del(this.keys.stash(id));
  }
}
