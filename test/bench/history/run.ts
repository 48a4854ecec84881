// History and diff benchmark. Prints, in one run: leakhound's history scan time as a ratio to
// git reading every object (`git cat-file --batch-all-objects --batch`), the same against
// gitleaks when it is installed, both tools' counts on the planted credentials, peak RSS and
// its growth from half the history to all of it, and `diff --staged` latency on a one-file
// change. Prints numbers; asserts nothing about time.
//   node dist/test/bench/history/run.js [--commits N] [--threads N]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRepo, DEFAULT_PARAMS, type BenchRepo } from './generate.js';

/** Wall time, and CPU time (user + system) of the process and everything it started. */
interface Timing {
  ms: number;
  cpuMs: number;
}

interface ScanOutput extends Timing {
  maxRssKb: number;
  findings: { secret: string; file: string; commit: string }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, `scan-entry${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`);
const nodeArgs = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];

export async function runHistoryBench(
  o: { root?: string; commits?: number; threads?: number; log?: (s: string) => void } = {},
): Promise<void> {
  const log = o.log ?? ((s: string) => process.stdout.write(`${s}\n`));
  const root = o.root ?? process.cwd();
  const threads = o.threads ?? availableParallelism();
  log(`history bench: generating or reusing the repository under ${join(root, '.bench')} …`);
  const bench = await benchRepo(join(root, '.bench'), {
    ...DEFAULT_PARAMS,
    ...(o.commits ? { commits: o.commits } : {}),
  });
  const mb = bench.uniqueBlobBytes / 1e6;
  log(
    `repository: ${bench.params.commits} commits, ${mb.toFixed(0)} MB unique blob content, ${bench.planted.length} planted credentials, ${bench.lookAlikes} look-alikes`,
  );

  const gitSorted = median(3, () => timeShell(`git cat-file --batch-all-objects --batch > /dev/null`, bench.dir));
  const gitUnordered = median(3, () =>
    timeShell(`git cat-file --batch-all-objects --unordered --batch > /dev/null`, bench.dir),
  );
  log(
    `(wall times depend on what else the machine runs; CPU times, user + system of the whole process tree, much less)`,
  );
  log(`git cat-file --batch-all-objects --batch:             ${both(gitSorted)} (median of 3)`);
  log(`git cat-file --batch-all-objects --unordered --batch: ${both(gitUnordered)}`);

  const full = await scanChild(['history', bench.dir, String(threads)]);
  const local = threads > 1 ? await scanChild(['history', bench.dir, '1']) : full;
  const half = await scanChild(['history', bench.dir, String(threads), bench.halfRef]);
  const ours = score(bench, full.findings);
  log(
    `leakhound history (${threads} threads): ${both(full)}, ${(mb / (full.ms / 1000)).toFixed(0)} MB/s; vs git sorted ${ratios(full, gitSorted)}, vs git unordered ${ratios(full, gitUnordered)}`,
  );
  if (threads > 1) log(`leakhound history (in-process): ${both(local)}; vs git sorted ${ratios(local, gitSorted)}`);
  log(
    `  planted found: ${ours.found}/${bench.planted.length}, with the introducing commit: ${ours.rightCommit}; other findings: ${ours.other}`,
  );
  log(
    `peak RSS: ${(full.maxRssKb / 1024).toFixed(0)} MB on the full history, ${(half.maxRssKb / 1024).toFixed(0)} MB on half (${bench.halfRef}): ×${(full.maxRssKb / half.maxRssKb).toFixed(2)} when the history doubles`,
  );

  const gl = findGitleaks();
  if (!gl) log('gitleaks: not installed (go install github.com/zricethezav/gitleaks/v8@latest), comparison skipped');
  else {
    const g = runGitleaks(gl, bench.dir);
    const theirs = score(bench, g.findings);
    const best = local.ms < full.ms ? local : full;
    log(
      `gitleaks ${g.version}: ${both(g)}; leakhound (its faster run above) is ${(g.ms / best.ms).toFixed(2)}× faster (wall), ${(g.cpuMs / best.cpuMs).toFixed(2)}× (CPU)`,
    );
    log(
      `  planted found: ${theirs.found}/${bench.planted.length}, with the introducing commit: ${theirs.rightCommit}; other findings: ${theirs.other}`,
    );
  }

  const staged = await stagedLatency(bench);
  log(
    `diff --staged, one-file change: median ${fmt(staged.median)} wall over ${staged.runs} runs (process start to exit), found ${staged.found} finding(s)`,
  );
  if (staged.cliMedian !== null)
    log(`  the same through the CLI (leakhound diff --staged --format json): median ${fmt(staged.cliMedian)} wall`);
}

function score(
  bench: BenchRepo,
  findings: { secret: string; file: string; commit: string }[],
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

async function scanChild(args: string[]): Promise<ScanOutput> {
  const started = performance.now();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('sh', ['-c', TIMES, 'sh', process.execPath, ...nodeArgs, entry, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString('utf8'))
        : reject(new Error(`scan-entry ${args[0]} exited ${code}`)),
    );
  });
  const ms = performance.now() - started;
  const lines = out.trim().split('\n');
  const parsed = JSON.parse(lines[0]!) as ScanOutput;
  return { ...parsed, ms, cpuMs: childCpu(lines) };
}

/** Runs "$@", then has the shell print the CPU time of its children (`times`, second line). */
const TIMES = '"$@"; status=$?; times; exit $status';

function childCpu(lines: string[]): number {
  const [user = '0m0s', sys = '0m0s'] = lines[lines.length - 1]!.trim().split(/\s+/);
  const sec = (t: string): number => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  return (sec(user) + sec(sys)) * 1000;
}

function findGitleaks(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v gitleaks'], { encoding: 'utf8' }).stdout?.trim();
  if (onPath) return onPath;
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim();
  const bin = gopath ? join(gopath, 'bin', 'gitleaks') : '';
  return bin && existsSync(bin) ? bin : null;
}

function runGitleaks(
  bin: string,
  repo: string,
): Timing & { version: string; findings: { secret: string; file: string; commit: string }[] } {
  let version = execFileSync(bin, ['version'], { encoding: 'utf8' }).trim();
  if (!/^v?\d/.test(version)) {
    // `go install` builds say "version is set by build process"; the module version is in the binary.
    const mod = spawnSync('go', ['version', '-m', bin], { encoding: 'utf8' }).stdout ?? '';
    version = /\smod\s+\S*gitleaks\S*\s+(v\S+)/.exec(mod)?.[1] ?? version;
  }
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-gitleaks-'));
  const report = join(dir, 'report.json');
  const started = performance.now();
  // `gitleaks git` since 8.19; `detect --source` before.
  let r = spawnSync(
    'sh',
    [
      '-c',
      TIMES,
      'sh',
      bin,
      'git',
      repo,
      '--report-format',
      'json',
      '--report-path',
      report,
      '--no-banner',
      '--exit-code',
      '0',
      '--log-level',
      'error',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0)
    r = spawnSync(
      'sh',
      [
        '-c',
        TIMES,
        'sh',
        bin,
        'detect',
        '--source',
        repo,
        '--report-format',
        'json',
        '--report-path',
        report,
        '--no-banner',
        '--exit-code',
        '0',
      ],
      { encoding: 'utf8' },
    );
  const ms = performance.now() - started;
  const cpuMs = childCpu(r.stdout.trim().split('\n'));
  const raw = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { Secret: string; File: string; Commit: string }[])
    : [];
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs, version, findings: raw.map((f) => ({ secret: f.Secret, file: f.File, commit: f.Commit })) };
}

/** The built CLI, when there is one (`npm run bench` builds first). */
const CLI = join(here, '..', '..', '..', 'scanner', 'cli.js');

function cliStaged(work: string): number | null {
  if (import.meta.url.endsWith('.ts') || !existsSync(CLI)) return null;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    spawnSync(process.execPath, [CLI, 'diff', '--staged', '--repo', work, '--format', 'json'], { stdio: 'ignore' });
    if (i > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function stagedLatency(
  bench: BenchRepo,
): Promise<{ median: number; runs: number; found: number; cliMedian: number | null }> {
  const work = join(dirname(bench.dir), 'work');
  if (!existsSync(work)) execFileSync('git', ['clone', '-q', '--shared', bench.dir, work]);
  const file = execFileSync('git', ['ls-files'], { cwd: work, encoding: 'utf8' })
    .split('\n')
    .find((f) => f.endsWith('.ts'))!;
  const key = bench.planted[0]!.secret;
  appendFileSync(join(work, file), `const awsKeyId = '${key}';\n`);
  execFileSync('git', ['add', file], { cwd: work });
  try {
    await scanChild(['staged', work]);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 9; i++) {
      const r = await scanChild(['staged', work]);
      times.push(r.ms);
      found = r.findings.length;
    }
    return { median: times.sort((a, b) => a - b)[4]!, runs: times.length, found, cliMedian: cliStaged(work) };
  } finally {
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD'], { cwd: work });
  }
}

function timeShell(cmd: string, cwd: string): Timing {
  const started = performance.now();
  const out = execFileSync('sh', ['-c', `${cmd}; times`], { cwd, encoding: 'utf8' });
  return { ms: performance.now() - started, cpuMs: childCpu(out.trim().split('\n')) };
}

function median(n: number, f: () => Timing): Timing {
  const xs = Array.from({ length: n }, f).sort((a, b) => a.ms - b.ms);
  return xs[Math.floor(n / 2)]!;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const both = (t: Timing): string => `${fmt(t.ms)} wall, ${fmt(t.cpuMs)} CPU`;
const ratios = (t: Timing, base: Timing): string =>
  `${(t.ms / base.ms).toFixed(2)}× wall, ${(t.cpuMs / base.cpuMs).toFixed(2)}× CPU`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  await runHistoryBench({
    ...(arg('--commits') ? { commits: arg('--commits')! } : {}),
    ...(arg('--threads') ? { threads: arg('--threads')! } : {}),
  });
}
