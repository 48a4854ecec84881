// The incident ledger: one Redis hash per incident plus an append-only timeline stream.
// Every write is idempotent, because every caller is a job that may run twice.
import type { Redis } from 'ioredis';
import type { Severity } from '../../rules/types.js';
import type { StepDef, StepId, StepState } from '../playbook/playbook.js';
import type { Keys } from '../redis/keys.js';
import { APPEND, OPEN, SET_STEP, TRANSITION } from './scripts.js';
import type { Incident, IncidentLocation, IncidentMeta, IncidentState, TimelineEntry } from './types.js';

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
    private readonly redis: Redis,
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
    if (created === 1) await this.redis.zadd(this.keys.incidentIndex(), 'NX', Date.parse(input.at), input.id);
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
    return r === 1;
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
    field: 'ack' | 'alert' | 'flow' | 'containedAt' | 'slack',
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
      2,
      this.keys.timeline(id),
      this.keys.timelineKeys(id),
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

  /** Links a GitHub secret scanning alert to its incident. */
  async linkAlert(repo: string, number: number, id: string): Promise<void> {
    await this.redis.set(this.keys.alert(repo, number), id, 'NX');
  }

  async incidentForAlert(repo: string, number: number): Promise<string | undefined> {
    return (await this.redis.get(this.keys.alert(repo, number))) ?? undefined;
  }
}
