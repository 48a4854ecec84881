// `scan --verify` on a GitLab token committed beside its self-managed instance's URL: checked
// there when LEAKHOUND_GITLAB_HOSTS trusts the host, and never sent there when it does not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../rules/fixture-kit.js';
import { fixtures } from '../../rules/gitlab/fixtures.js';
import type { Finding } from '../../scanner/finding.js';
import { runCliAsync } from '../helpers/cli.js';
import { startStandIn, type StandIn } from '../helpers/http-standin.js';

let instance: StandIn;
let root: string;
let token = '';

beforeAll(async () => {
  seed(20261207);
  token = fixtures()['gitlab-pat']!.truePositives[0]!.secret!;
  instance = await startStandIn([
    [
      'GET',
      /^\/api\/v4\/personal_access_tokens\/self$/,
      (r) =>
        r.headers['private-token'] === token
          ? { json: { name: 'deploy', scopes: ['read_api'], active: true, revoked: false } }
          : { status: 401, json: { message: '401 Unauthorized' } },
    ],
  ]);
  root = mkdtempSync(join(tmpdir(), 'lh-gitlab-hosts-'));
  const host = new URL(instance.url).host;
  writeFileSync(
    join(root, 'deploy.sh'),
    `#!/bin/sh\n# mirror\ngit remote add mirror http://oauth2:${token}@${host}/acme/app.git\ngit push mirror main\n`,
  );
});
afterAll(async () => {
  await instance?.close();
  rmSync(root, { recursive: true, force: true });
});

async function scan(env: Record<string, string>): Promise<Finding> {
  const r = await runCliAsync(['scan', root, '--verify', '--format', 'json'], {
    // A closed loopback port stands in for gitlab.com: nothing leaves the machine.
    env: { LEAKHOUND_GITLAB_API_URL: 'http://127.0.0.1:9', ...env },
  });
  expect(r.stderr).toBe('');
  const findings = JSON.parse(r.stdout) as Finding[];
  const f = findings.find((x) => x.ruleId === 'gitlab-pat');
  expect(f).toBeDefined();
  expect(f).not.toHaveProperty('hosts');
  return f!;
}

describe('GitLab tokens beside a self-managed instance', () => {
  it('are verified on that instance when LEAKHOUND_GITLAB_HOSTS lists it', async () => {
    const f = await scan({ LEAKHOUND_GITLAB_HOSTS: instance.url });
    expect(f.verification).toMatchObject({ state: 'live' });
    expect(f.verification!.reason).toContain(`GitLab at ${new URL(instance.url).host} accepts the token`);
    expect(instance.requests).toHaveLength(1);
  });

  it('are never sent to a host the list does not trust, however near it is', async () => {
    instance.requests.length = 0;
    for (const env of [{}, { LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com' }] as Record<string, string>[]) {
      const f = await scan(env);
      expect(f.verification).toMatchObject({
        state: 'unknown',
        reason: expect.stringMatching(/could not reach GitLab/),
      });
    }
    expect(instance.requests).toEqual([]);
  });
});
