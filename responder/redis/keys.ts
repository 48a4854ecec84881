// Every Redis key the responder owns, in one place. Keys that a single operation touches
// together share a hash tag (`{inc:<id>}`), so the same code runs on Redis Cluster: an
// incident's record, timeline and stored secrets always live in one slot.

export interface Keys {
  /** Hash: the incident record (state, severity, meta JSON, step:<id> JSON, …). */
  incident(id: string): string;
  /** Stream: the append-only timeline. */
  timeline(id: string): string;
  /** Set: idempotency keys of timeline entries already written. */
  timelineKeys(id: string): string;
  /** Set: JSON locations where the credential was seen. */
  locations(id: string): string;
  /** String: an encrypted secret the incident's steps need, with a TTL. */
  secret(id: string, name: string): string;
  /** String: a short-lived lock (e.g. one Slack sync at a time). */
  lock(id: string, what: string): string;
  /** String: an encrypted scan result on its way from a scan job to triage. */
  stash(id: string): string;
  /** String: marks a processed `X-GitHub-Delivery`. */
  delivery(id: string): string;
  /** String: incident id for a GitHub secret scanning alert. */
  alert(repo: string, number: number): string;
  /** String: JSON members of a Slack user group, cached briefly. */
  slackGroup(id: string): string;
  /** Sorted set: repositories whose git caches workers should drop, by when their incident closed. */
  cachePrune(): string;
  /** String: epoch ms until which every worker leaves Slack alone (a 429's Retry-After). */
  slackPause(): string;
  /** String: Slack calls made in one second, for the shared limiter. */
  slackWindow(second: number): string;
  /** Sorted set: incident ids by opening time. */
  incidentIndex(): string;
  /** Hash: job counters for /metrics. */
  jobCounters(): string;
  /** Hash: incidents per state for /metrics, kept by the ledger. */
  incidentCounts(): string;
  /** Hash: time-to-containment histogram for /metrics. */
  containmentHistogram(): string;
  /** Hash: per-provider histogram of time to detect or contain, from exposure, for /metrics. */
  exposureHistogram(metric: string): string;
  /** String: the next free request slot of a rate limit shared by all workers (e.g. CloudTrail per region). */
  rateSlot(name: string): string;
  /** String: a web UI session, keyed by the hash of its cookie value, with a TTL. */
  uiSession(hash: string): string;
  /** String: a Sign in with Slack in progress (nonce, where to go next), keyed by the hash of its state, for 10 minutes. */
  uiOidc(hash: string): string;
}

export function keys(prefix: string): Keys {
  return {
    incident: (id) => `${prefix}:{inc:${id}}:record`,
    timeline: (id) => `${prefix}:{inc:${id}}:timeline`,
    timelineKeys: (id) => `${prefix}:{inc:${id}}:timeline-keys`,
    locations: (id) => `${prefix}:{inc:${id}}:locations`,
    secret: (id, name) => `${prefix}:{inc:${id}}:secret:${name}`,
    lock: (id, what) => `${prefix}:{inc:${id}}:lock:${what}`,
    stash: (id) => `${prefix}:{stash:${id}}`,
    delivery: (id) => `${prefix}:{delivery:${id}}`,
    alert: (repo, number) => `${prefix}:{alert:${repo}#${number}}`,
    slackGroup: (id) => `${prefix}:{slack}:group:${id}`,
    cachePrune: () => `${prefix}:{cache}:prune`,
    slackPause: () => `${prefix}:{slack}:pause-until`,
    slackWindow: (second) => `${prefix}:{slack}:window:${second}`,
    incidentIndex: () => `${prefix}:{index}:incidents`,
    jobCounters: () => `${prefix}:{metrics}:jobs`,
    incidentCounts: () => `${prefix}:{metrics}:incidents`,
    containmentHistogram: () => `${prefix}:{metrics}:time-to-containment`,
    exposureHistogram: (metric) => `${prefix}:{metrics}:${metric}`,
    rateSlot: (name) => `${prefix}:{rate:${name}}`,
    uiSession: (hash) => `${prefix}:{ui-session:${hash}}`,
    uiOidc: (hash) => `${prefix}:{ui-oidc:${hash}}`,
  };
}

/** BullMQ's prefix: one hash tag for all queues, because flows span queues atomically. */
export function bullPrefix(prefix: string): string {
  return `{${prefix}}`;
}
