// `leakhound providers`, `verify`, `revoke` and the scanners' --verify/--only-live, run as users
// run them, against loopback stand-ins that answer as GitHub and Slack document, reached only
// through the LEAKHOUND_<PROVIDER>_API_URL overrides.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, join as cat, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import type { ProviderSummary } from '../../rules/providers.js';
import type { Finding } from '../../scanner/finding.js';
import { runCliAsync } from '../helpers/cli.js';
import { startStandIn, type StandIn } from '../helpers/http-standin.js';

const ghToken = (): string => {
  const body = rand(ALNUM, 30);
  return cat('ghp', '_', body, base62(crc32(body), 6));
};
const slackBot = (): string => cat('xoxb-', rand(DIGITS, 12), '-', rand(DIGITS, 13), '-', rand(ALNUM, 24));

let github: StandIn;
let slack: StandIn;
const liveGithub = new Set<string>();
const liveSlack = new Set<string>();
let env: NodeJS.ProcessEnv;
const dirs: string[] = [];

beforeAll(async () => {
  github = await startStandIn([
    [
      'GET',
      /^\/user$/,
      (req) => {
        const token = String(req.headers.authorization ?? '').replace(/^token /, '');
        if (token === 'boom') return { status: 500, json: {} };
        return liveGithub.has(token)
          ? { json: { login: 'octocat' }, headers: { 'x-oauth-scopes': 'repo, read:org' } }
          : { status: 401, json: { message: 'Bad credentials' } };
      },
    ],
    [
      'POST',
      /^\/credentials\/revoke$/,
      (req) => {
        if (req.headers.authorization) return { status: 403, json: { message: 'must be unauthenticated' } };
        for (const c of (JSON.parse(req.body) as { credentials: string[] }).credentials) liveGithub.delete(c);
        return { status: 202, json: {} };
      },
    ],
  ]);
  slack = await startStandIn([
    [
      'POST',
      /^\/api\/auth\.test$/,
      (req) => {
        const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
        return {
          json: liveSlack.has(token)
            ? { ok: true, team: 'Acme', user: 'deploy' }
            : { ok: false, error: 'invalid_auth' },
        };
      },
    ],
  ]);
  env = {
    LEAKHOUND_GITHUB_API_URL: github.url,
    LEAKHOUND_SLACK_API_URL: `${slack.url}/api`,
    LEAKHOUND_REVOKE_PAUSE_MS: '10',
  };
});
afterAll(async () => {
  await github?.close();
  await slack?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => {
  github.requests.length = 0;
  slack.requests.length = 0;
});

describe('leakhound providers', () => {
  it('lists every provider with its rules and what it can do, as a JSON array', async () => {
    const r = await runCliAsync(['providers', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as ProviderSummary[];
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['id', 'name', 'revoke', 'rotate', 'rules', 'verify']);
      expect(row.rules.length).toBeGreaterThan(0);
    }
    expect(rows.filter((p) => p.verify).length).toBeGreaterThanOrEqual(12);
    const revokers = rows.filter((p) => p.revoke).map((p) => p.id);
    expect(revokers.length).toBeGreaterThanOrEqual(6);
    expect(revokers).toEqual(expect.arrayContaining(['stripe', 'github', 'slack', 'gitlab', 'aws']));
    // The "at least 8 more revocations" beyond the four named ones, AWS not counted.
    const more = revokers.filter((id) => !['stripe', 'github', 'slack', 'gitlab', 'aws'].includes(id));
    expect(more.length).toBeGreaterThanOrEqual(8);
  });

  it('prints a table in text', async () => {
    const r = await runCliAsync(['providers']);
    expect(r.stdout).toMatch(/^stripe\s+yes\s+yes\s+yes\s+stripe-secret-key/m);
    expect(r.stdout).toMatch(/^gitlab\s+yes\s+yes\s+yes\s+gitlab-pat/m);
    expect(r.stdout).toMatch(/^github\s+yes\s+yes\s+-\s+github-pat/m);
  });
});

describe('leakhound verify', () => {
  it('reads the secret from stdin and exits 0 for a live token, with its scopes', async () => {
    const token = ghToken();
    liveGithub.add(token);
    const r = await runCliAsync(['verify', '--rule', 'github-pat', '-'], { input: `${token}\n`, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ live: GitHub accepts the token as octocat; scopes: repo, read:org\n');
    expect(github.requests).toHaveLength(1);
  });

  it('exits 1 for an invalid token and 3 when the provider cannot tell', async () => {
    const bad = await runCliAsync(['verify', '--rule', 'github-pat', ghToken()], { env });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^✖ invalid: GitHub rejected the token/);
    const slackToken = slackBot();
    liveSlack.add(slackToken);
    const json = await runCliAsync(['verify', '-r', 'slack-bot-token', '--format', 'json', '-'], {
      input: slackToken,
      env,
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ruleId: 'slack-bot-token',
      state: 'live',
      reason: 'Slack accepts the token as deploy in Acme',
    });
    const down = await runCliAsync(['verify', '--rule', 'github-pat', ghToken()], {
      env: { ...env, LEAKHOUND_GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(down.code).toBe(3);
    expect(down.stdout).toMatch(/^\? unknown: could not reach GitHub/);
  });

  it.each([
    [['verify', '--rule', 'no-such-rule', 'x'], /no provider handles --rule no-such-rule/],
    [['verify', '--rule', 'github-pat', '-'], /empty secret/],
    [
      ['verify', '--rule', 'slack-bot-token', 'GHTOKEN'],
      /looks like github-pat, not slack-bot-token; pass --rule github-pat/,
    ],
    [['verify', '--rule', 'aws-secret-access-key', 'x'], /pass --rule aws-access-key-id with --pair/],
  ])('exits 2 with one line, sending nothing, for %j', async (args, message) => {
    const token = ghToken();
    const r = await runCliAsync(
      args.map((a) => (a === 'GHTOKEN' ? token : a)),
      { env },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain(token);
    expect(github.requests.length + slack.requests.length).toBe(0);
  });
});

describe('leakhound revoke', () => {
  it('revokes a GitHub token through the unauthenticated revocation API and confirms it', async () => {
    const token = ghToken();
    liveGithub.add(token);
    const r = await runCliAsync(['revoke', '--rule', 'github-pat', '--yes', '-'], { input: token, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ Revoke the token .*202/m);
    expect(r.stdout).toMatch(/^✔ Verify GitHub no longer accepts the token: revocation verified/m);
    expect(r.stdout).not.toContain(token);
    const post = github.requests.find((q) => q.path === '/credentials/revoke')!;
    expect(post.headers.authorization).toBeUndefined();
  });

  it('hands a person the task where the provider has no revocation API', async () => {
    const r = await runCliAsync(
      ['revoke', '--rule', 'openai-api-key', '--yes', cat('sk-', rand(ALNUM, 20), 'T3Blbk', 'FJ', rand(ALNUM, 20))],
      { env },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('platform.openai.com/api-keys');
  });
});

describe('--verify on scan', () => {
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'lh-verify-'));
    dirs.push(root);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
    return root;
  }

  it('is off by default: no provider is contacted and findings carry no verification', async () => {
    const root = tree({ 'a.env': `GITHUB_TOKEN=${ghToken()}\n` });
    const r = await runCliAsync(['scan', root, '--format', 'json'], { env });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Finding[])[0]).not.toHaveProperty('verification');
    expect(github.requests).toHaveLength(0);
  });

  it('records live and invalid answers in JSON, SARIF and text, and --only-live keeps the live ones', async () => {
    const live = ghToken();
    const dead = ghToken();
    const bot = slackBot();
    liveGithub.add(live);
    const root = tree({ 'a.env': `GITHUB_TOKEN=${live}\nOLD_TOKEN=${dead}\nSLACK_BOT_TOKEN=${bot}\n` });
    const r = await runCliAsync(['scan', root, '--verify', '--format', 'json'], { env });
    const byRule = (JSON.parse(r.stdout) as Finding[]).map((f) => [f.secret, f.verification?.state]);
    expect(byRule).toEqual(
      expect.arrayContaining([
        [live, 'live'],
        [dead, 'invalid'],
        [bot, 'invalid'],
      ]),
    );
    const checked = (JSON.parse(r.stdout) as Finding[])[0]!.verification!;
    expect(Number.isNaN(Date.parse(checked.checkedAt))).toBe(false);

    const only = await runCliAsync(['scan', root, '--only-live', '--format', 'json'], { env });
    expect(only.code).toBe(1);
    expect((JSON.parse(only.stdout) as Finding[]).map((f) => f.secret)).toEqual([live]);

    const sarif = await runCliAsync(['scan', root, '--verify', '--format', 'sarif'], { env });
    const results = (
      JSON.parse(sarif.stdout) as { runs: { results: { properties?: { verification?: { state: string } } }[] }[] }
    ).runs[0]!.results;
    expect(results.map((x) => x.properties?.verification?.state).sort()).toEqual(['invalid', 'invalid', 'live']);

    const text = await runCliAsync(['scan', root, '--verify'], { env });
    expect(text.stdout).toContain('✔ live: GitHub accepts the token as octocat');
    expect(text.stdout).toContain('✖ invalid: Slack rejected the token (invalid_auth)');
    expect(text.stdout).not.toContain(live);
  });

  it('exits 0 with --only-live when nothing is live', async () => {
    const root = tree({ 'a.env': `GITHUB_TOKEN=${ghToken()}\n` });
    const r = await runCliAsync(['scan', root, '--only-live', '--format', 'json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('refuses --only-live with --no-verify', async () => {
    const r = await runCliAsync(['scan', '.', '--only-live', '--no-verify'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--only-live needs verification/);
  });
});
