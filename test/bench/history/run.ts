// History and pre-commit benchmark. On two generated repositories — bulk (4,000 commits, 300 MB
// of unique blobs) and many small commits (12,000 commits, small diffs, where per-commit
// overhead shows) — runs, in rounds, git reading every object, leakhound's CLI, Kingfisher and
// gitleaks, and prints each figure as a ratio against the baselines measured in the same round,
// with each tool's count of the planted credentials (and their introducing commits), so speed
// is never bought with recall. Then peak RSS and its growth when the history doubles, thread
// scaling, and the pre-commit check (staged.ts). Prints numbers; asserts nothing.
//   node dist/test/bench/history/run.js [--commits N]
// Environment: LEAKHOUND_BENCH_ROUNDS (default 3), LEAKHOUND_BENCH_GITLEAKS_ROUNDS (default 1:
// gitleaks takes 20–30 s a run here), LEAKHOUND_BENCH_ONLY=staged (only the pre-commit check,
// a minute instead of half an hour), LEAKHOUND_BENCH_STAGED_RUNS (default 9).
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBuilt, runLeakhound, type LeakhoundRun } from '../compare/leakhound-cli.js';
import {
  INSTALL,
  findGitleaks,
  findKingfisher,
  runGitleaks,
  runKingfisher,
  type Tool,
  type ToolFinding,
  type ToolRun,
} from '../compare/tools.js';
import { fmt, median, ratioRange, timeCommand, type Timing } from '../compare/timing.js';
import { benchRepo, DEFAULT_PARAMS, SMALL_COMMITS_PARAMS, type BenchParams, type BenchRepo } from './generate.js';
import { stagedBench } from './staged.js';

const int = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

export async function runHistoryBench(
  o: { root?: string; commits?: number; log?: (s: string) => void } = {},
): Promise<void> {
  const log = o.log ?? ((s: string) => process.stdout.write(`${s}\n`));
  const root = o.root ?? process.cwd();
  if (!cliBuilt()) throw new Error('history bench: run it from the build (npm run bench) so the CLI exists');
  const kf = findKingfisher();
  const gl = findGitleaks();
  log('== history bench ==');
  log(
    `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${loadavg()[0]!.toFixed(1)} (shared: other work slows every tool alike, so compare ratios within a round), Node ${process.version}`,
  );
  log(
    `tools: ${kf ? `Kingfisher ${kf.version}` : `Kingfisher not installed (${INSTALL.kingfisher})`}; ${gl ? `gitleaks ${gl.version}` : `gitleaks not installed (${INSTALL.gitleaks})`}`,
  );
  // Kingfisher compiles its rules into a cache on first use; measure it warm, as users run it.
  if (kf) runKingfisher(kf, { kind: 'dir', dir: fileURLToPath(new URL('.', import.meta.url)) });

  if (process.env.LEAKHOUND_BENCH_ONLY === 'staged') {
    const bench = await benchRepo(join(root, '.bench'), {
      ...DEFAULT_PARAMS,
      ...(o.commits ? { commits: o.commits } : {}),
    });
    await stagedBench(bench, { kf, gl }, log);
    return;
  }
  const cases: [string, BenchParams][] = [
    ['bulk', { ...DEFAULT_PARAMS, ...(o.commits ? { commits: o.commits } : {}) }],
    ['many small commits', SMALL_COMMITS_PARAMS],
  ];
  let bulk: { bench: BenchRepo; runs: LeakhoundRun[] } | null = null;
  for (const [label, params] of cases) {
    const bench = await benchRepo(join(root, '.bench'), params);
    const runs = compareOnRepo(label, bench, { kf, gl }, log);
    bulk ??= { bench, runs };
  }
  if (bulk) {
    const full = median(bulk.runs.map((r) => r.rssMb));
    const half = runLeakhound(['history', '--repo', bulk.bench.dir, '--ref', bulk.bench.halfRef, '--no-progress']);
    log(
      `\nmemory (bulk): peak RSS ${full.toFixed(0)} MB on the full history, ${half.rssMb.toFixed(0)} MB on half of it (${bulk.bench.halfRef}): ×${(full / half.rssMb).toFixed(2)} when the history doubles`,
    );
    threadScaling(bulk.bench, log);
    await stagedBench(bulk.bench, { kf, gl }, log);
  }
}

/** Rounds of every tool on one repository; returns leakhound's runs. */
function compareOnRepo(
  label: string,
  bench: BenchRepo,
  tools: { kf: Tool | null; gl: Tool | null },
  log: (s: string) => void,
): LeakhoundRun[] {
  const mb = bench.uniqueBlobBytes / 1e6;
  log(
    `\n-- ${label}: ${bench.params.commits.toLocaleString('en-US')} commits, ${bench.params.files} files, ${mb.toFixed(0)} MB of unique blobs, ${bench.planted.length} planted credentials, ${bench.lookAlikes} look-alikes --`,
  );
  const rounds = int('LEAKHOUND_BENCH_ROUNDS', 3);
  const glRounds = Math.min(rounds, int('LEAKHOUND_BENCH_GITLEAKS_ROUNDS', 1));
  const git: Timing[] = [];
  const ours: LeakhoundRun[] = [];
  const kf: ToolRun[] = [];
  const gl: ToolRun[] = [];
  const versus = {
    git: [] as number[],
    kf: [] as number[],
    kfCpu: [] as number[],
    gl: [] as number[],
    glCpu: [] as number[],
  };
  for (let r = 0; r < rounds; r++) {
    const g = timeCommand('git', ['cat-file', '--batch-all-objects', '--batch'], bench.dir);
    const l = runLeakhound(['history', '--repo', bench.dir, '--no-progress']);
    git.push(g);
    ours.push(l);
    versus.git.push(l.ms / g.ms);
    if (tools.kf) {
      const k = runKingfisher(tools.kf, { kind: 'history', repo: bench.dir });
      kf.push(k);
      versus.kf.push(l.ms / k.ms);
      versus.kfCpu.push(l.cpuMs / k.cpuMs);
    }
    if (tools.gl && r < glRounds) {
      const k = runGitleaks(tools.gl, { kind: 'history', repo: bench.dir });
      gl.push(k);
      versus.gl.push(l.ms / k.ms);
      versus.glCpu.push(l.cpuMs / k.cpuMs);
    }
  }
  const line = (name: string, runs: (Timing & { findings?: ToolFinding[] })[]): void => {
    const s = runs[0]?.findings ? score(bench, runs[0].findings) : null;
    const walls = runs.map((x) => x.ms);
    log(
      `${name.padEnd(34)} wall ${fmt(median(walls))} (${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))}), CPU ${fmt(median(runs.map((x) => x.cpuMs)))}${s ? `; planted found ${s.found}/${bench.planted.length}, with the introducing commit ${s.rightCommit}; other findings ${s.other}` : ''}`,
    );
  };
  log(`(${rounds} rounds; medians, range in brackets)`);
  line('git cat-file --batch-all-objects', git);
  line('leakhound history', ours);
  if (tools.kf) line(`Kingfisher ${tools.kf.version}`, kf);
  if (tools.gl) line(`gitleaks ${tools.gl.version} (${glRounds} round${glRounds === 1 ? '' : 's'})`, gl);
  log(
    `leakhound ÷ cat-file:   ${ratioRange(versus.git)} wall; ${(mb / (median(ours.map((x) => x.ms)) / 1000)).toFixed(0)} MB/s of unique blobs`,
  );
  if (tools.kf)
    log(
      `leakhound ÷ Kingfisher: ${ratioRange(versus.kf)} wall, ${ratioRange(versus.kfCpu)} CPU   (target ≤ 1.00 wall)`,
    );
  if (tools.gl) log(`leakhound ÷ gitleaks:   ${ratioRange(versus.gl)} wall, ${ratioRange(versus.glCpu)} CPU`);
  return ours;
}

/** History scan time at 1, 2 and all threads, as ratios to one thread (same round). */
function threadScaling(bench: BenchRepo, log: (s: string) => void): void {
  const counts = [...new Set([1, 2, availableParallelism()])];
  const times = counts.map((t) => ({
    t,
    run: runLeakhound(['history', '--repo', bench.dir, '--threads', String(t), '--no-progress']),
  }));
  const one = times[0]!.run;
  log(
    `threads (bulk): ${times.map(({ t, run }) => `${t}: ${fmt(run.ms)} wall (×${(run.ms / one.ms).toFixed(2)}), ${fmt(run.cpuMs)} CPU`).join('; ')}`,
  );
}

export function score(
  bench: BenchRepo,
  findings: ToolFinding[],
): { found: number; rightCommit: number; other: number } {
  const planted = new Map(bench.planted.map((p) => [`${p.file}\0${p.secret}`, p]));
  const hit = new Set<string>();
  let rightCommit = 0;
  let other = 0;
  for (const f of findings) {
    const key = `${f.file}\0${f.secret}`;
    const p = planted.get(key);
    if (!p) other++;
    else if (!hit.has(key)) {
      hit.add(key);
      if (p.commit === f.commit) rightCommit++;
    }
  }
  return { found: hit.size, rightCommit, other };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--commits');
  await runHistoryBench(i > 0 ? { commits: Number(process.argv[i + 1]) } : {});
}
