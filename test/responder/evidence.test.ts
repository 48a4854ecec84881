// Evidence before action, against moto: a key id pushed without its secret names a real key
// but proves nothing, so leakhound holds containment back until a responder approves it or
// GitHub's secret scanning reports the same key.
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { alertPayload, pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const QUARANTINE = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3';
const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(missing !== undefined)(
  missing ? `evidence before action (skipped: ${missing})` : 'evidence before action',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;
    const iam = () => motoIam(svc.moto.url);
    const writes = () => svc.proxy.actions.filter((a) => a === 'UpdateAccessKey' || a === 'AttachUserPolicy').length;

    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    /** Pushes a real key's id with no secret beside it; waits until containment was held back. */
    async function pushKeyIdAlone(name: string): Promise<{ key: { id: string }; user: string; d: Detail }> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: svc.redis.url, motoUrl: svc.proxy.url, repoRoot: repo.root });
      const user = `${name}-owner`;
      const key = await createLeakableKey(iam(), user);
      repo.commit({ 'logs/request.txt': `GET /bucket/obj?X-Amz-Credential=${key.id}%2F20240101 200\n` });
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
      const d = await waitFor(
        async () => {
          const id = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id;
          const x = id ? await h.api<Detail>(`/incidents/${id}`) : undefined;
          const held = x?.incident.steps['aws-deactivate']?.status === 'task' && x.incident.state === 'needs-human';
          return held && x.incident.slack ? x : undefined;
        },
        'containment to be held back',
        20_000,
        100,
      );
      return { key, user, d };
    }

    it('does not deactivate a key whose id alone was pushed; it asks a responder with "Deactivate this key"', async () => {
      const before = writes();
      const { key, user, d } = await pushKeyIdAlone('key-id-only');
      expect(await keyState(iam(), user, key.id)).toEqual({ status: 'Active', policies: [] });
      expect(writes() - before).toBe(0);
      expect(d.incident).toMatchObject({ state: 'needs-human', provider: 'aws' });
      expect(d.incident.evidence).toBeUndefined();
      expect(d.incident.steps['aws-deactivate']!.detail).toMatch(/nothing shows this credential is live/);
      await waitFor(
        async () =>
          (await h.api<Detail>(`/incidents/${d.incident.id}`)).incident.steps['aws-verify']?.status === 'task',
        'the later steps to wait too',
      );
      const message = await waitFor(
        () =>
          h.slack
            .posts()
            .filter((p) => p.method === 'chat.update')
            .map((p) => JSON.stringify(p.blocks))
            .find((b) => b.includes('leakhound_contain')),
        'the "Deactivate this key" button',
      );
      expect(message).toContain('Deactivate this key');

      // Someone who is not a responder cannot approve it.
      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'contain', d.incident.id, 'U0INTRUDER');
      await waitFor(
        async () => (await h.api<Detail>(`/incidents/${d.incident.id}`)).timeline.some((e) => e.kind === 'refused'),
        'the refusal',
      );
      expect((await keyState(iam(), user, key.id)).status).toBe('Active');

      // A responder approves: one button runs the held-back steps.
      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'contain', d.incident.id);
      const done = await waitFor(
        async () => {
          const x = await h.api<Detail>(`/incidents/${d.incident.id}`);
          return x.incident.state === 'contained' ? x : undefined;
        },
        'the approved containment',
        20_000,
        100,
      );
      expect(await keyState(iam(), user, key.id)).toEqual({ status: 'Inactive', policies: [QUARANTINE] });
      expect(done.incident.evidence).toMatchObject({ kind: 'responder-approved', by: 'slack:U0SECOPS' });
      expect(done.incident.steps['aws-deactivate']).toMatchObject({ status: 'done' });
      expect(done.incident.steps['aws-verify']).toMatchObject({ status: 'done' });
    });

    it('contains the held-back key once GitHub secret scanning reports the same key', async () => {
      const { key, user, d } = await pushKeyIdAlone('key-id-then-alert');
      h.github.alerts.set(`${repo.fullName}#3`, {
        number: 3,
        secret_type: 'aws_access_key_id',
        secret: key.id,
        state: 'open',
        resolution: null,
        created_at: '2024-05-01T10:05:00Z',
        locations: [],
      });
      await h.deliver('secret_scanning_alert', alertPayload({ fullName: repo.fullName }, 'created', { number: 3 }));
      const done = await waitFor(
        async () => {
          const x = await h.api<Detail>(`/incidents/${d.incident.id}`);
          return x.incident.containedAt ? x : undefined;
        },
        'containment after the alert',
        20_000,
        100,
      );
      expect(done.incident.evidence).toMatchObject({ kind: 'github-alert', by: 'github' });
      expect(await keyState(iam(), user, key.id)).toEqual({ status: 'Inactive', policies: [QUARANTINE] });
    });
  },
);
