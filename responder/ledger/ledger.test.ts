import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../../test/helpers/redis-server.js';
import { planSteps } from '../playbook/playbook.js';
import { MetricsStore } from '../metrics/store.js';
import { keys } from '../redis/keys.js';
import { incidentMessage } from '../slack/blocks.js';
import { Ledger, type OpenInput } from './ledger.js';
import { postIncidentReport } from './report.js';

const available = redisServerAvailable();
let n = 0;
const input = (over: Partial<OpenInput> = {}): OpenInput => ({
  id: (++n).toString(16).padStart(32, '0'),
  meta: {
    ruleId: 'aws-access-key-id',
    description: 'AWS access key ID',
    provider: 'aws',
    credential: 'AKIA…WXYZ',
    repo: 'octo-org/app',
    repoUrl: 'https://github.com/octo-org/app',
    visibility: 'private',
    source: 'push',
    exposureStart: '2024-01-01T00:00:00Z',
  },
  severity: 'high',
  steps: planSteps('aws'),
  locations: [
    {
      file: '.env',
      startLine: 1,
      commit: 'a'.repeat(40),
      author: 'A',
      email: 'a@example.com',
      date: '2024-01-01T00:00:00Z',
    },
  ],
  at: '2024-01-01T01:00:00.000Z',
  ...over,
});

describe.skipIf(!available)(available ? 'Ledger' : `Ledger (skipped: ${REDIS_MISSING})`, () => {
  let server: RedisServer;
  let redis: Redis;
  let ledger: Ledger;
  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
    ledger = new Ledger(redis, keys('ledgertest'));
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  it('opens an incident once, and adds new locations to it after that', async () => {
    const i = input();
    expect(await ledger.open(i)).toEqual({ created: true, newLocations: 1 });
    expect(await ledger.open(i)).toEqual({ created: false, newLocations: 0 });
    const moved = { ...i, locations: [{ ...i.locations[0]!, file: 'b.env' }] };
    expect(await ledger.open(moved)).toEqual({ created: false, newLocations: 1 });
    const got = await ledger.get(i.id);
    expect(got).toMatchObject({ state: 'open', severity: 'high', credential: 'AKIA…WXYZ' });
    expect(got!.locations.map((l) => l.file)).toEqual(['.env', 'b.env']);
    expect(got!.steps['aws-identify']).toMatchObject({ status: 'pending' });
    expect(got!.steps.rotate).toMatchObject({ status: 'task' });
    expect(await ledger.list()).toContain(i.id);
  });

  it('writes each timeline entry once per key, in order, and never rewrites it', async () => {
    const i = input();
    await ledger.open(i);
    const first = await ledger.append(i.id, { actor: 'leakhound', kind: 'opened', text: 'opened', key: 'opened' });
    expect(
      await ledger.append(i.id, { actor: 'leakhound', kind: 'opened', text: 'again', key: 'opened' }),
    ).toBeUndefined();
    await ledger.append(i.id, { actor: 'slack:U1', kind: 'acknowledged', text: 'ack', key: 'ack' });
    const t = await ledger.timeline(i.id);
    expect(t.map((e) => [e.kind, e.text])).toEqual([
      ['opened', 'opened'],
      ['acknowledged', 'ack'],
    ]);
    expect(await ledger.timeline(i.id, first)).toHaveLength(1);
  });

  it('moves between states only along allowed transitions', async () => {
    const i = input();
    await ledger.open(i);
    expect(await ledger.transition(i.id, ['contained'], 'closed')).toBe(false);
    expect(await ledger.transition(i.id, ['open'], 'needs-human', { needsHuman: 'why' })).toBe(true);
    expect(await ledger.get(i.id)).toMatchObject({ state: 'needs-human', needsHuman: 'why' });
    expect(await ledger.transition('f'.repeat(32), [], 'closed')).toBe(false);
  });

  it('keeps per-state incident counters as incidents open and change state (what /metrics reads)', async () => {
    const k = keys('countertest');
    const l = new Ledger(redis, k);
    const metrics = new MetricsStore(redis, k);
    const [a, b] = [input(), input()];
    await l.open(a);
    await l.open(b);
    await l.open(a);
    await l.transition(a.id, ['open'], 'needs-human');
    await l.transition(a.id, ['open', 'needs-human'], 'needs-human');
    await l.transition(b.id, ['open'], 'closed');
    await l.transition(b.id, ['open'], 'contained');
    expect(await metrics.incidentsByState()).toEqual({ open: 0, 'needs-human': 1, closed: 1 });
  });

  it('counts the incidents of a ledger written before the counters existed, once', async () => {
    const k = keys('legacytest');
    const l = new Ledger(redis, k);
    const [a, b] = [input(), input()];
    await l.open(a);
    await l.open(b);
    await l.transition(b.id, ['open'], 'closed');
    await redis.del(k.incidentCounts());
    expect(await new MetricsStore(redis, k).incidentsByState()).toEqual({ open: 1, closed: 1 });
  });

  it('keeps a done step done unless forced', async () => {
    const i = input();
    await ledger.open(i);
    await ledger.setStep(i.id, 'aws-deactivate', { status: 'done', at: 't1', by: 'leakhound' });
    expect(await ledger.setStep(i.id, 'aws-deactivate', { status: 'task', at: 't2', by: 'leakhound' })).toBe(false);
    expect((await ledger.get(i.id))!.steps['aws-deactivate']).toMatchObject({ status: 'done', at: 't1' });
  });

  it('renders the report and the Slack message from the ledger alone', async () => {
    const i = input();
    await ledger.open(i);
    await ledger.append(i.id, { actor: 'leakhound', kind: 'opened', text: 'found | here', key: 'o' });
    const incident = (await ledger.get(i.id))!;
    const report = postIncidentReport(incident, await ledger.timeline(i.id));
    expect(report).toContain('| Credential | `AKIA…WXYZ` (rule `aws-access-key-id`) |');
    expect(report).toContain('found \\| here');
    expect(report.indexOf('Find the key owner')).toBeLessThan(report.indexOf('Deactivate the access key'));
    const msg = incidentMessage(incident, new Date('2024-01-01T02:00:00Z'));
    expect(JSON.stringify(msg.blocks)).toContain('2h 0m since 2024-01-01T00:00:00Z');
    expect(JSON.stringify(msg.blocks)).toContain('leakhound_acknowledge');
  });
});
