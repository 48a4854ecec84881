// What goes wrong in production, on purpose: a worker killed in the middle of a revocation,
// Redis restarting mid-flow, an AWS call that keeps failing, a worker told to stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { closeWithReview } from '../helpers/close-review.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

/** `leakhound worker` in its own process, as production runs it. */
function spawnWorker(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  started: Promise<void>;
} {
  let out = '';
  const entry = fileURLToPath(new URL('../helpers/responder-worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, ...env, LEAKHOUND_LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const started = waitFor(() => out.includes('workers started'), 'the worker process to start', 30_000).then(
    () => undefined,
  );
  return { child, output: () => out, started };
}

describe.skipIf(missing !== undefined)(
  missing ? `responder resilience (skipped: ${missing})` : 'responder resilience',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;
    const iam = () => motoIam(svc.moto.url);

    afterEach(async () => {
      svc.proxy.release({ drop: true });
      svc.proxy.fail(undefined);
      await h?.close();
      repo?.remove();
    });

    async function leak(name: string, workers: number): Promise<{ key: { id: string; secret: string }; user: string }> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: svc.redis.url, motoUrl: svc.proxy.url, repoRoot: repo.root, workers });
      const user = `${name}-bot`;
      const key = await createLeakableKey(iam(), user);
      // With its secret beside it, so that the pair verifies live: evidence for automatic containment.
      repo.commit({
        'app/settings.py': `AWS_ACCESS_KEY_ID = "${key.id}"\nAWS_SECRET_ACCESS_KEY = "${key.secret}"\n`,
      });
      return { key, user };
    }

    const incidents = async (): Promise<Detail[]> => {
      const list = await h.api<{ incidents: { id: string }[] }>('/incidents');
      return Promise.all(list.incidents.map((i) => h.api<Detail>(`/incidents/${i.id}`)));
    };
    const stepEntries = (d: Detail, step: string) => d.timeline.filter((e) => e.kind === 'step' && e.step === step);

    it('finishes the revocation exactly once after the worker doing it is killed', async () => {
      const { key, user } = await leak('killed', 0);
      const worker = spawnWorker(h.env);
      await worker.started;
      svc.proxy.hold('UpdateAccessKey');
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);
      await waitFor(() => svc.proxy.held() === 1, 'the worker to be in the middle of UpdateAccessKey');
      const exited = new Promise((r) => worker.child.once('exit', r));
      worker.child.kill('SIGKILL');
      await exited;
      svc.proxy.release({ drop: true });

      await h.startWorker();
      const [d] = await waitFor(
        async () => {
          const all = await incidents();
          return all[0]?.incident.containedAt ? all : undefined;
        },
        'another worker to pick up the stalled job and finish',
        30_000,
        200,
      );
      expect(await incidents()).toHaveLength(1);
      expect(await keyState(iam(), user, key.id)).toMatchObject({ status: 'Inactive' });
      expect(stepEntries(d!, 'aws-deactivate')).toHaveLength(1);
      expect(stepEntries(d!, 'aws-identify')).toHaveLength(1);
      expect(d!.timeline.filter((e) => e.kind === 'opened')).toHaveLength(1);
      expect(worker.output()).not.toContain(key.id);
    });

    it('finishes the flow when Redis restarts in the middle of it', async () => {
      const { key, user } = await leak('redis-restart', 1);
      svc.proxy.hold('UpdateAccessKey');
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);
      await waitFor(() => svc.proxy.held() === 1, 'the flow to reach UpdateAccessKey');
      await svc.redis.kill();
      const ready = await fetch(`${h.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      await svc.redis.start();
      svc.proxy.release();
      const d = await waitFor(
        async () => {
          const [x] = await incidents();
          // containedAt is set first, then the state and the timeline follow.
          return x?.incident.containedAt && x.timeline.some((e) => e.kind === 'contained') ? x : undefined;
        },
        'the flow to finish after the restart',
        30_000,
        200,
      );
      expect(d.incident.state).toBe('contained');
      expect(await keyState(iam(), user, key.id)).toMatchObject({ status: 'Inactive' });
      expect(d.timeline.filter((e) => e.kind === 'step').map((e) => e.step)).toEqual([
        'access',
        'aws-identify',
        'aws-deactivate',
        'aws-quarantine',
        'aws-verify',
        'exposure',
      ]);
      expect((await fetch(`${h.baseUrl}/readyz`)).status).toBe(200);
    });

    it('marks the incident as needing a human and alerts Slack when a step exhausts its retries', async () => {
      const { key, user } = await leak('exhausted', 1);
      const attachesBefore = svc.proxy.actions.filter((a) => a === 'AttachUserPolicy').length;
      svc.proxy.fail('AttachUserPolicy');
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
      const d = await waitFor(
        async () => {
          const [x] = await incidents();
          return x?.incident.state === 'needs-human' && x.incident.containedAt ? x : undefined;
        },
        'the incident to need a human',
        20_000,
        100,
      );
      expect(svc.proxy.actions.filter((a) => a === 'AttachUserPolicy').length - attachesBefore).toBe(4);
      expect(d.incident.steps['aws-quarantine']).toMatchObject({ status: 'task' });
      expect(d.incident.steps['aws-verify']).toMatchObject({ status: 'done' });
      expect(d.incident.needsHuman).toMatch(
        /containment\/aws-quarantine failed after 4 attempt\(s\): iam:AttachUserPolicy failed: ServiceFailure(Exception)? \(HTTP 500\)/,
      );
      expect(await keyState(iam(), user, key.id)).toEqual({ status: 'Inactive', policies: [] });
      await waitFor(
        () => h.slack.posts().some((p) => !p.threadTs && /needs a human/.test(p.text)),
        'a Slack alert in the channel',
      );
      const metrics = await (
        await fetch(`${h.baseUrl}/metrics`, { headers: { authorization: `Bearer ${h.env.LEAKHOUND_METRICS_TOKEN}` } })
      ).text();
      expect(metrics).toMatch(/^leakhound_jobs_failed_total\{queue="containment",name="aws-quarantine"\} 1$/m);
      expect(metrics).toMatch(/^leakhound_incidents\{state="needs-human"\} 1$/m);

      // A person attaches the policy by hand and says so, step by step; then the incident can close.
      const press = (action: string, step?: string) =>
        clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, d.incident.id, 'U0SECOPS', {
          ...(step ? { value: `${d.incident.id}:${step}` } : {}),
        });
      await press('done', 'aws-quarantine');
      await press('rotated');
      await press('done', 'history');
      await press('acknowledge');
      await closeWithReview(h, d.incident.id);
      const closed = await waitFor(async () => {
        const [x] = await incidents();
        return x?.incident.state === 'closed' ? x : undefined;
      }, 'the incident to close');
      expect(closed.incident.steps['aws-quarantine']).toMatchObject({ status: 'done', by: 'slack:U0SECOPS' });
    });

    it('stops a worker gracefully on SIGTERM', async () => {
      await leak('sigterm', 0);
      const worker = spawnWorker(h.env);
      await worker.started;
      const code = new Promise<number | null>((r) => worker.child.once('exit', (c) => r(c)));
      worker.child.kill('SIGTERM');
      expect(await code).toBe(0);
      expect(worker.output()).toContain('workers stopped');
    });
  },
);
