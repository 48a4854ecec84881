// Manual confirmations say exactly what they confirm: "I rotated it" ticks the replacement and
// nothing else, the incident closes only when every step (eradication too) is settled, and a
// credential leakhound verified live is marked false positive only after a second press.
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { closeWithReview } from '../helpers/close-review.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(missing !== undefined)(
  missing ? `manual confirmations (skipped: ${missing})` : 'manual confirmations',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;

    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    /** A live key pair pushed and contained automatically. */
    async function contained(name: string): Promise<Detail> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: svc.redis.url, motoUrl: svc.proxy.url, repoRoot: repo.root });
      const key = await createLeakableKey(motoIam(svc.moto.url), `${name}-bot`);
      repo.commit({ '.env': `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` });
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
      return waitFor(
        async () => {
          const id = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id;
          const d = id ? await h.api<Detail>(`/incidents/${id}`) : undefined;
          return d?.incident.containedAt && d.incident.slack ? d : undefined;
        },
        'automatic containment',
        20_000,
        100,
      );
    }

    const press = (id: string, action: string, step?: string) =>
      clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, id, 'U0SECOPS', {
        ...(step ? { value: `${id}:${step}` } : {}),
      });
    const handled = (n: number) =>
      waitFor(async () => {
        const jobs = await h.server.services.producer.queues.incident.getJobs(['completed']);
        return jobs.filter((j) => j.name === 'slack-action').length >= n;
      }, `${n} clicks to be handled`);
    const detail = (id: string) => h.api<Detail>(`/incidents/${id}`);

    it('"I rotated it" confirms the replacement only; the incident closes when the history step is confirmed too', async () => {
      const { incident } = await contained('one-step');
      await press(incident.id, 'acknowledge');
      await press(incident.id, 'rotated');
      await handled(2);
      const after = await detail(incident.id);
      expect(after.incident.steps.rotate).toMatchObject({ status: 'done', by: 'slack:U0SECOPS' });
      expect(after.incident.steps.history).toMatchObject({ status: 'task' });
      expect(after.incident.state).toBe('contained');
      // The buttons left are the open tasks, each naming its step. The message is re-rendered
      // by a notify job of its own, so wait for the update that follows the click.
      const values = await waitFor(() => {
        const last = h.slack
          .posts()
          .filter((p) => p.method === 'chat.update')
          .at(-1);
        const text = last ? JSON.stringify(last.blocks) : '';
        return text.includes(`${incident.id}:rotate"`) ? undefined : text;
      }, 'the Slack message to drop the rotate button');
      expect(values).toContain(`${incident.id}:history`);

      await press(incident.id, 'done', 'history');
      await closeWithReview(h, incident.id);
      const closed = await waitFor(async () => {
        const d = await detail(incident.id);
        return d.incident.state === 'closed' && d.incident.steps.report?.status === 'done' ? d : undefined;
      }, 'the incident to close');
      expect(closed.incident.steps.history).toMatchObject({ status: 'done', by: 'slack:U0SECOPS' });
      // The report is stored after the step that announces it; wait for it rather than race it.
      const report = await waitFor(
        () => h.api<string>(`/incidents/${incident.id}/report`).catch(() => undefined),
        'the report to be written',
      );
      // Every ticked box names who did it; leakhound's own steps say leakhound.
      for (const line of report.split('\n').filter((l) => l.startsWith('- [x]'))) {
        expect(line).toMatch(/: done by (leakhound|slack:U0SECOPS) at /);
      }
      expect(report).toMatch(/- \[x\] Attach the AWS compromised-key quarantine policy.*: done by leakhound/);
    });

    it('asks for a second, explicit press before calling a live-verified key a false positive', async () => {
      const { incident } = await contained('live-fp');
      expect(incident.evidence).toMatchObject({ kind: 'verified-live' });
      await press(incident.id, 'false-positive');
      await handled(1);
      const asked = await detail(incident.id);
      expect(asked.incident.state).toBe('contained');
      expect(asked.timeline.find((e) => e.kind === 'false-positive-asked')?.text).toMatch(
        /verified the credential live/,
      );
      await waitFor(
        () =>
          h.slack
            .posts()
            .some(
              (p) =>
                p.method === 'chat.update' && JSON.stringify(p.blocks).includes('leakhound_false-positive-confirm'),
            ),
        'the confirmation button',
      );
      await press(incident.id, 'false-positive-confirm');
      const closed = await waitFor(async () => {
        const d = await detail(incident.id);
        return d.incident.state === 'closed' ? d : undefined;
      }, 'the incident to close');
      expect(closed.incident.resolution).toBe('false-positive');
      expect(closed.timeline.find((e) => e.kind === 'false-positive')?.text).toMatch(
        /although leakhound verified it live/,
      );
    });
  },
);
