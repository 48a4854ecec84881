// The incident pages in a real browser: Debian's chromium driven by playwright-core against a
// real `leakhound serve` and redis-server. Signs in with the token, reads the list, follows a
// link with the keyboard, checks the incident page and saves screenshots under
// test-artifacts/ui/ (gitignored) for a person to look at.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseActivity } from '../../rules/aws/activity-summary.js';
import { type ActivityEvent, lookupWindow } from '../../rules/aws/investigate.js';
import { parseKnownNetworks } from '../../rules/aws/known-networks.js';
import { loadResponderConfig } from '../../responder/config.js';
import { createLogger } from '../../responder/log.js';
import { startServer, type ServerHandle } from '../../responder/server.js';
import { startWorkers, type WorkersHandle } from '../../responder/worker.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { seedIncident } from '../helpers/seed-incidents.js';

const CHROMIUM = process.env.LEAKHOUND_CHROMIUM ?? '/usr/bin/chromium';
const chromiumMissing =
  spawnSync(CHROMIUM, ['--version'], { stdio: 'ignore' }).status === 0
    ? undefined
    : `${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run installs it)`;
const missing = !redisServerAvailable() ? REDIS_MISSING : chromiumMissing;
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'ui');

describe.skipIf(missing)(
  missing ? `the incident pages in chromium (skipped: ${missing})` : 'the incident pages in chromium',
  () => {
    let redis: RedisServer;
    let server: ServerHandle;
    let browser: Browser;
    let base: string;
    const token = randomBytes(16).toString('hex');
    let contained: string;
    let open: string;
    let workers: WorkersHandle;

    beforeAll(async () => {
      redis = await startRedis();
      const env = {
        GITHUB_WEBHOOK_SECRET: 'x',
        LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LEAKHOUND_API_TOKEN: token,
        REDIS_URL: redis.url,
        HOST: '127.0.0.1',
        PORT: '0',
      };
      const config = loadResponderConfig(env, 'serve');
      server = await startServer(config, { log: createLogger('t', { write: () => {} }) });
      // A worker, so that a button pressed on the page is carried out and shows on the timeline.
      workers = await startWorkers(loadResponderConfig(env, 'worker'), { log: createLogger('t', { write: () => {} }) });
      base = `http://127.0.0.1:${server.port}`;
      const ledger = server.services.ledger;
      open = await seedIncident(ledger, { repo: 'octo-org/web', provider: null, severity: 'medium' });
      contained = await seedIncident(ledger, {
        repo: 'octo-org/payments',
        pushedAt: '2026-01-05T09:00:00.000Z',
        cloudTrail: cloudTrailSummary(),
        containedAt: '2026-01-06T13:00:05.000Z',
        closedAt: '2026-01-07T09:00:00.000Z',
        timeline: ['AWS access key ID `AKIA…WXYZ` found in octo-org/payments', 'Access key deactivated'],
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
      mkdirSync(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await workers?.close();
      await server?.close();
      await redis?.stop();
    });

    it('signs in with the token, lists incidents, follows a link by keyboard and shows the incident', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const res = await page.goto(`${base}/ui?state=closed`);
      expect(res?.status()).toBe(401);
      await page.getByLabel('API token (LEAKHOUND_API_TOKEN)').fill('not the token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('That is not the API token');

      await page.getByLabel('API token (LEAKHOUND_API_TOKEN)').fill(token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${base}/ui?state=closed`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Incidents');
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('octo-org/payments');
      expect(await page.getByLabel('State').inputValue()).toBe('closed');
      await page.screenshot({ path: join(ARTIFACTS, 'list.png'), fullPage: true });

      // Keyboard only: Tab from the top of the page reaches the incident's link (skip link,
      // sign-out, the filters, then the table), and Enter follows it.
      const focused = () => page.evaluate('document.activeElement?.textContent?.trim()');
      let presses = 0;
      while ((await focused()) !== 'AWS access key ID' && presses < 30) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(await focused()).toBe('AWS access key ID');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${base}/ui/incidents/${contained}`);

      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'AWS access key ID in octo-org/payments',
      );
      for (const name of ['Exposure', 'Playbook', 'Where it was found', 'Timeline', 'Post-incident report'])
        expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1);
      const bar = page.getByRole('img', { name: 'Exposure bar' });
      expect(await bar.isVisible()).toBe(true);
      const box = await bar.boundingBox();
      expect(box?.width).toBeGreaterThan(600);
      await bar.screenshot({ path: join(ARTIFACTS, 'exposure-bar.png') });
      expect(await page.locator('figcaption').textContent()).toBe(
        'The credential was exposed for 1d 4h 0m, until it was contained.',
      );
      expect(await page.getByRole('region', { name: '1. Containment' }).textContent()).toContain(
        'Deactivate the access key',
      );
      expect(await page.getByRole('table', { name: 'Timeline' }).textContent()).toContain('Access key deactivated');
      const report = page.getByRole('region', { name: 'Post-incident report' });
      expect(await report.getByRole('heading', { level: 3 }).first().textContent()).toBe(
        'Post-incident report: AWS access key ID in octo-org/payments',
      );
      const cloudTrail = page.getByRole('region', { name: 'AWS CloudTrail' });
      expect(await cloudTrail.getByRole('strong').textContent()).toBe('Possible attacker activity: 1 call flagged.');
      expect(await cloudTrail.getByRole('table', { name: 'Flagged calls' }).textContent()).toContain(
        'CreateUser userName=backup-admin',
      );
      // The stylesheet loaded under the page's Content-Security-Policy (no inline styles needed).
      expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).toContain('system-ui');
      await page.screenshot({ path: join(ARTIFACTS, 'incident.png'), fullPage: true });

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${base}/ui/login`);
      expect((await page.goto(`${base}/ui`))?.status()).toBe(401);
      await page.close();
    });

    it('acknowledges an incident with the button on its page, and the timeline says who did it', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/ui/incidents/${open}`);
      await page.getByLabel('API token (LEAKHOUND_API_TOKEN)').fill(token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${base}/ui/incidents/${open}`);
      const actions = page.getByRole('region', { name: 'Actions' });
      expect(await actions.textContent()).toContain('Recorded on the timeline as web:api-token');
      // The form carries the session's CSRF token; the browser sends our Origin with it.
      expect(await actions.locator('input[name="csrf"]').first().inputValue()).toMatch(/^[\w-]{43}$/);
      await actions.getByRole('button', { name: 'Acknowledge' }).click();
      await page.waitForURL(`${base}/ui/incidents/${open}?done=acknowledge#actions`);
      expect(await page.getByRole('status').textContent()).toBe('Acknowledged.');
      await expect
        .poll(
          async () => {
            await page.reload();
            return page.getByRole('table', { name: 'Timeline' }).textContent();
          },
          { timeout: 15_000 },
        )
        .toMatch(/web:api-tokenacknowledged the incident/);
      expect(await page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, 'incident-actions.png'), fullPage: true });
      await page.close();
    });
  },
);

/** What a lookup of a key used from the office before the leak, and by someone else after it, sums up to. */
function cloudTrailSummary() {
  const exposed = new Date('2026-01-05T09:00:00.000Z');
  const window = lookupWindow(exposed, new Date('2026-01-06T13:00:00.000Z'), new Date('2026-01-06T13:00:00.000Z'));
  const event = (at: string, eventName: string, sourceIp: string, target?: string): ActivityEvent => ({
    id: at,
    at,
    eventName,
    eventSource: 'iam.amazonaws.com',
    region: 'us-east-1',
    sourceIp,
    userAgent: 'aws-cli/2.15.0',
    ...(target ? { target } : {}),
  });
  const lookup = {
    events: [
      event('2025-12-01T10:00:00.000Z', 'ListBuckets', '203.0.113.10'),
      event('2026-01-05T21:14:00.000Z', 'CreateUser', '203.0.113.10', 'userName=backup-admin'),
    ],
    regions: ['us-east-1'],
    requests: 1,
    throttled: 0,
    truncated: false,
    sessionKeys: 0,
    failures: [],
  };
  return summariseActivity(lookup, window, parseKnownNetworks('203.0.113.0/24'), new Date('2026-01-06T13:00:00Z'));
}
