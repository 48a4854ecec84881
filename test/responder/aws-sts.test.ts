// The AWS key pair as AWS itself judges it, end to end: a pushed pair whose secret is wrong
// verifies invalid and is not contained automatically (a responder gets "Deactivate this key"),
// and "revocation verified" is recorded only once AWS refuses the leaked pair itself.
// moto accepts requests signed with any secret, and with an Inactive key, even with its auth
// enabled: STS here is the stand-in (test/helpers/sts-standin.ts) that checks each request's
// SigV4 signature with the key's real secret and reads the key's status from moto's IAM, so a
// deactivation through IAM is refused by STS as in AWS. IAM itself is moto.
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { createLeakableKey, keyState, motoIam } from '../helpers/aws-fixtures.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';

const missing = servicesMissing();
const ACCOUNT = '123456789012'; // moto's account
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(missing !== undefined)(
  missing ? `AWS key pairs judged by STS (skipped: ${missing})` : 'AWS key pairs judged by STS',
  () => {
    const svc = servicesPerFile();
    let repo: PushRepo;
    let h: Harness;
    const iam = () => motoIam(svc.moto.url);
    const deactivations = () => svc.proxy.actions.filter((a) => a === 'UpdateAccessKey').length;

    afterEach(async () => {
      await h?.close();
      repo?.remove();
    });

    /**
     * A real key in moto whose secret the STS stand-in knows, pushed with `o.secret` beside it;
     * `o.stsKeepsAccepting` pins it Active in STS whatever IAM says (IAM's change never arrives).
     */
    async function push(
      name: string,
      o: { secret?: (real: string) => string; env?: Record<string, string>; stsKeepsAccepting?: boolean } = {},
    ) {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({
        redisUrl: svc.redis.url,
        motoUrl: svc.proxy.url,
        repoRoot: repo.root,
        env: o.env ?? {},
      });
      const user = `${name}-bot`;
      const key = await createLeakableKey(iam(), user);
      h.sts!.keys.set(key.id, { secret: key.secret, account: ACCOUNT, userName: user });
      if (o.stsKeepsAccepting) h.sts!.pin(key.id, 'Active');
      const secret = o.secret ? o.secret(key.secret) : key.secret;
      repo.commit({ 'deploy/prod.env': `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${secret}\n` });
      expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);
      return { key, user };
    }

    const incident = (pred: (d: Detail) => boolean, what: string): Promise<Detail> =>
      waitFor(
        async () => {
          const id = (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id;
          const d = id ? await h.api<Detail>(`/incidents/${id}`) : undefined;
          return d && pred(d) ? d : undefined;
        },
        what,
        30_000,
        100,
      );

    it('does not deactivate a pushed key whose secret is wrong: it verifies invalid, and a responder is asked', async () => {
      const before = deactivations();
      const { key, user } = await push('wrong-secret', {
        secret: (s) => `${s.slice(0, 20)}${s.slice(20).split('').reverse().join('')}`,
      });
      // recordTask sets the step, then the state: wait for both, or the state may still be 'open'.
      const d = await incident(
        (x) =>
          x.incident.steps['aws-deactivate']?.status === 'task' &&
          x.incident.state === 'needs-human' &&
          !!x.incident.slack,
        'containment to be held back',
      );
      expect(d.timeline.find((e) => e.kind === 'verification')?.text).toBe(
        'leaked key pair is invalid: AWS rejected the key pair (SignatureDoesNotMatch)',
      );
      expect(d.incident.evidence).toBeUndefined();
      expect(d.incident.state).toBe('needs-human');
      expect(d.incident.steps['aws-deactivate']!.detail).toMatch(
        /nothing shows this credential is live.*Deactivate this key/,
      );
      expect(h.sts!.requests).toContainEqual({
        action: 'GetCallerIdentity',
        keyId: key.id,
        error: 'SignatureDoesNotMatch',
      });
      const message = await waitFor(
        () =>
          h.slack
            .posts()
            .map((p) => JSON.stringify(p.blocks ?? []))
            .find((b) => b.includes('leakhound_contain')),
        'the "Deactivate this key" button',
      );
      expect(message).toContain('Deactivate this key');
      expect(deactivations() - before).toBe(0);
      expect(await keyState(iam(), user, key.id)).toEqual({ status: 'Active', policies: [] });
    });

    it('records "revocation verified" only when STS refuses the leaked pair after the deactivation', async () => {
      const { key, user } = await push('refused-after');
      const d = await incident((x) => x.incident.steps['aws-verify']?.status === 'done', 'the verify step');
      expect(await keyState(iam(), user, key.id)).toMatchObject({ status: 'Inactive' });
      expect(d.incident.steps['aws-verify']!.detail).toBe(
        'revocation verified: AWS refuses the leaked key pair itself (InvalidClientTokenId)',
      );
      const calls = h.sts!.requests.filter((r) => r.action === 'GetCallerIdentity' && r.keyId === key.id);
      // First the evidence (live), then the revocation check (refused).
      expect(calls.map((c) => c.error ?? 'accepted')).toEqual(['accepted', 'InvalidClientTokenId']);
    });

    it('keeps trying while STS still accepts the deactivated key, and verifies once it stops', async () => {
      const { key } = await push('slow-sts', { env: { LEAKHOUND_JOB_ATTEMPTS: '10' }, stsKeepsAccepting: true });
      await waitFor(
        () => h.logs.some((l) => l.includes('job failed, will retry') && l.includes('aws-verify')),
        'a retry of the verify step',
        30_000,
      );
      const held = await h.api<Detail>(
        `/incidents/${(await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]!.id}`,
      );
      expect(held.incident.steps['aws-verify']?.status).not.toBe('done');
      expect(held.incident.containedAt).toBeUndefined();
      h.sts!.pin(key.id, undefined);
      const d = await incident((x) => x.incident.steps['aws-verify']?.status === 'done', 'the verify step');
      expect(d.incident.steps['aws-verify']!.detail).toMatch(
        /^revocation verified: AWS refuses the leaked key pair itself/,
      );
    });

    it('hands the check to a person, never "verified", when the leaked key still works after every retry', async () => {
      const { key } = await push('never-refused', { env: { LEAKHOUND_JOB_ATTEMPTS: '3' }, stsKeepsAccepting: true });
      const d = await incident(
        (x) => x.incident.steps['aws-verify']?.status === 'task' && x.incident.state === 'needs-human',
        'the verify step to become a task',
      );
      expect(d.incident.steps['aws-verify']!.detail).toMatch(
        /failed for good .*the leaked key pair still authenticates as arn:aws:iam::123456789012:user\/never-refused-bot/,
      );
      expect(d.incident.containedAt).toBeUndefined();
      expect(d.timeline.some((e) => /revocation verified/.test(e.text))).toBe(false);
      expect(JSON.stringify(d)).not.toContain(key.secret);
      const tries = h.sts!.requests.filter((r) => r.action === 'GetCallerIdentity' && r.keyId === key.id);
      expect(tries.length).toBe(1 + 3); // the evidence, then three attempts of the check
    });
  },
);
