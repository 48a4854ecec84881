// The provider model: what a provider can say about a credential (verify) and do to it
// (containment steps), with every network client injected so that each answer is testable
// without the network. Shared by the CLI and the responder; no module here may do I/O on
// import, and none is loaded by the detection worker threads.
import type { AwsClients } from './aws/clients.js';

/** Three answers, each with a reason a person can act on. Only `unknown` means "ask again". */
export type VerificationState = 'live' | 'invalid' | 'unknown';

export interface Verification {
  state: VerificationState;
  /** Why, in words; never contains the secret. */
  reason: string;
  /** Permissions or scopes the credential holds, where the provider says so. */
  permissions?: string[];
}

/** A verification as reports carry it. */
export interface CheckedVerification extends Verification {
  /** ISO 8601. */
  checkedAt: string;
}

/**
 * What one containment step achieved: `done` (the provider confirmed it), `task` (a person has
 * to act; the detail says exactly what), `retry` (transient: ask again later).
 */
export type StepResult = { outcome: 'done' | 'task' | 'retry'; detail: string };

/** The credential a provider works on: the secret, and its pair where the credential has two parts. */
export interface Credential {
  ruleId: string;
  secret: string;
  pair?: string;
  /**
   * Hosts named in URLs near where the secret was found (a self-managed GitLab's). Untrusted: a
   * provider may send the secret to one only when its configuration lists that host.
   */
  hosts?: string[];
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Everything a provider may use to reach the network, injected. */
export interface ProviderContext {
  fetch: FetchLike;
  /** Where `LEAKHOUND_<PROVIDER>_API_URL` overrides are read from. */
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
  /** Provider-specific switches (e.g. `stripe.appManagedRoll`), from the service configuration. */
  options?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Called before every request a provider sends, to keep to its rate limit (a provider id or `<id>/<limit>`). */
  throttle?: (name: string) => Promise<void>;
  /** AWS SDK clients; built from the environment when absent. */
  aws?: AwsClients;
}

export interface ContainmentStep {
  /** Stable, kebab-case, unique within the provider; the responder prefixes it with the provider id. */
  id: string;
  title: string;
  run(credential: Credential, ctx: ProviderContext): Promise<StepResult>;
  /**
   * True when the provider rejecting the credential proves this step done, even if a person did
   * it (a guided roll, a revocation by hand). False for steps it proves nothing about (e.g.
   * attaching a quarantine policy).
   */
  provenByRevocation?: boolean;
  /**
   * True when the step changes nothing at the provider (a lookup, a re-verification). Only such
   * steps run before there is evidence that the credential is real (the responder's evidence
   * rule); every other step waits for a live verification, a GitHub alert or a responder.
   */
  readOnly?: boolean;
}

export interface Provider {
  /** kebab-case; also names the override variable `LEAKHOUND_<ID>_API_URL`. */
  id: string;
  name: string;
  /** Rule ids whose secret names this provider's credential. */
  rules: string[];
  /** Rule ids whose secret completes a credential (e.g. the AWS secret access key). */
  pairRules?: string[];
  /** GitHub secret scanning types that name the same credentials. */
  githubSecretTypes: string[];
  /** The official API origin(s) a secret may be sent to; an override replaces the first. */
  apiUrl: string;
  /** The provider's documentation for the calls made here. */
  docs: string[];
  /**
   * Requests per minute this provider is sent at most: per run in the CLI, across all workers in
   * the responder (through Redis).
   */
  ratePerMinute: number;
  /** Endpoints with a lower limit of their own, in requests per minute; throttled as `<id>/<name>`. */
  limits?: Record<string, number>;
  /** Rules this provider recognises but cannot verify (e.g. webhook signing secrets), with why. */
  unverifiable?: Record<string, string>;
  verify?(credential: Credential, ctx: ProviderContext): Promise<Verification>;
  /**
   * The containment step after which the leaked credential may first be used to verify it
   * (AWS: after reading "last used", which a signed call would overwrite). Default: before the
   * first step.
   */
  verifyAfter?: string;
  /** In order; the last one's `done` means "revoked by us". Empty: a person revokes it. */
  containment: ContainmentStep[];
  /** Which rules the containment steps can revoke automatically (others become tasks). */
  revokes: string[];
  /** What a person must do where leakhound cannot revoke (shown in the playbook and by `revoke`). */
  manualRevocation: string;
  /** Rules whose credential a person revokes differently (e.g. a webhook signing secret). */
  manualRevocationByRule?: Record<string, string>;
  /** Permissions the responder needs for verification and containment (README table). */
  permissions: string;
  /** True when the provider can create a replacement credential. */
  rotates: boolean;
}
