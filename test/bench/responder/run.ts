// Responder bench: webhook-to-containment latency (a real key in moto, a signed push, until
// the key is Inactive), sustained webhook intake with two worker processes, checking that
// every delivery was processed, and webhook-to-replacement-stored for rotation (rotation.ts).
// Prints numbers; asserts nothing. Run after `npm run build`:
//   node dist/test/bench/responder/run.js [--leaks 20] [--deliveries 300] [--concurrency 16] [--rotations 20]
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLeakableKey, keyState, motoIam } from '../../helpers/aws-fixtures.js';
import { waitFor } from '../../helpers/free-port.js';
import { githubDelivery, pushPayload } from '../../helpers/github-payloads.js';
import { motoAvailable, startMoto, MOTO_MISSING } from '../../helpers/moto-server.js';
import { pushRepo } from '../../helpers/push-repo.js';
import { REDIS_MISSING, redisServerAvailable, startRedis } from '../../helpers/redis-server.js';
import { startHarness, type Harness } from '../../helpers/responder-harness.js';
import { benchRotation } from './rotation.js';

const { values } = parseArgs({
  options: {
    leaks: { type: 'string', default: '20' },
    deliveries: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '16' },
    rotations: { type: 'string', default: '20' },
  },
});
const LEAKS = Number(values.leaks);
const DELIVERIES = Number(values.deliveries);
const CONCURRENCY = Number(values.concurrency);
const WORKERS = 2;

if (!redisServerAvailable() || !motoAvailable()) {
  console.log(`responder bench skipped: ${!redisServerAvailable() ? REDIS_MISSING : MOTO_MISSING}`);
  process.exit(0);
}

const workerMain = fileURLToPath(new URL('../../helpers/responder-worker.js', import.meta.url));
const [redis, moto] = await Promise.all([startRedis({ fsync: 'everysec' }), startMoto()]);
const repo = pushRepo('bench-org/bench-service');
const h = await startHarness({
  redisUrl: redis.url,
  motoUrl: moto.url,
  repoRoot: repo.root,
  workers: 0,
  env: { LEAKHOUND_WORKER_CONCURRENCY: '8' },
});
const workers = await Promise.all(Array.from({ length: WORKERS }, () => spawnWorker(h)));

try {
  const latencies = await containmentLatency(h);
  const intake = await sustainedIntake(h);
  const pct = (p: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  console.log('responder bench (loopback, real Redis and moto, %d worker processes)', WORKERS);
  console.log(
    '  webhook-to-containment over %d leaks: median %s ms, p95 %s ms, max %s ms',
    latencies.length,
    pct(50).toFixed(0),
    pct(95).toFixed(0),
    latencies.at(-1)!.toFixed(0),
  );
  console.log(
    '  sustained intake: %d deliveries acknowledged in %s s (%s/s, %d in flight), p95 response %s ms',
    DELIVERIES,
    intake.intakeSeconds.toFixed(2),
    (DELIVERIES / intake.intakeSeconds).toFixed(0),
    CONCURRENCY,
    intake.p95ResponseMs.toFixed(1),
  );
  console.log(
    '  drained (every push scanned and triaged) %s s after the first delivery: %d/%d triaged, %d failed jobs, %d not 202',
    intake.drainSeconds.toFixed(2),
    intake.triaged,
    DELIVERIES,
    intake.failed,
    intake.rejected,
  );
  console.log(
    '  nothing lost: %s',
    intake.triaged === DELIVERIES && intake.failed === 0 && intake.rejected === 0 ? 'yes' : 'NO',
  );
  await benchRotation(redis.url, moto.url, Number(values.rotations));
} finally {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await h.close();
  repo.remove();
  await Promise.all([redis.stop(), moto.stop()]);
}

async function spawnWorker(harness: Harness): Promise<ChildProcess> {
  let out = '';
  const child = spawn(process.execPath, [workerMain], {
    env: { ...process.env, ...harness.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => out.includes('workers started'), 'a worker process to start', 30_000);
  return child;
}

/** One leak at a time: sign and send the push, then poll moto until the key is Inactive. */
async function containmentLatency(harness: Harness): Promise<number[]> {
  const iam = motoIam(moto.url);
  const out: number[] = [];
  for (let i = 0; i < LEAKS; i++) {
    const user = `bench-user-${i}`;
    const key = await createLeakableKey(iam, user);
    repo.commit({ [`services/svc-${i}/.env`]: `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}\n` });
    const range = repo.push();
    const started = performance.now();
    const res = await harness.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    if (res.status !== 202) throw new Error(`leak ${i}: webhook answered ${res.status}`);
    await waitFor(
      async () => (await keyState(iam, user, key.id)).status === 'Inactive',
      `key ${i} to be Inactive`,
      60_000,
      10,
    );
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

/** Many clean pushes as fast as the server takes them; then wait until every one was triaged. */
async function sustainedIntake(harness: Harness) {
  const shas = [repo.head()];
  for (let i = 0; i < DELIVERIES; i++)
    shas.push(repo.commit({ 'CHANGELOG.md': `change ${i}\n` }, { message: `change ${i}` }));
  repo.push();
  const intake = harness.server.services.producer.queues.intake;
  const baseline = (await intake.getJobs(['completed'], 0, -1)).filter((j) => j.name === 'triage').length;
  // Signed up front: the clock measures the server, not this process building payloads.
  const deliveries = await Promise.all(
    shas
      .slice(1)
      .map((after, i) =>
        githubDelivery(
          harness.env.GITHUB_WEBHOOK_SECRET!,
          'push',
          pushPayload({ fullName: repo.fullName }, { before: shas[i]!, after }),
          `bench-${i}`,
        ),
      ),
  );
  const responses: number[] = [];
  let rejected = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < DELIVERIES; i = next++) {
        const t = performance.now();
        const d = deliveries[i]!;
        const res = await fetch(`${harness.baseUrl}/webhooks/github`, {
          method: 'POST',
          headers: d.headers,
          body: d.body,
        });
        responses.push(performance.now() - t);
        if (res.status !== 202) rejected++;
      }
    }),
  );
  const intakeSeconds = (performance.now() - started) / 1000;
  let triaged = 0;
  await waitFor(
    async () => {
      const counts = await intake.getJobCounts('completed', 'failed');
      triaged = (await intake.getJobs(['completed'], 0, -1)).filter((j) => j.name === 'triage').length - baseline;
      return triaged >= DELIVERIES || (counts.failed ?? 0) > 0;
    },
    'every delivery to be triaged',
    300_000,
    250,
  );
  const drainSeconds = (performance.now() - started) / 1000;
  const failed = Object.values(
    await Promise.all(
      Object.values(harness.server.services.producer.queues).map((q) => q.getJobCountByTypes('failed')),
    ),
  ).reduce((a, b) => a + b, 0);
  responses.sort((a, b) => a - b);
  return {
    intakeSeconds,
    drainSeconds,
    triaged,
    failed,
    rejected,
    p95ResponseMs: responses[Math.floor(responses.length * 0.95)] ?? 0,
  };
}
