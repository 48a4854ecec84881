// The eradication step end to end: a responder prepares a history rewrite from Slack, sees the
// summary, pushes it, and the bare "GitHub" repository no longer holds the secret in any
// reachable object. A guest's press is refused, a push the remote rejects (branch protection)
// becomes a task with the exact commands, and "Not needed" settles the step with a reason.
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualToken } from '../helpers/git-secrets.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { closeWithReview } from '../helpers/close-review.js';
import { clickSlackButton, submitSlackReview } from '../helpers/slack-click.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(
  available ? 'history rewrite from Slack' : `history rewrite (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let repo: PushRepo;
    let h: Harness;
    let token: string;
    let installation: number | undefined;

    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => redis?.stop());
    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    const bare = (): string => joinPath(repo.root, `${repo.fullName}.git`);
    const git = (args: string[], input?: string): string =>
      execFileSync('git', ['--git-dir', bare(), ...args], { encoding: 'utf8', input, maxBuffer: 64 << 20 });

    /** A leak added, then deleted in a later commit, pushed; resolves once Slack has the incident. */
    async function leaked(name: string): Promise<Incident> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root });
      token = manualToken();
      repo.commit({ 'README.md': 'service\n' });
      repo.commit({ 'ci/deploy.sh': `#!/bin/sh\nexport OPENAI_API_KEY=${token}\necho deployed\n` });
      repo.commit({ 'ci/deploy.sh': '#!/bin/sh\necho deployed\n' }, { message: 'remove the key' });
      const payload = pushPayload({ fullName: repo.fullName }, repo.push());
      installation = (payload as { installation?: { id?: number } }).installation?.id;
      await h.deliver('push', payload);
      return waitFor(
        async () => {
          const id = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id;
          const d = id ? await h.api<Detail>(`/incidents/${id}`) : undefined;
          return d?.incident.slack ? d.incident : undefined;
        },
        'the incident on Slack',
        20_000,
        100,
      );
    }

    const press = (i: Incident, action: string, user = 'U0SECOPS', value?: string) =>
      clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, i.id, user, {
        messageTs: i.slack!.ts,
        ...(value ? { value } : {}),
      });
    const detail = (id: string) => h.api<Detail>(`/incidents/${id}`);
    const until = (id: string, what: string, ok: (d: Detail) => boolean) =>
      waitFor(async () => ((d) => (ok(d) ? d : undefined))(await detail(id)), what, 30_000, 100);

    /** Every object reachable from a ref of the bare remote, contents included. */
    const reachable = (): string => {
      const ids = git(['rev-list', '--objects', '--all'])
        .split('\n')
        .map((l) => l.split(' ')[0])
        .filter(Boolean);
      return git(['cat-file', '--batch'], `${ids.join('\n')}\n`);
    };

    it('prepares a rewrite, shows the summary, pushes it, and the remote no longer holds the secret', async () => {
      const incident = await leaked('prepare-push');
      expect(reachable()).toContain(token);
      // The push's App installation stays with the incident: its token fetches and pushes the rewrite.
      expect(installation).toEqual(expect.any(Number));
      expect(incident.installationId).toBe(installation);
      const oldMain = git(['rev-parse', 'refs/heads/main']).trim();

      await press(incident, 'history-prepare', 'U0GUEST');
      await until(incident.id, 'the refusal', (d) => d.timeline.some((e) => e.kind === 'refused'));
      expect((await detail(incident.id)).incident.historyRewrite).toBeUndefined();

      await press(incident, 'history-prepare');
      // The record first, then its timeline entry: wait for both.
      const prepared = await until(
        incident.id,
        'the prepared rewrite',
        (d) => !!d.incident.historyRewrite && d.timeline.some((e) => e.kind === 'history-prepared'),
      );
      expect(prepared.incident.historyRewrite).toMatchObject({
        refs: [{ ref: 'refs/heads/main', old: oldMain }],
        commits: 3,
        changedCommits: 2,
      });
      const summary = prepared.timeline.find((e) => e.kind === 'history-prepared')!.text;
      expect(summary).toMatch(/refs\/heads\/main/);
      expect(summary).toMatch(/2 of 3 commit\(s\) change, the first is [0-9a-f]{40}/);
      expect(reachable()).toContain(token); // nothing pushed yet
      await waitFor(
        () => h.slack.posts().some((p) => JSON.stringify(p.blocks ?? '').includes('leakhound_history-push')),
        'the push button on Slack',
      );

      await press(incident, 'history-push', 'U0GUEST');
      await press(incident, 'history-push');
      const done = await until(
        incident.id,
        'the history step done',
        (d) => d.incident.steps.history?.status === 'done',
      );
      expect(done.incident.steps.history).toMatchObject({ by: 'slack:U0SECOPS' });
      expect(done.timeline.filter((e) => e.kind === 'refused')).toHaveLength(2);
      expect(done.timeline.find((e) => e.kind === 'history-pushed')?.text).toMatch(/commit-map/);
      expect(git(['rev-parse', 'refs/heads/main']).trim()).not.toBe(oldMain);
      expect(git(['rev-list', '--count', 'refs/heads/main']).trim()).toBe('3');
      const now = reachable();
      expect(now).not.toContain(token);
      expect(now).toContain('***REMOVED***');
      // The worker's mirror dropped the old objects too (unreachable ones included).
      const mirror = joinPath(h.config.workDir, 'rewrites', `${incident.id}.git`);
      const all = execFileSync('git', ['--git-dir', mirror, 'cat-file', '--batch-all-objects', '--batch'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      expect(all).toContain('***REMOVED***');
      expect(all).not.toContain(token);

      const everywhere = [
        await everythingInRedis(h.server.services.redis),
        JSON.stringify(h.slack.requests),
        h.logs.join('\n'),
      ].join('\n');
      expect(everywhere).not.toContain(token);
    });

    it('turns a refused push into a task with the exact commands', async () => {
      const incident = await leaked('protected');
      const hook = joinPath(bare(), 'hooks', 'pre-receive');
      writeFileSync(hook, '#!/bin/sh\necho "protected branch hook declined" >&2\nexit 1\n');
      chmodSync(hook, 0o755);
      const oldMain = git(['rev-parse', 'refs/heads/main']).trim();
      await press(incident, 'history-prepare');
      await until(incident.id, 'the prepared rewrite', (d) => !!d.incident.historyRewrite);
      await press(incident, 'history-push');
      const d = await until(incident.id, 'the refusal on the timeline', (x) =>
        x.timeline.some((e) => e.kind === 'history-push-refused'),
      );
      expect(d.incident.steps.history?.status).toBe('task');
      expect(d.incident.steps.history?.detail).toContain(`git push --force-with-lease=refs/heads/main:${oldMain} `);
      expect(d.incident.state).toBe('needs-human');
      expect(git(['rev-parse', 'refs/heads/main']).trim()).toBe(oldMain);
    });

    it('"Not needed" settles the step with a reason, which is what lets the incident close', async () => {
      const incident = await leaked('not-needed');
      await press(incident, 'acknowledge');
      await press(incident, 'done', 'U0SECOPS', `${incident.id}:revoke`);
      await press(incident, 'done', 'U0SECOPS', `${incident.id}:rotate`);
      await until(incident.id, 'revoke and rotate done', (x) => x.incident.steps.rotate?.status === 'done');
      expect((await detail(incident.id)).incident.state).not.toBe('closed');
      // Closing is refused inside the modal while eradication is open, and nothing is stored.
      const early = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id);
      expect(await early.json()).toEqual({
        response_action: 'errors',
        errors: {
          root_cause: expect.stringMatching(
            /^The incident cannot be closed yet: these steps are still open: .*Remove the secret from git history/,
          ),
        },
      });
      expect((await detail(incident.id)).incident.state).not.toBe('closed');
      await press(incident, 'history-not-needed', 'U0SECOPS', `${incident.id}:history:private`);
      await closeWithReview(h, incident.id);
      const d = await until(incident.id, 'the incident closed', (x) => x.incident.state === 'closed');
      expect(d.incident.steps.history).toMatchObject({ status: 'skipped', by: 'slack:U0SECOPS' });
      expect(d.incident.steps.history?.detail).toMatch(/not needed: the repository is private/);
    });
  },
);
