// The rotation model: what a provider's rotation steps need from the outside, injected, so that
// the steps stay testable and free of the responder. A step answers like a containment step
// (`done`, `task` for a person, `retry` when transient), with a detail a person can act on;
// the detail never contains a secret.

import type { Credential, ProviderContext } from './provider.js';

export type RotationOutcome = 'done' | 'task' | 'retry';

/** The shape of the provider model's StepResult, so the responder runs rotation steps like any other. */
export interface RotationStepResult {
  outcome: RotationOutcome;
  detail: string;
}

/** A new credential: the identifier (e.g. an access key id) and its secret. */
export interface Replacement {
  id: string;
  secret: string;
}

/** Where the services read the credential. */
export interface StoreTarget {
  store: 'vault' | 'aws-secretsmanager';
  path: string;
  fields: { id: string; secret: string };
}

export interface WriteResult {
  /** The version now current: a KV v2 version number, or a Secrets Manager VersionId. */
  version: string;
  /** True when the store already held this replacement (a retried write). */
  already: boolean;
}

/** Writes a replacement as a new version. Throws StoreRefused when a person must act, any other error when transient. */
export interface SecretWriter {
  write(target: StoreTarget, replacement: Replacement, idempotencyKey: string): Promise<WriteResult>;
}

/** The store answered, and said no (bad token, missing permission, `cas` conflict, no such secret). */
export class StoreRefused extends Error {
  override name = 'StoreRefused';
}

/**
 * What one rotation keeps between its steps (one job each): plain facts, and the replacement
 * itself sealed with a TTL until it is written. Implemented over the incident ledger and the
 * encrypted secret store in the responder; every value read is handed to the job's scrubber.
 */
export interface RotationState {
  get(field: string): Promise<string | undefined>;
  set(fields: Record<string, string>): Promise<void>;
  getReplacement(): Promise<Replacement | undefined>;
  putReplacement(r: Replacement): Promise<void>;
  deleteReplacement(): Promise<void>;
}

/** A notify hook's answer; the hook gets no secret. */
export type PostJson = (url: string, body: object, timeoutMs: number) => Promise<number>;

/** Where a rotation map entry sends a provider's replacement, and whom to tell. */
export interface RotationTarget extends StoreTarget {
  notify?: string;
  graceSeconds: number;
}

/**
 * A provider whose API replaces a credential in one call (GitLab's `…/self/rotate`, Stripe's
 * v2 API key rotate): the new value comes back once, and the leaked one stops working (now, or
 * when the provider says). leakhound's generic token rotation does the rest (token-rotation.ts).
 * Every call gets the provider context; none may put a secret into a detail.
 */
export interface TokenRotation {
  /** Who owns the credential, as the rotation map's `match` is written for this provider. */
  owner(c: Credential, ctx: ProviderContext): Promise<{ owner: string } | RotationStepResult>;
  /** Issues the replacement; `shown` is how the timeline names it (an id, never the secret). */
  rotate(
    c: Credential,
    ctx: ProviderContext,
  ): Promise<{ replacement: Replacement; shown: string; detail: string } | RotationStepResult>;
  /** The owner the replacement authenticates as, or why it does not (yet). */
  verify(r: Replacement, ctx: ProviderContext): Promise<{ owner: string; detail: string } | RotationStepResult>;
  /** Undoes an unwritten replacement (nothing will ever read it). */
  revoke(r: Replacement, ctx: ProviderContext): Promise<RotationStepResult>;
  /** What a person does instead, for tasks. */
  manual: string;
}
