// Who decides what is suppressed: the repository's default branch as it was before the push,
// never the pushed commit itself; and an inline allow comment (or a baseline) quiets only a
// credential that does not verify as live.
import { afterEach, describe, expect, it } from 'vitest';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';

const missing = servicesMissing();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

function githubToken(): string {
  const body = rand(ALNUM, 30);
  return join('ghp', '_', body, base62(crc32(body), 6));
}

describe.skipIf(missing !== undefined)(
  missing ? `repository policy (skipped: ${missing})` : 'repository policy',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;

    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    async function setUp(name: string): Promise<void> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({ redisUrl: svc.redis.url, motoUrl: svc.proxy.url, repoRoot: repo.root });
      repo.commit({ 'README.md': '# service\n' });
      repo.push();
    }

    /** Delivers the push, waits for its triage, returns { incidents, suppressed }. */
    async function deliver(
      range: { before: string; after: string },
      branch = 'main',
    ): Promise<{ incidents: Detail[]; suppressed: number }> {
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, range, branch));
      const triage = await waitFor(async () => {
        const done = await h.server.services.producer.queues.intake.getJobs(['completed']);
        return done.find((j) => j.name === 'triage' && j.returnvalue)?.returnvalue as
          | { incidents: string[]; suppressed: number }
          | undefined;
      }, 'triage');
      return {
        incidents: await Promise.all(triage.incidents.map((id) => h.api<Detail>(`/incidents/${id}`))),
        suppressed: triage.suppressed,
      };
    }

    it('ignores a .gitleaksignore that arrives in the same push as the secret it would hide', async () => {
      await setUp('same-push-ignore');
      repo.commit({
        'deploy/token.txt': `${githubToken()}\n`,
        '.gitleaksignore': 'deploy/token.txt:github-pat:1\n',
      });
      const { incidents, suppressed } = await deliver(repo.push());
      expect(suppressed).toBe(0);
      expect(incidents.map((d) => d.incident.ruleId)).toEqual(['github-pat']);
    });

    it("ignores a branch's own leakhound.toml allowlist; the default branch's config applies", async () => {
      await setUp('branch-config');
      repo.commit({
        'leakhound.toml': "[extend]\nuseDefault = true\n\n[allowlist]\npaths = ['''secrets/.*''']\n",
        'secrets/ci.sh': `export GH_TOKEN=${githubToken()}\n`,
      });
      const { incidents } = await deliver(repo.push('feature/quiet'), 'feature/quiet');
      expect(incidents).toHaveLength(1);
      expect(incidents[0]!.incident.locations[0]!.file).toBe('secrets/ci.sh');
    });

    it('lets an inline leakhound:allow quiet a credential that cannot be shown to be live', async () => {
      await setUp('inline-unknown');
      repo.commit({ 'test/fixture.ts': `const t = '${githubToken()}'; // leakhound:allow\n` });
      expect(await deliver(repo.push())).toEqual({ incidents: [], suppressed: 1 });
    });

    it('opens an incident, "suppressed in code, but live", for an inline-allowed key pair that works', async () => {
      await setUp('inline-live');
      const key = await createLeakableKey(motoIam(svc.moto.url), 'inline-live-bot');
      repo.commit({
        'app/settings.py': `AWS_ACCESS_KEY_ID = "${key.id}"  # leakhound:allow\nAWS_SECRET_ACCESS_KEY = "${key.secret}"  # leakhound:allow\n`,
      });
      const { incidents, suppressed } = await deliver(repo.push());
      expect(suppressed).toBe(0);
      expect(incidents).toHaveLength(1);
      const d = incidents[0]!;
      expect(d.incident.suppressedInCode).toBe('an inline allow comment');
      expect(d.timeline.find((e) => e.kind === 'suppressed-but-live')?.text).toMatch(/suppressed in code.*but live/);
      const post = await waitFor(
        () => h.slack.posts().find((p) => p.method === 'chat.postMessage' && !p.threadTs),
        'the Slack alert',
      );
      expect(post.text).toContain('(suppressed in code, but live)');
      await waitFor(
        async () => (await h.api<Detail>(`/incidents/${d.incident.id}`)).incident.containedAt,
        'containment',
        20_000,
        100,
      );
      expect((await keyState(motoIam(svc.moto.url), 'inline-live-bot', key.id)).status).toBe('Inactive');
    });
  },
);
