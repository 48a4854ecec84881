// The responder end to end for a GitLab token pushed beside its self-managed instance's URL
// (a mirror remote in a deploy script): with LEAKHOUND_GITLAB_HOSTS trusting that host, the
// token is verified live there, revoked there (DELETE /personal_access_tokens/self) and the
// revocation confirmed, while gitlab.com (here a closed port) is never asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../rules/fixture-kit.js';
import { fixtures } from '../../rules/gitlab/fixtures.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { startStandIn, type StandIn } from '../helpers/http-standin.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(
  available ? 'a self-managed GitLab token end to end' : `self-managed GitLab end to end (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let gitlab: StandIn;
    let repo: PushRepo;
    let h: Harness;
    let token = '';
    let revoked = false;

    beforeAll(async () => {
      seed(20261208);
      token = fixtures()['gitlab-pat']!.truePositives[0]!.secret!;
      redis = await startRedis();
      const works = (headers: Record<string, unknown>) => headers['private-token'] === token && !revoked;
      gitlab = await startStandIn([
        [
          'GET',
          /^\/api\/v4\/personal_access_tokens\/self$/,
          (r) =>
            works(r.headers)
              ? { json: { name: 'mirror', scopes: ['api'], active: true, revoked: false } }
              : { status: 401, json: { message: '401 Unauthorized' } },
        ],
        [
          'DELETE',
          /^\/api\/v4\/personal_access_tokens\/self$/,
          (r) => {
            if (!works(r.headers)) return { status: 401, json: { message: '401 Unauthorized' } };
            revoked = true;
            return { status: 204 };
          },
        ],
      ]);
      repo = pushRepo('octo-org/mirror-tools');
      h = await startHarness({
        redisUrl: redis.url,
        repoRoot: repo.root,
        env: { LEAKHOUND_GITLAB_HOSTS: gitlab.url, LEAKHOUND_GITLAB_API_URL: 'http://127.0.0.1:9' },
      });
    });
    afterAll(async () => {
      await h?.close();
      repo?.remove();
      await gitlab?.close();
      await redis?.stop();
    });

    it('verifies, revokes and confirms on the trusted instance named beside the token', async () => {
      const host = new URL(gitlab.url).host;
      repo.commit(
        { 'scripts/mirror.sh': `#!/bin/sh\ngit push http://oauth2:${token}@${host}/acme/app.git main\n` },
        { author: 'Mo Mirror' },
      );
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);

      const done = await waitFor(
        async () => {
          const list = await h.api<{ incidents: { id: string }[] }>('/incidents');
          for (const { id } of list.incidents) {
            const d = await h.api<Detail>(`/incidents/${id}`);
            if (d.incident.ruleId === 'gitlab-pat' && d.incident.containedAt) return d;
          }
          return undefined;
        },
        'the GitLab token to be contained',
        20_000,
        100,
      );
      expect(done.incident.evidence).toMatchObject({ kind: 'verified-live', by: 'leakhound' });
      expect(done.timeline.find((e) => e.kind === 'verification')?.text).toContain(
        `GitLab at ${host} accepts the token`,
      );
      expect(done.incident.steps['gitlab-revoke']).toMatchObject({ status: 'done' });
      expect(done.incident.steps['gitlab-confirm-revoked']).toMatchObject({
        status: 'done',
        detail: expect.stringMatching(/^revocation verified: GitLab at .* rejected the token \(HTTP 401\)/),
      });
      expect(gitlab.requests.map((r) => r.method)).toContain('DELETE');
      const everywhere = [
        await everythingInRedis(h.server.services.redis),
        JSON.stringify(h.slack.requests),
        h.logs.join('\n'),
      ].join('\n');
      expect(everywhere).not.toContain(token);
    });
  },
);
