// The incident ledger: one Redis hash per incident plus an append-only timeline stream.
// Every write is idempotent, because every caller is a job that may run twice.
import type { RedisClient } from '../redis/connect.js';
import type { Severity } from '../../rules/types.js';
import type { StepDef, StepId, StepState } from '../playbook/playbook.js';
import type { Keys } from '../redis/keys.js';
import { APPEND, OPEN, REOPEN, SET_STEP, TRANSITION } from './scripts.js';
import type { Incident, IncidentLocation, IncidentMeta, IncidentState, TimelineEntry } from './types.js';

/** What belongs to one round of an incident, cleared when it reopens. */
const ROUND_FIELDS = [
  'closedAt',
  'resolution',
  'containedAt',
  'ack',
  'evidence',
  'heldForEvidence',
  'falsePositiveAskedBy',
  'historyRewrite',
  'flow',
  'report',
  'review',
  'review:pending',
  'closedBy',
  'needsHuman',
  'slack',
  'alert',
  'aws:owner',
  'aws:deactivatedAt',
  // Investigation findings (investigation.ts): each round is investigated again.
  'aws:cloudtrail',
  'github:investigation',
  'capabilities',
];

export interface OpenInput {
  id: string;
  meta: IncidentMeta;
  severity: Severity;
  steps: StepDef[];
  locations: IncidentLocation[];
  at: string;
}

export interface TimelineInput {
  actor: string;
  kind: string;
  step?: StepId;
  text: string;
  /** Same key, same entry: a retried job does not write it twice. */
  key: string;
}

export class Ledger {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  /** Creates the incident unless it exists; adds locations either way. */
  async open(input: OpenInput): Promise<{ created: boolean; newLocations: number }> {
    const fields: string[] = [
      'state',
      'open',
      'severity',
      input.severity,
      'openedAt',
      input.at,
      'meta',
      JSON.stringify(input.meta),
    ];
    for (const s of input.steps) {
      const state: StepState = {
        status: s.mode === 'task' ? 'task' : 'pending',
        at: input.at,
        by: 'leakhound',
        ...(s.detail ? { detail: s.detail } : {}),
      };
      fields.push(`step:${s.id}`, JSON.stringify(state));
    }
    const locations = input.locations.map((l) => JSON.stringify(l));
    const [created, added] = (await this.redis.eval(
      OPEN,
      2,
      this.keys.incident(input.id),
      this.keys.locations(input.id),
      JSON.stringify(fields),
      JSON.stringify(locations),
    )) as [number, number];
    if (created === 1) {
      await this.redis.zadd(this.keys.incidentIndex(), 'NX', Date.parse(input.at), input.id);
      await this.redis.hincrby(this.keys.incidentCounts(), 'open', 1);
    }
    return { created: created === 1, newLocations: added };
  }

  async get(id: string): Promise<Incident | undefined> {
    const [[, h], [, locs]] = (await this.redis
      .multi()
      .hgetall(this.keys.incident(id))
      .smembers(this.keys.locations(id))
      .exec()) as [[unknown, Record<string, string>], [unknown, string[]]];
    if (!h.state || !h.meta) return undefined;
    const steps: Incident['steps'] = {};
    for (const [field, value] of Object.entries(h)) {
      if (field.startsWith('step:')) steps[field.slice(5) as StepId] = JSON.parse(value) as StepState;
    }
    const locations = locs.map((l) => JSON.parse(l) as IncidentLocation);
    locations.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.startLine - b.startLine);
    return {
      ...(JSON.parse(h.meta) as IncidentMeta),
      id,
      state: h.state as IncidentState,
      severity: h.severity as Severity,
      openedAt: h.openedAt ?? '',
      acknowledged: h.ack ? (JSON.parse(h.ack) as Incident['acknowledged']) : undefined,
      containedAt: h.containedAt,
      closedAt: h.closedAt,
      resolution: h.resolution as Incident['resolution'],
      needsHuman: h.needsHuman,
      slack: h.slack ? (JSON.parse(h.slack) as Incident['slack']) : undefined,
      alert: h.alert ? (JSON.parse(h.alert) as Incident['alert']) : undefined,
      evidence: h.evidence ? (JSON.parse(h.evidence) as Incident['evidence']) : undefined,
      heldForEvidence: h.heldForEvidence,
      round: h.round ? Number(h.round) : 1,
      falsePositiveAskedBy: h.falsePositiveAskedBy,
      historyRewrite: h.historyRewrite ? (JSON.parse(h.historyRewrite) as Incident['historyRewrite']) : undefined,
      steps,
      locations,
    };
  }

  /** Newest first. */
  async list(limit = 100, offset = 0): Promise<string[]> {
    return this.redis.zrevrange(this.keys.incidentIndex(), offset, offset + limit - 1);
  }

  async count(): Promise<number> {
    return this.redis.zcard(this.keys.incidentIndex());
  }

  /** Moves to `to` only from one of `from` (any state when empty). */
  async transition(
    id: string,
    from: IncidentState[],
    to: IncidentState,
    fields: Record<string, string> = {},
  ): Promise<boolean> {
    const extra = Object.entries(fields).flat();
    const r = await this.redis.eval(
      TRANSITION,
      1,
      this.keys.incident(id),
      JSON.stringify(from),
      to,
      JSON.stringify(extra),
    );
    if (typeof r !== 'string') return false;
    // Another slot than the record (cluster), so not in the script: a crash between the two
    // leaves a count off by one until the next change of that incident's state.
    if (r !== to) {
      await this.redis
        .multi()
        .hincrby(this.keys.incidentCounts(), r, -1)
        .hincrby(this.keys.incidentCounts(), to, 1)
        .exec();
    }
    return true;
  }

  /** Records a step's state; a step that is done stays done unless `force`. */
  async setStep(id: string, step: StepId, state: StepState, force = false): Promise<boolean> {
    const r = await this.redis.eval(
      SET_STEP,
      1,
      this.keys.incident(id),
      `step:${step}`,
      JSON.stringify(state),
      force ? '1' : '0',
    );
    return r === 1;
  }

  /** Sets a field unless it is set already; true when this call set it. */
  async setOnce(
    id: string,
    field: 'ack' | 'alert' | 'flow' | 'containedAt' | 'slack' | 'evidence' | 'heldForEvidence',
    value: string,
  ): Promise<boolean> {
    return (await this.redis.hsetnx(this.keys.incident(id), field, value)) === 1;
  }

  async setFields(id: string, fields: Record<string, string>): Promise<void> {
    await this.redis.hset(this.keys.incident(id), fields);
  }

  async getField(id: string, field: string): Promise<string | undefined> {
    return (await this.redis.hget(this.keys.incident(id), field)) ?? undefined;
  }

  /** Appends to the timeline once per `key`; returns the entry's sequence id, or undefined if already there. */
  async append(id: string, entry: TimelineInput): Promise<string | undefined> {
    const fields = ['at', new Date().toISOString(), 'actor', entry.actor, 'kind', entry.kind, 'text', entry.text];
    if (entry.step) fields.push('step', entry.step);
    const r = await this.redis.eval(
      APPEND,
      3,
      this.keys.timeline(id),
      this.keys.timelineKeys(id),
      this.keys.incident(id),
      entry.key,
      ...fields,
    );
    return typeof r === 'string' ? r : undefined;
  }

  async timeline(id: string, after = '-'): Promise<TimelineEntry[]> {
    const start = after === '-' ? '-' : `(${after}`;
    const rows = await this.redis.xrange(this.keys.timeline(id), start, '+');
    return rows.map(([seq, flat]) => {
      const f: Record<string, string> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
      return {
        seq,
        at: f.at ?? '',
        actor: f.actor ?? '',
        kind: f.kind ?? '',
        step: f.step as StepId | undefined,
        text: f.text ?? '',
      };
    });
  }

  /** Reopens a closed incident as a new round with fresh steps; the new round, or 0 if it was not closed. */
  async reopen(id: string, meta: IncidentMeta, steps: StepDef[], at: string): Promise<number> {
    const set: string[] = ['openedAt', at, 'meta', JSON.stringify(meta)];
    for (const st of steps) {
      const state: StepState = { status: st.mode === 'task' ? 'task' : 'pending', at, by: 'leakhound' };
      set.push(`step:${st.id}`, JSON.stringify(state));
    }
    const r = await this.redis.eval(
      REOPEN,
      2,
      this.keys.incident(id),
      this.keys.timeline(id),
      JSON.stringify(ROUND_FIELDS),
      JSON.stringify(set),
    );
    const round = typeof r === 'number' ? r : 0;
    if (round > 0) {
      await this.redis
        .multi()
        .hincrby(this.keys.incidentCounts(), 'closed', -1)
        .hincrby(this.keys.incidentCounts(), 'open', 1)
        .exec();
    }
    return round;
  }

  /** Links a GitHub secret scanning alert to its incident. */
  async linkAlert(repo: string, number: number, id: string): Promise<void> {
    await this.redis.set(this.keys.alert(repo, number), id, 'NX');
  }

  async incidentForAlert(repo: string, number: number): Promise<string | undefined> {
    return (await this.redis.get(this.keys.alert(repo, number))) ?? undefined;
  }
}
