// The pre-commit check on a one-file change in the bulk repository's 1,200-file work tree:
// leakhound's `diff --staged` from the one-file bundle the hook runs (and from the unbundled
// CLI, and handed to a running hook daemon, `leakhound hook daemon start`) against `node -e 0`
// (Node's own start-up),
// gitleaks `git --staged` and Kingfisher `--staged`, medians of several runs, each as a ratio,
// and whether each tool found the one planted key. The tools take turns within each round, so
// a burst of load on the shared machine falls on all of them alike.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI_BUNDLE, runLeakhound } from '../compare/leakhound-cli.js';
import { runGitleaks, runKingfisher, type Tool, type ToolRun } from '../compare/tools.js';
import { fmt, median, timeCommand } from '../compare/timing.js';
import type { BenchRepo } from './generate.js';

const RUNS = Number(process.env.LEAKHOUND_BENCH_STAGED_RUNS) > 0 ? Number(process.env.LEAKHOUND_BENCH_STAGED_RUNS) : 9;

export async function stagedBench(
  bench: BenchRepo,
  tools: { kf: Tool | null; gl: Tool | null },
  log: (s: string) => void,
): Promise<void> {
  const work = join(dirname(bench.dir), 'work');
  if (!existsSync(work)) execFileSync('git', ['clone', '-q', '--shared', bench.dir, work]);
  const file = execFileSync('git', ['ls-files'], { cwd: work, encoding: 'utf8' })
    .split('\n')
    .find((f) => f.endsWith('.ts'))!;
  const key = bench.planted[0]!.secret;
  const gl0 = tools.gl;
  const kf0 = tools.kf;
  appendFileSync(join(work, file), `const awsKeyId = '${key}';\n`);
  execFileSync('git', ['add', file], { cwd: work });
  // Hooks look for a daemon under XDG_RUNTIME_DIR: none in one directory (so that a daemon the
  // developer runs does not answer the cold runs), this run's own in the other.
  const cold = { XDG_RUNTIME_DIR: mkdtempSync(join(tmpdir(), 'leakhound-bench-cold-')) };
  const warm = { XDG_RUNTIME_DIR: mkdtempSync(join(tmpdir(), 'leakhound-bench-daemon-')) };
  const daemon = (action: 'start' | 'status' | 'stop'): string =>
    execFileSync(process.execPath, [CLI_BUNDLE, 'hook', 'daemon', action], {
      env: { ...process.env, ...warm },
      encoding: 'utf8',
    });
  try {
    daemon('start');
    const contenders: Record<string, () => ToolRun> = {
      node: () => ({ ...timeCommand(process.execPath, ['-e', '0']), findings: [] }),
      ours: () => runLeakhound(['diff', '--staged', '--repo', work], { bundle: true, env: cold }),
      unbundled: () => runLeakhound(['diff', '--staged', '--repo', work], { env: cold }),
      // Without LEAKHOUND_PROFILE, which a daemon leaves to the hook (the profile is of its run).
      daemon: () =>
        runLeakhound(['diff', '--staged', '--repo', work], { bundle: true, env: { ...warm, LEAKHOUND_PROFILE: '0' } }),
      ...(gl0 ? { gl: () => runGitleaks(gl0, { kind: 'staged', repo: work }) } : {}),
      ...(kf0 ? { kf: () => runKingfisher(kf0, { kind: 'staged', repo: work }) } : {}),
    };
    const runs: Record<string, ToolRun[]> = {};
    for (const [name, f] of Object.entries(contenders)) {
      f(); // warm: page cache, compile cache, Kingfisher's rule cache
      runs[name] = [];
    }
    for (let round = 0; round < RUNS; round++)
      for (const [name, f] of Object.entries(contenders)) runs[name]!.push(f());
    const sample = (name: string): { ms: number; found: boolean } | null => {
      const r = runs[name];
      if (!r) return null;
      return { ms: median(r.map((x) => x.ms)), found: r[0]!.findings.some((x) => x.secret.includes(key)) };
    };
    const node = sample('node')!;
    const ours = sample('ours')!;
    const unbundled = sample('unbundled')!;
    const warmed = sample('daemon')!;
    const served = /(\d+) checks run/.exec(daemon('status'))?.[1];
    const gl = sample('gl');
    const kf = sample('kf');
    log(`\n-- pre-commit: one staged file in a ${bench.params.files}-file work tree, median of ${RUNS} runs --`);
    log(`node -e 0:                   ${fmt(node.ms)}`);
    log(
      `leakhound diff --staged:     ${fmt(ours.ms)}  (÷ node -e 0: ${(ours.ms / node.ms).toFixed(2)}×)  found the staged key: ${ours.found ? 'yes' : 'NO'}`,
    );
    log(`leakhound, unbundled CLI:    ${fmt(unbundled.ms)}  (÷ node -e 0: ${(unbundled.ms / node.ms).toFixed(2)}×)`);
    log(
      `leakhound, hook daemon:      ${fmt(warmed.ms)}  (÷ node -e 0: ${(warmed.ms / node.ms).toFixed(2)}×)  found the staged key: ${warmed.found ? 'yes' : 'NO'}  (the daemon ran ${served ?? 'NO'} of ${RUNS + 1} checks)`,
    );
    if (gl) log(`gitleaks git --staged:       ${fmt(gl.ms)}  found: ${gl.found ? 'yes' : 'no'}`);
    if (kf) log(`Kingfisher scan --staged:    ${fmt(kf.ms)}  found: ${kf.found ? 'yes' : 'no'}`);
    if (gl) log(`leakhound ÷ gitleaks:   ${(ours.ms / gl.ms).toFixed(2)}×   (target ≤ 1.20)`);
    if (gl) log(`  with the hook daemon: ${(warmed.ms / gl.ms).toFixed(2)}×`);
    if (kf)
      log(
        `leakhound ÷ Kingfisher: ${(ours.ms / kf.ms).toFixed(2)}×  (with the hook daemon: ${(warmed.ms / kf.ms).toFixed(2)}×)`,
      );
  } finally {
    daemon('stop');
    for (const d of [cold, warm]) rmSync(d.XDG_RUNTIME_DIR, { recursive: true, force: true });
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD'], { cwd: work });
  }
}
